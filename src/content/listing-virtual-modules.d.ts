// Types of the modules src/build/listing-plugin.ts serves (ids in listing-modules.ts).
declare module 'virtual:content/names' {
  /** The name of every show with a file of its own, by id. */
  export const showNames: Readonly<Record<string, string>>;
  /** The name of every technology with a file of its own, by id. */
  export const technologyNames: Readonly<Record<string, string>>;
}

declare module 'virtual:content/search-index' {
  import type { SearchIndexEntry } from '@/content/listing-modules';
  /** Every published episode's folded description, subtitle and chapter titles. */
  export const entries: readonly SearchIndexEntry[];
}

declare module 'virtual:content/show-latest' {
  import type { CatalogEntry } from '@/content/schema';
  /** A show's newest published episodes (at most SHOW_LATEST_COUNT) and how many it has; undefined for a show with none. */
  export function loadShowLatest(showId: string): Promise<{ episodes: readonly CatalogEntry[]; total: number } | undefined>;
}

declare module 'virtual:content/catalog-first-page' {
  import type { CatalogEntry } from '@/content/schema';
  import type { EpisodeCounts } from '@/content/listing-modules';
  /** The newest published episodes (at most CATALOG_FIRST_PAGE_SIZE), newest first. */
  export const episodes: readonly CatalogEntry[];
  /** How many episodes are published in all. */
  export const total: number;
  /** Every show's and technology's published episodes, for the filter menus. */
  export const counts: EpisodeCounts;
}
