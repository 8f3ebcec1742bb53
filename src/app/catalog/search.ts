// Search and filters over the catalog: plain functions, no DOM, no React.
// Every keystroke filters the whole catalog, so the text of each episode is
// folded once, up front, and a keystroke only runs `includes` over it. With a
// query, what an episode is about (its title, show and technologies) ranks it
// above episodes that only mention the words in a description or chapter.
import type { CatalogEntry } from '@/content/schema';
import type { EpisodeCounts } from '@/content/listing-modules';
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
  /** What the episode is about: its title, show name and technology names. */
  about: string;
  /** `about` and, once the search index has loaded, its description, subtitle and chapter titles. */
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
    const about = foldForSearch(parts.join(' '));
    const more = moreText?.get(entry.slug);
    return { entry, about, text: more ? `${about} ${more}` : about };
  });
}

/** The words of a query, folded, each once: `Apko  & apko melange` gives `apko`, `melange`. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * The episodes that match every filter. A query matches when each of its
 * words appears in the episode's text, as a word or part of one, so results
 * narrow as a viewer types; they come most relevant first (see relevance),
 * newest first among equals. Without a query, in catalog order (newest first).
 */
export function filterCatalog(catalog: readonly SearchableEpisode[], filters: CatalogFilters): CatalogEntry[] {
  const words = queryWords(filters.query);
  return byRelevance(matching(catalog, words, filters), words);
}

/**
 * How well an episode that matches answers the query: for each word, 3 when
 * a word of its title, show or technologies starts with it (`cili` in
 * `Introduction to Cilium`), 2 when one holds it elsewhere, 1 when only its
 * description, subtitle or chapters do.
 */
export function relevance(episode: SearchableEpisode, words: readonly string[]): number {
  return score(episode.about, words, words.map((word) => ` ${word}`));
}

/** relevance, with each word's ` word` (a word starting after a space) made once per query, not per episode. */
function score(about: string, words: readonly string[], wordStarts: readonly string[]): number {
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const at = about.indexOf(word);
    if (at < 0) total += 1;
    else total += at === 0 || about[at - 1] === ' ' || about.includes(wordStarts[i]!, at) ? 3 : 2;
  }
  return total;
}

/**
 * Matches (in catalog order) most relevant first, and newest first among
 * equals. Scores are small whole numbers, so one bucket per score sorts them
 * in a single pass that keeps the catalog's order within each: a keystroke
 * that matches thousands of episodes pays no comparison sort.
 */
function byRelevance(matches: readonly SearchableEpisode[], words: readonly string[]): CatalogEntry[] {
  if (words.length === 0) return matches.map((episode) => episode.entry);
  const wordStarts = words.map((word) => ` ${word}`);
  const buckets: CatalogEntry[][] = [];
  for (const episode of matches) (buckets[score(episode.about, words, wordStarts)] ??= []).push(episode.entry);
  const ranked: CatalogEntry[] = [];
  for (let bucket = buckets.length - 1; bucket >= 0; bucket--) {
    for (const entry of buckets[bucket] ?? []) ranked.push(entry);
  }
  return ranked;
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
 * A search over one catalog that remembers its last matches: while a viewer
 * types on (the query only narrows), a keystroke searches the last matches
 * instead of the whole catalog, so each letter costs less than the one before.
 * It gives what filterCatalog gives, in the same order.
 */
export function catalogSearch(catalog: readonly SearchableEpisode[]): (filters: CatalogFilters) => CatalogEntry[] {
  let last: { words: string[]; show: string | undefined; technology: string | undefined; results: SearchableEpisode[] } | undefined;
  return (filters) => {
    const words = queryWords(filters.query);
    const { show, technology } = filters;
    const narrower = last && last.show === show && last.technology === technology && narrows(last.words, words);
    const results = matching(narrower ? last!.results : catalog, words, filters);
    last = { words, show, technology, results };
    return byRelevance(results, words);
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
 * their counts: what the filter menus offer, from counts made ahead (the home
 * page has them before it has every episode). An id a link asks for that has
 * no episodes is kept (with 0), so the menu can show what is selected.
 */
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
