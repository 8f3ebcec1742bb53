// /shows/<id> and /technologies/<id>: a named collection of episodes. An id
// with no file of its own still has a page, named by its id, as long as
// some episode names it.
import { useMemo } from 'react';
import type { CatalogEntry } from '@/content/schema';
import { useDocumentTitle } from '../document-title';
import { useCatalog, useShow, useTechnology } from '../catalog/catalog-data';
import { hasShowFile, hasTechnologyFile, names } from '../catalog/names';
import { safeHref } from '../catalog/linkify';
import { count } from '../catalog/format';
import { EpisodeGrid } from './episode-grid';
import { Loading } from './loading';
import { LoadFailed } from './load-failed';
import { LazyNotFoundPage } from './not-found-page-loader';
import { LinkedText } from './linked-text';

export function ShowPage({ id }: { id: string }) {
  const show = useShow(id);
  return (
    <Collection
      kind="Show"
      name={names.show(id)}
      hasFile={hasShowFile(id)}
      belongs={(episode) => episode.show === id}
      about={
        show && (
          <>
            {show.description && (
              <p className="collection-description">
                <LinkedText text={show.description} />
              </p>
            )}
            {show.hosts.length > 0 && <p className="collection-meta">Hosted by {show.hosts.join(', ')}</p>}
          </>
        )
      }
    />
  );
}

export function TechnologyPage({ id }: { id: string }) {
  const technology = useTechnology(id);
  const website = technology?.website && safeHref(technology.website);
  return (
    <Collection
      kind="Technology"
      name={names.technology(id)}
      hasFile={hasTechnologyFile(id)}
      belongs={(episode) => episode.technologies.includes(id)}
      about={
        technology && (
          <>
            {technology.description && (
              <p className="collection-description">
                <LinkedText text={technology.description} />
              </p>
            )}
            {website && (
              <p className="collection-meta">
                <a href={website} target="_blank" rel="noopener noreferrer nofollow">
                  {technology.name} website
                </a>
              </p>
            )}
          </>
        )
      }
    />
  );
}

function Collection(props: {
  kind: 'Show' | 'Technology';
  name: string;
  hasFile: boolean;
  belongs: (episode: CatalogEntry) => boolean;
  about: React.ReactNode;
}) {
  const catalog = useCatalog();
  const all = catalog.state === 'ready' ? catalog.episodes : undefined;
  const { belongs } = props;
  const episodes = useMemo(
    () => all?.filter(belongs) ?? [],
    // `belongs` is made afresh each render from the page's id, which keys the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all],
  );
  const exists = props.hasFile || episodes.length > 0;
  useDocumentTitle(catalog.state === 'ready' && !exists ? `${props.kind} not found` : props.name);

  if (catalog.state === 'ready' && !exists) return <LazyNotFoundPage what={props.kind} />;
  // Without a file, only the episodes tell whether there is such a page: no heading until they do.
  if (!props.hasFile && catalog.state === 'loading') return <Loading>Loading episodes…</Loading>;
  return (
    <section className="collection">
      <p className="collection-kind">{props.kind}</p>
      <h1>{props.name}</h1>
      {props.about}
      {catalog.state === 'loading' && <Loading>Loading episodes…</Loading>}
      {catalog.state === 'failed' && <LoadFailed what="the episodes" retry={catalog.retry} />}
      {catalog.state === 'ready' && (
        <>
          <p className="catalog-summary">{episodes.length > 0 ? count(episodes.length, 'episode') : 'No published episodes yet.'}</p>
          {episodes.length > 0 && <EpisodeGrid episodes={episodes} label={`Episodes of ${props.name}`} />}
        </>
      )}
    </section>
  );
}
