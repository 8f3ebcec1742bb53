// Under the watch page: the show's other episodes, newest first. Only the
// show's own short list is fetched, never the whole catalog.
import { useEffect, useState } from 'react';
import { loadShowLatest } from 'virtual:content/show-latest';
import type { CatalogEntry } from '@/content/schema';
import { names, showHref } from '../catalog/names';
import { Link } from '../link';
import { EpisodeCard } from './episode-card';

/** Enough to pick a next episode from; the show's page has them all. */
const SHOWN = 6;

export function MoreEpisodes({ show, current }: { show: string; current: string }) {
  const [latest, setLatest] = useState<{ episodes: readonly CatalogEntry[]; total: number }>();
  useEffect(() => {
    let shown = true;
    loadShowLatest(show).then(
      (found) => shown && setLatest(found),
      // A list that will not load is no reason to disturb the episode: show none.
      () => undefined,
    );
    return () => {
      shown = false;
    };
  }, [show]);

  const others = latest?.episodes.filter((episode) => episode.slug !== current).slice(0, SHOWN) ?? [];
  if (!latest || others.length === 0) return null;
  const showName = names.show(show);
  return (
    <section className="more-episodes" aria-labelledby="more-episodes-heading">
      <h2 id="more-episodes-heading">More from {showName}</h2>
      <ul className="episode-row">
        {others.map((episode) => (
          <li key={episode.slug} className="episode-card">
            <EpisodeCard episode={episode} />
          </li>
        ))}
      </ul>
      {latest.total > others.length + 1 && (
        <p>
          <Link href={showHref(show)}>All {latest.total} episodes of {showName}</Link>
        </p>
      )}
    </section>
  );
}
