// Under the watch page: the show's other episodes, newest first.
import { useMemo } from 'react';
import { useCatalog } from '../catalog/catalog-data';
import { names, showHref } from '../catalog/names';
import { Link } from '../link';
import { EpisodeCard } from './episode-card';

/** Enough to pick a next episode from; the show's page has them all. */
const SHOWN = 6;

export function MoreEpisodes({ show, current }: { show: string; current: string }) {
  const catalog = useCatalog();
  const { episodes, total } = useMemo(() => {
    if (catalog.state !== 'ready') return { episodes: [], total: 0 };
    const others = catalog.episodes.filter((episode) => episode.show === show && episode.slug !== current);
    return { episodes: others.slice(0, SHOWN), total: others.length };
  }, [catalog, show, current]);
  if (episodes.length === 0) return null;

  const showName = names.show(show);
  return (
    <section className="more-episodes" aria-labelledby="more-episodes-heading">
      <h2 id="more-episodes-heading">More from {showName}</h2>
      <ul className="episode-row">
        {episodes.map((episode) => (
          <li key={episode.slug} className="episode-card">
            <EpisodeCard episode={episode} />
          </li>
        ))}
      </ul>
      {total > episodes.length && (
        <p>
          <Link href={showHref(show)}>All {total + 1} episodes of {showName}</Link>
        </p>
      )}
    </section>
  );
}
