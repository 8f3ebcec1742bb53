// /shows and /technologies: every show and every technology that has published
// episodes, by name, each with its episode count and a link to its own page.
// The counts come from the home page's first page (catalog-data.ts), so these
// pages stay as light at 10,000 episodes as at 300.
import { useMemo } from 'react';
import type { EpisodeCounts } from '@/content/listing-modules';
import { useDocumentTitle } from '../document-title';
import { Link } from '../link';
import { useEpisodeCounts } from '../catalog/catalog-data';
import { names, showHref, technologyHref } from '../catalog/names';
import { filterOptionsFromCounts, type FilterOption } from '../catalog/search';
import { count, formatNumber } from '../catalog/format';
import { Loading } from './loading';
import { LoadFailed } from './load-failed';

export function ShowsPage() {
  return <IndexPage title="Shows" unit="show" pick={(options) => options.shows} href={showHref} />;
}

export function TechnologiesPage() {
  return <IndexPage title="Technologies" unit="technology" pick={(options) => options.technologies} href={technologyHref} />;
}

type Options = ReturnType<typeof filterOptionsFromCounts>;

function IndexPage(props: {
  title: 'Shows' | 'Technologies';
  unit: 'show' | 'technology';
  pick: (options: Options) => FilterOption[];
  href: (id: string) => string;
}) {
  useDocumentTitle(props.title);
  const state = useEpisodeCounts();
  return (
    <section className="index-page">
      <h1>{props.title}</h1>
      {state.state === 'loading' && <Loading>{`Loading ${props.title.toLowerCase()}…`}</Loading>}
      {state.state === 'failed' && <LoadFailed what={props.title.toLowerCase()} retry={state.retry} />}
      {state.state === 'ready' && <IndexList {...props} counts={state.counts} />}
    </section>
  );
}

function IndexList({ title, unit, pick, href, counts }: Parameters<typeof IndexPage>[0] & { counts: EpisodeCounts }) {
  // By name, as the home page's filter menus list them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pick` is made afresh each render from the page's kind, which never changes
  const options = useMemo(() => pick(filterOptionsFromCounts(counts, names)), [counts]);
  // `technology` → `technologies`: count() only adds an s.
  const plural = unit === 'technology' ? 'technologies' : 'shows';
  return (
    <>
      <p className="catalog-summary">{options.length === 1 ? `1 ${unit}` : `${formatNumber(options.length)} ${plural}`}</p>
      <ul className="index-list" aria-label={title}>
        {options.map((option) => (
          <li key={option.id}>
            <Link href={href(option.id)} className="index-name">
              {option.name}
            </Link>
            <span className="index-count">{count(option.episodeCount, 'episode')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
