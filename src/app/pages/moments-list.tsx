// Moments a search on the home page finds (product.md, Search finds moments):
// chapters and transcript lines whose words match, each a link to the second
// it starts at, showing the matched words marked, the episode and the time.
import { formatTime } from '@/player/core/time';
import { Link } from '../link';
import { watchHref } from '../catalog/names';
import { catalogHref } from '../catalog/catalog-url';
import type { CatalogFilters } from '../catalog/search';
import { useMoments } from '../catalog/moment-search';
import type { Moment } from '../catalog/moments';
import { preloadWatchPage } from './watch-page-loader';
import './moments.css';

/** `waiting` while the episode results for the query are still to come: their search goes first. */
export function Moments({ filters, waiting = false }: { filters: CatalogFilters; waiting?: boolean }) {
  const found = useMoments(filters.query, { waiting });
  if (found.state === 'none') return null;
  if (found.state === 'unavailable') {
    // A watch page's policy forbids the index's WebAssembly, and client navigation keeps it: the home page's own allows it.
    if (found.reason !== 'policy') return null;
    return (
      <p className="moments-note">
        <a href={catalogHref(filters)}>Search inside episodes</a> for moments that match.
      </p>
    );
  }
  const moments = found.moments;
  if (!moments || (moments.length === 0 && found.state === 'searching')) return null;
  return (
    // Busy while the moments shown are still the last query's, as the viewer types on.
    <section className="moments" aria-labelledby="moments-heading" aria-busy={found.state === 'searching'}>
      <h2 id="moments-heading">Moments</h2>
      {moments.length === 0 ? (
        <p className="moments-empty">No chapter or transcript line matches.</p>
      ) : (
        <ul className="moments-list" aria-labelledby="moments-heading">
          {moments.map((moment) => (
            <li key={`${moment.slug}@${moment.second}@${moment.kind}`}>
              <MomentLink moment={moment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MomentLink({ moment }: { moment: Moment }) {
  return (
    <Link
      className="moment-link"
      href={`${watchHref(moment.slug)}?t=${moment.second}`}
      onPointerEnter={preloadWatchPage}
      onFocus={preloadWatchPage}
    >
      <span className="moment-excerpt">
        {moment.kind === 'chapter' && <span className="moment-kind">Chapter: </span>}
        {moment.excerpt.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      </span>
      <span className="moment-where">
        <span className="moment-episode">{moment.episodeTitle}</span> · <time>{formatTime(moment.second)}</time>
      </span>
    </Link>
  );
}
