// One episode in a list: its poster, title, show, date, duration and chapter count.
import { memo, useState } from 'react';
import type { CatalogEntry } from '@/content/schema';
import { SITE_NAME } from '@/content/site';
import { posterUrl } from '@/player/media-urls';
import { Link } from '../link';
import { preloadWatchPage } from './watch-page-loader';
import { names, watchHref } from '../catalog/names';
import { count, formatDate, formatDuration } from '../catalog/format';

export const EpisodeCard = memo(function EpisodeCard({ episode }: { episode: CatalogEntry }) {
  const showName = episode.show === undefined ? undefined : names.show(episode.show);
  const duration = formatDuration(episode.duration);
  return (
    <>
      <Link href={watchHref(episode.slug)} className="episode-card-link" onPointerEnter={preloadWatchPage} onFocus={preloadWatchPage}>
        <Poster videoId={episode.videoId} label={showName} />
        <span className="episode-card-title">{episode.title}</span>
      </Link>
      <span className="episode-card-meta">
        {showName !== undefined && <>{showName} · </>}
        <time dateTime={episode.publishedAt}>{formatDate(episode.publishedAt)}</time>
        {duration !== undefined && <> · {duration}</>}
        {episode.chapterCount > 0 && <> · {count(episode.chapterCount, 'chapter')}</>}
      </span>
    </>
  );
});

/** Posters that failed once: a card drawn again (scrolled back into view) shows its panel at once. */
const failedPosters = new Set<string>();

/**
 * The episode's poster from the media base; when it cannot load (no poster
 * yet, offline), a plain panel with the show's name keeps the grid tidy.
 */
function Poster({ videoId, label }: { videoId: string; label: string | undefined }) {
  const [failed, setFailed] = useState(() => failedPosters.has(videoId));
  if (failed) {
    return (
      <span className="poster poster-fallback" aria-hidden="true">
        <span>{label ?? SITE_NAME}</span>
      </span>
    );
  }
  return (
    <img
      className="poster"
      src={posterUrl(videoId)}
      alt=""
      loading="lazy"
      decoding="async"
      width="320"
      height="180"
      onError={() => {
        failedPosters.add(videoId);
        setFailed(true);
      }}
    />
  );
}
