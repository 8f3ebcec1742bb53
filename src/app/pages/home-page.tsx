// / : every published episode, newest first, with search as you type and
// filters by show and technology. The address holds the query and filters.
import { useMemo } from 'react';
import { useNavigation, navigate } from '../router';
import { useDocumentTitle } from '../document-title';
import { catalogHref, filtersFromSearch, hasFilters } from '../catalog/catalog-url';
import { preloadSearchIndex, useCatalog, useSearchableCatalog } from '../catalog/catalog-data';
import { names } from '../catalog/names';
import { catalogSearch, filterOptions, NO_FILTERS, type CatalogFilters, type FilterOption } from '../catalog/search';
import { count } from '../catalog/format';
import { EpisodeGrid } from './episode-grid';
import { Loading } from './loading';
import { LoadFailed } from './load-failed';

export function HomePage() {
  const { url } = useNavigation();
  const filters = useMemo(() => filtersFromSearch(url.search), [url.search]);
  const searching = filters.query.trim() !== '';
  const catalog = useCatalog();
  const searchable = useSearchableCatalog(searching);
  // One search per prepared catalog (it changes once, when the index arrives), so it can narrow as the viewer types.
  const searchableEpisodes = searchable?.episodes;
  const search = useMemo(() => searchableEpisodes && catalogSearch(searchableEpisodes), [searchableEpisodes]);
  const results = useMemo(() => search?.(filters), [search, filters]);
  useDocumentTitle(filteredTitle(filters));

  // Typing replaces the history entry (back leaves the page, not the last letter);
  // picking a show or technology adds one, so back undoes it.
  const change = (next: Partial<CatalogFilters>, { replace = false } = {}) =>
    navigate(catalogHref({ ...filters, ...next }), { replace });

  return (
    <section className="catalog">
      <h1>All episodes</h1>
      <form className="catalog-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="catalog-search">
          <span>Search</span>
          <input
            type="search"
            value={filters.query}
            placeholder="Titles, descriptions, chapters"
            autoComplete="off"
            spellCheck={false}
            onFocus={preloadSearchIndex}
            onPointerEnter={preloadSearchIndex}
            onChange={(event) => change({ query: event.currentTarget.value }, { replace: true })}
          />
        </label>
        {catalog.state === 'ready' && <FilterMenus filters={filters} episodes={catalog.episodes} onChange={change} />}
        {hasFilters(filters) && (
          <button type="button" className="clear-filters" onClick={() => change(NO_FILTERS)}>
            Clear
          </button>
        )}
      </form>
      {catalog.state === 'failed' && <LoadFailed what="the episodes" retry={catalog.retry} />}
      {catalog.state === 'loading' && <Loading>Loading episodes…</Loading>}
      {catalog.state === 'ready' && results && (
        <>
          <p className="catalog-summary" role="status">
            {summary(results.length, catalog.episodes.length, filters)}
            {searching && !searchable?.complete && ' (searching titles; descriptions and chapters still loading)'}
          </p>
          {results.length > 0 ? (
            <EpisodeGrid episodes={results} label="Episodes" />
          ) : (
            <p className="catalog-empty">
              Try fewer words, or{' '}
              <button type="button" className="link-button" onClick={() => change(NO_FILTERS)}>
                show every episode
              </button>
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}

function FilterMenus({
  filters,
  episodes,
  onChange,
}: {
  filters: CatalogFilters;
  episodes: Parameters<typeof filterOptions>[0];
  onChange: (next: Partial<CatalogFilters>) => void;
}) {
  const { show, technology } = filters;
  const options = useMemo(() => filterOptions(episodes, names, { show, technology }), [episodes, show, technology]);
  return (
    <>
      <FilterMenu label="Show" all="All shows" value={show} options={options.shows} onChange={(id) => onChange({ show: id })} />
      <FilterMenu
        label="Technology"
        all="All technologies"
        value={technology}
        options={options.technologies}
        onChange={(id) => onChange({ technology: id })}
      />
    </>
  );
}

function FilterMenu(props: {
  label: string;
  all: string;
  value: string | undefined;
  options: FilterOption[];
  onChange: (id: string | undefined) => void;
}) {
  return (
    <label className="catalog-filter">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(event) => props.onChange(event.currentTarget.value || undefined)}>
        <option value="">{props.all}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name} ({option.episodeCount})
          </option>
        ))}
      </select>
    </label>
  );
}

function summary(found: number, total: number, filters: CatalogFilters): string {
  if (!hasFilters(filters)) return count(total, 'episode');
  if (found === 0) return 'No episodes match.';
  return `${count(found, 'episode')} of ${total.toLocaleString('en')} match.`;
}

/** The tab's title says what the view shows: `“signing keys” in Rawkode Live`. */
function filteredTitle({ query, show, technology }: CatalogFilters): string | undefined {
  const parts = [
    query.trim() !== '' ? `“${query.trim()}”` : undefined,
    show !== undefined ? `in ${names.show(show)}` : undefined,
    technology !== undefined ? `about ${names.technology(technology)}` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? `Episodes ${parts.join(' ')}` : undefined;
}
