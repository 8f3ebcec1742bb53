// What sits around the player: show, date, duration, technologies, the
// description (its addresses as links), and more episodes of the same show.
import type { Episode } from '@/content/schema';
import { Link } from '../link';
import { names, showHref, technologyHref } from '../catalog/names';
import { formatDuration, formatLongDate } from '../catalog/format';
import { EpisodeExtras } from './episode-extras';
import { LinkedText } from './linked-text';
import { MoreEpisodesWhenWanted } from './more-episodes-when-wanted';

/** `children` go right after the episode's own details (the watch page puts its transcript there). */
export function EpisodeDetails({ episode, children }: { episode: Episode; children?: React.ReactNode }) {
  const duration = formatDuration(episode.duration);
  return (
    <>
      <section className="episode-details" aria-label="About this episode">
        <p className="episode-meta">
          {episode.show !== undefined && (
            <>
              <Link href={showHref(episode.show)}>{names.show(episode.show)}</Link>
              {' · '}
            </>
          )}
          <time dateTime={episode.publishedAt}>{formatLongDate(episode.publishedAt)}</time>
          {duration !== undefined && <> · {duration}</>}
        </p>
        {episode.subtitle && <p className="episode-subtitle">{episode.subtitle}</p>}
        {episode.technologies.length > 0 && (
          <ul className="episode-technologies" aria-label="Technologies">
            {episode.technologies.map((id) => (
              <li key={id}>
                <Link href={technologyHref(id)}>{names.technology(id)}</Link>
              </li>
            ))}
          </ul>
        )}
        {episode.description && (
          <div className="episode-description">
            {/* The build made blank lines paragraph breaks (readable-text.ts); a single break stays a line break (CSS). */}
            {episode.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>
                <LinkedText text={paragraph} />
              </p>
            ))}
          </div>
        )}
      </section>
      {children}
      <EpisodeExtras episode={episode} />
      {episode.show !== undefined && <MoreEpisodesWhenWanted show={episode.show} current={episode.slug} />}
    </>
  );
}
