// "Continue watching" on the home page: the episodes the viewer left part way,
// most recently watched first, each with how far they got and a way to
// remove it. Loaded only for a viewer with remembered positions (see
// continue-watching.tsx), so no other page pays for it.
import { useEffect, useState } from 'react';
import { loadEpisode } from 'virtual:content/episodes';
import type { CatalogEntry } from '@/content/schema';
import { posterUrl } from '@/player/media-urls';
import { formatTime } from '@/player/core/time';
import { forgetResumePosition, isWorthResuming, type RememberedPosition } from '@/player/resume';
import { Link } from '../link';
import { watchHref } from '../catalog/names';
import { preloadWatchPage } from './watch-page-loader';
import './continue-watching.css';

interface Unfinished {
  slug: string;
  title: string;
  videoId: string;
  duration: number;
  /** Where the viewer left it. */
  seconds: number;
}

type EpisodeFacts = Pick<CatalogEntry, 'slug' | 'title' | 'videoId' | 'duration'>;

/**
 * `remembered`: the positions to show, most recent first. `known`: what the
 * page has already loaded of the catalog (its first page): remembered episodes
 * found there cost nothing, the others are loaded one by one.
 */
export function UnfinishedEpisodes({ remembered, known }: { remembered: RememberedPosition[]; known: readonly CatalogEntry[] }) {
  // The catalog grows as the viewer scrolls; the episodes to show are found once, from what was there first.
  const [knownBySlug] = useState(() => new Map(known.map((entry) => [entry.slug, entry])));
  const [episodes, setEpisodes] = useState<Unfinished[]>([]);

  useEffect(() => {
    let current = true;
    const find = async (slug: string): Promise<EpisodeFacts | undefined> =>
      knownBySlug.get(slug) ?? (await loadEpisode(slug).catch(() => undefined));
    void Promise.all(remembered.map(async (position) => unfinished(position, await find(position.slug)))).then((found) => {
      if (current) setEpisodes(found.filter((episode) => episode !== undefined));
    });
    return () => {
      current = false;
    };
  }, [remembered, knownBySlug]);

  if (episodes.length === 0) return null;

  const remove = (slug: string, button: HTMLButtonElement) => {
    // Focus moves to the next episode's Remove button (or the one before); with none left, to the page.
    const item = button.closest('li');
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('button');
    if (neighbour) neighbour.focus();
    else document.getElementById('main')?.focus();
    forgetResumePosition(slug);
    setEpisodes((shown) => shown.filter((episode) => episode.slug !== slug));
  };

  return (
    <section className="continue-watching" aria-labelledby="continue-watching-heading">
      <h2 id="continue-watching-heading">Continue watching</h2>
      <ul className="continue-list" aria-labelledby="continue-watching-heading">
        {episodes.map((episode) => (
          <li key={episode.slug} className="continue-item">
            <Link href={watchHref(episode.slug)} className="continue-link" onPointerEnter={preloadWatchPage} onFocus={preloadWatchPage}>
              <img className="continue-poster" src={posterUrl(episode.videoId)} alt="" width="160" height="90" loading="lazy" decoding="async" />
              <span className="continue-title">{episode.title}</span>
            </Link>
            <Progress seconds={episode.seconds} duration={episode.duration} />
            <button
              type="button"
              className="continue-remove"
              aria-label={`Remove ${episode.title} from Continue watching`}
              title="Remove from Continue watching"
              onClick={(event) => remove(episode.slug, event.currentTarget)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A remembered position worth showing: the episode still exists, and its watch
 * page resumes there (the position lies within it, not at either end).
 */
function unfinished(position: RememberedPosition, episode: EpisodeFacts | undefined): Unfinished | undefined {
  if (!episode || !isWorthResuming(position.seconds, episode.duration)) return undefined;
  return { slug: episode.slug, title: episode.title, videoId: episode.videoId, duration: episode.duration, seconds: position.seconds };
}

/** A bar, and the same in words: `23:21 of 1:14:13 (32%)`. */
function Progress({ seconds, duration }: { seconds: number; duration: number }) {
  const percent = Math.round((seconds / duration) * 100);
  return (
    <span className="continue-progress">
      <span className="continue-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="continue-time">
        {formatTime(seconds)} of {formatTime(duration)} ({percent}% watched)
      </span>
    </span>
  );
}
