// / : every published episode, newest first, with search as you type and
// filters by show and technology. The address holds the query and filters.
// It opens with the first page of episodes; the rest load when the viewer
// scrolls toward them or filters (catalog-data.ts). A search asks the site's
// search index (episode-search.ts), which loads only what the query needs;
// where there is none (the dev server, a page whose policy forbids its
// WebAssembly), every episode loads and the catalog's own search answers.
import { memo, useCallback, useMemo, useState } from 'react';
import { useNavigation, navigate, currentUrl } from '../router';
import { useDocumentTitle } from '../document-title';
import { catalogHref, filtersFromSearch, hasFilters } from '../catalog/catalog-url';
import type { EpisodeCounts } from '@/content/listing-modules';
import {
  loadWholeCatalog,
  useHomeCatalog,
  useSearchableCatalog,
  type RestOfCatalog,
} from '../catalog/catalog-data';
import { names } from '../catalog/names';
import { catalogSearch, filterOptionsFromCounts, NO_FILTERS, type CatalogFilters, type FilterOption } from '../catalog/search';
import { count, formatNumber } from '../catalog/format';
import { EpisodeGrid } from './episode-grid';
import { Loading } from './loading';
import { LoadFailed } from './load-failed';
import { ContinueWatching } from './continue-watching';
import { Moments } from './moments-list';
import { loadSiteSearch } from '../catalog/site-search';
import { prefetchEpisodeResults, readEpisodeIndexKeys, rememberCardsOnScreen, screenLacksCards, useEpisodeResults, type EpisodeResults } from '../catalog/episode-search';

/**
 * A viewer reaching for the search box will search: the moments' index starts loading, and the
 * episode index's list of keys is read (not on the dev server, which has no index).
 */
function reachForSearch() {
  loadSiteSearch();
  if (!import.meta.env.DEV) readEpisodeIndexKeys();
}

export function HomePage() {
  const { url } = useNavigation();
  const filters = useMemo(() => filtersFromSearch(url.search), [url.search]);
  const searching = filters.query.trim() !== '';
  const filtered = hasFilters(filters);
  // The build writes the episode index; the dev server has none.
  const fromIndex = useEpisodeResults(filters, !import.meta.env.DEV);
  // The index answers a plain search unless it failed: a show or technology picked, or a failure, and the catalog's own search does.
  const catalogAnswers = filtered && (fromIndex.state === 'none' || fromIndex.state === 'failed');
  // The first page opens the list; a filter (picked or in the address), or a search the index cannot answer, needs every episode.
  const catalog = useHomeCatalog(catalogAnswers);
  const everyEpisode = catalog.state === 'ready' && catalog.rest.state === 'complete' ? catalog.episodes : undefined;
  const searchable = useSearchableCatalog(catalogAnswers ? everyEpisode : undefined, searching && catalogAnswers);
  // One search per prepared catalog (it changes once, when the index arrives), so it can narrow as the viewer types.
  const searchableEpisodes = searchable?.episodes;
  const search = useMemo(() => searchableEpisodes && catalogSearch(searchableEpisodes), [searchableEpisodes]);
  const results = useMemo(() => (catalogAnswers ? search?.(filters) : undefined), [catalogAnswers, search, filters]);
  useDocumentTitle(filteredTitle(filters));

  // A search's first letter adds a history entry, so back returns to the list as it was;
  // the letters after it replace that entry (back undoes the search, not the last letter).
  // Picking a show or technology adds one, so back undoes it.
  // The filters are read as they stand when the change comes: the same function serves every render.
  const change = useCallback((next: Partial<CatalogFilters>, { replace = false } = {}) => {
    const changed = { ...filtersFromSearch(currentUrl().search), ...next };
    if (!import.meta.env.DEV) prefetchEpisodeResults(changed);
    navigate(catalogHref(changed), { replace });
  }, []);

  return (
    <>
      {!filtered && <ContinueWatching known={catalog.state === 'ready' ? catalog.episodes : catalog.state === 'failed' ? [] : undefined} />}
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
              onFocus={reachForSearch}
              onPointerEnter={reachForSearch}
              onChange={(event) => change({ query: event.currentTarget.value }, { replace: filters.query !== '' })}
            />
          </label>
          {catalog.state === 'ready' && <FilterMenus show={filters.show} technology={filters.technology} counts={catalog.counts} onChange={change} />}
          {filtered && (
            <button type="button" className="clear-filters" onClick={() => change(NO_FILTERS)}>
              Clear
            </button>
          )}
        </form>
        {searching && <Moments filters={filters} waiting={fromIndex.state === 'searching' || (fromIndex.state === 'ready' && fromIndex.stale)} />}
        {catalog.state === 'failed' && <LoadFailed what="the episodes" retry={catalog.retry} />}
        {catalog.state === 'loading' && <Loading>Loading episodes…</Loading>}
        {catalog.state === 'ready' && !filtered && (
          <>
            <p className="catalog-summary" role="status">
              {count(catalog.total, 'episode')}
            </p>
            <EpisodeGrid episodes={catalog.episodes} total={catalog.total} label="Episodes" onNearEnd={loadWholeCatalog} />
            <RestOfCatalogStatus rest={catalog.rest} />
          </>
        )}
        {catalog.state === 'ready' && catalogAnswers && catalog.rest.state === 'failed' && (
          <LoadFailed what="the episodes" retry={catalog.rest.retry} />
        )}
        {catalog.state === 'ready' && catalogAnswers && (catalog.rest.state === 'loading' || catalog.rest.state === 'idle') && (
          <Loading>Loading episodes…</Loading>
        )}
        {catalog.state === 'ready' && catalogAnswers && results && (
          // What the catalog's own search finds is found at once: never busy.
          <div className="catalog-results" aria-busy="false">
            <p className="catalog-summary" role="status">
              {summary(results.length, catalog.total, filters)}
              {searching && !searchable?.complete && ' (searching titles; descriptions and chapters still loading)'}
            </p>
            {results.length > 0 ? <EpisodeGrid episodes={results} label="Episodes" /> : <NoResults onShowAll={() => change(NO_FILTERS)} />}
          </div>
        )}
        {catalog.state === 'ready' && !catalogAnswers && filtered && (
          <IndexResults results={fromIndex} total={catalog.total} filters={filters} onShowAll={() => change(NO_FILTERS)} />
        )}
      </section>
    </>
  );
}

/**
 * The episodes the site's search index finds: the first cards as soon as they
 * are read, the list as tall as every match, the next cards read as the viewer
 * scrolls toward them. Busy (aria-busy) while what it shows answers an earlier
 * query than the one typed.
 */
function IndexResults({
  results,
  total,
  filters,
  onShowAll,
}: {
  results: EpisodeResults;
  total: number;
  filters: CatalogFilters;
  onShowAll: () => void;
}) {
  // The cards it takes to fill the screen: busy too while some of them are still being read.
  const [onScreen, setOnScreen] = useState(0);
  if (results.state !== 'ready') {
    return (
      <div className="catalog-results" aria-busy="true">
        <Loading>Searching…</Loading>
      </div>
    );
  }
  return (
    <div className="catalog-results" aria-busy={results.stale || screenLacksCards(results.episodes.length, onScreen, results.total)}>
      <p className="catalog-summary" role="status">
        {summary(results.total, total, filters)}
      </p>
      {results.total > 0 ? (
        <EpisodeGrid
          episodes={results.episodes}
          total={results.total}
          label="Episodes"
          onNearEnd={results.readMore}
          onCardsOnScreen={(count) => {
            rememberCardsOnScreen(count);
            setOnScreen(count);
          }}
        />
      ) : (
        <NoResults onShowAll={onShowAll} />
      )}
    </div>
  );
}

function NoResults({ onShowAll }: { onShowAll: () => void }) {
  return (
    <p className="catalog-empty">
      Try fewer words, or{' '}
      <button type="button" className="link-button" onClick={onShowAll}>
        show every episode
      </button>
      .
    </p>
  );
}

/**
 * While the episodes beyond the first page load (announced, politely, only
 * when that takes long enough to notice), or when they could not: held at the
 * bottom of the screen, where the viewer is waiting for them.
 */
function RestOfCatalogStatus({ rest }: { rest: RestOfCatalog }) {
  if (rest.state === 'loading') {
    return (
      <div className="catalog-more">
        <Loading>Loading more episodes…</Loading>
      </div>
    );
  }
  if (rest.state === 'failed') {
    return (
      <div className="catalog-more">
        <LoadFailed what="the rest of the episodes" retry={rest.retry} />
      </div>
    );
  }
  return null;
}

/** The show and technology menus: drawn again when a filter or the counts change, not at each letter of a search. */
const FilterMenus = memo(function FilterMenus({
  show,
  technology,
  counts,
  onChange,
}: Pick<CatalogFilters, 'show' | 'technology'> & {
  counts: EpisodeCounts;
  onChange: (next: Partial<CatalogFilters>) => void;
}) {
  const options = useMemo(() => filterOptionsFromCounts(counts, names, { show, technology }), [counts, show, technology]);
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
});

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
      {/* A viewer reaching for a filter will want every episode: start fetching them. */}
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
        onFocus={loadWholeCatalog}
        onPointerEnter={loadWholeCatalog}
      >
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
  return `${count(found, 'episode')} of ${formatNumber(total)} match.`;
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
