// Search and filters over the catalog: plain functions, no DOM, no React.
// Every keystroke filters the whole catalog, so the text of each episode is
// folded once, up front, and a keystroke only runs `includes` over it.
import type { CatalogEntry } from '@/content/schema';
import { episodeCounts, type EpisodeCounts } from '@/content/listing-modules';
import { foldForSearch } from '@/content/search-text';

/** What a viewer asked for on the home page; all of it lives in the URL. */
export interface CatalogFilters {
  /** As typed. */
  query: string;
  /** A show id, or undefined for every show. */
  show: string | undefined;
  /** A technology id, or undefined for every technology. */
  technology: string | undefined;
}

export const NO_FILTERS: CatalogFilters = { query: '', show: undefined, technology: undefined };

/** A catalog entry with the text a query is matched against, folded. */
export interface SearchableEpisode {
  entry: CatalogEntry;
  text: string;
}

/** How ids read to people: a show or technology with no file of its own is named by its id. */
export interface Names {
  show(id: string): string;
  technology(id: string): string;
}

/**
 * Prepares the catalog for searching: each entry's title, show name and
 * technology names, plus its longer text from the search index once that
 * has loaded (`moreText` by slug, already folded by the build).
 */
export function searchableCatalog(
  entries: readonly CatalogEntry[],
  names: Names,
  moreText?: ReadonlyMap<string, string>,
): SearchableEpisode[] {
  return entries.map((entry) => {
    const parts = [entry.title, entry.show ? names.show(entry.show) : '', ...entry.technologies.map(names.technology)];
    const folded = foldForSearch(parts.join(' '));
    const more = moreText?.get(entry.slug);
    return { entry, text: more ? `${folded} ${more}` : folded };
  });
}

/** The words of a query, folded, each once: `Apko  & apko melange` gives `apko`, `melange`. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * The episodes that match every filter, in catalog order (newest first). A
 * query matches when each of its words appears in the episode's text, as a
 * word or part of one, so results narrow as a viewer types.
 */
export function filterCatalog(catalog: readonly SearchableEpisode[], filters: CatalogFilters): CatalogEntry[] {
  return matching(catalog, queryWords(filters.query), filters).map((episode) => episode.entry);
}

function matching(
  episodes: readonly SearchableEpisode[],
  words: readonly string[],
  { show, technology }: Pick<CatalogFilters, 'show' | 'technology'>,
): SearchableEpisode[] {
  const results: SearchableEpisode[] = [];
  for (const episode of episodes) {
    const { entry, text } = episode;
    if (show !== undefined && entry.show !== show) continue;
    if (technology !== undefined && !entry.technologies.includes(technology)) continue;
    if (words.every((word) => text.includes(word))) results.push(episode);
  }
  return results;
}

/**
 * Whether every episode matching `after` also matches `before`: each earlier
 * word is part of some later word (`kub` → `kube`, `kube` → `kube op`).
 */
export function narrows(before: readonly string[], after: readonly string[]): boolean {
  return before.every((earlier) => after.some((later) => later.includes(earlier)));
}

/**
 * A search over one catalog that remembers its last results: while a viewer
 * types on (the query only narrows), a keystroke searches the last results
 * instead of the whole catalog, so each letter costs less than the one before.
 */
export function catalogSearch(catalog: readonly SearchableEpisode[]): (filters: CatalogFilters) => CatalogEntry[] {
  let last: { words: string[]; show: string | undefined; technology: string | undefined; results: SearchableEpisode[] } | undefined;
  return (filters) => {
    const words = queryWords(filters.query);
    const { show, technology } = filters;
    const narrower = last && last.show === show && last.technology === technology && narrows(last.words, words);
    const results = matching(narrower ? last!.results : catalog, words, filters);
    last = { words, show, technology, results };
    return results.map((episode) => episode.entry);
  };
}

export interface FilterOption {
  id: string;
  name: string;
  /** Published episodes with this show or technology. */
  episodeCount: number;
}

/**
 * The shows and technologies that have published episodes, by name, with
 * their counts: what the filter menus offer. An id a link asks for that has
 * no episodes is kept (with 0), so the menu can show what is selected.
 */
export function filterOptions(
  entries: readonly CatalogEntry[],
  names: Names,
  selected: Pick<CatalogFilters, 'show' | 'technology'> = NO_FILTERS,
): { shows: FilterOption[]; technologies: FilterOption[] } {
  return filterOptionsFromCounts(episodeCounts(entries), names, selected);
}

/** As filterOptions, from counts made ahead (the home page has them before it has every episode). */
export function filterOptionsFromCounts(
  counts: EpisodeCounts,
  names: Names,
  selected: Pick<CatalogFilters, 'show' | 'technology'> = NO_FILTERS,
): { shows: FilterOption[]; technologies: FilterOption[] } {
  const showCounts = new Map(counts.shows);
  const technologyCounts = new Map(counts.technologies);
  if (selected.show !== undefined && !showCounts.has(selected.show)) showCounts.set(selected.show, 0);
  if (selected.technology !== undefined && !technologyCounts.has(selected.technology)) technologyCounts.set(selected.technology, 0);

  const options = (counts: Map<string, number>, name: (id: string) => string) =>
    [...counts]
      .map(([id, episodeCount]) => ({ id, name: name(id), episodeCount }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
  return { shows: options(showCounts, names.show), technologies: options(technologyCounts, names.technology) };
}
