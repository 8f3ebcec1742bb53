// Types of every module the content plugin serves (ids in module-ids.ts, code in src/build/virtual-modules.ts).
declare module 'virtual:content/catalog' {
  import type { CatalogEntry } from '@/content/schema';
  /** Every published episode, newest first. */
  export const episodes: readonly CatalogEntry[];
}

declare module 'virtual:content/episodes' {
  import type { EpisodeWithUpNext } from '@/content/schema';
  /** Loads one episode's module; undefined for an unknown (or scheduled) slug. */
  export function loadEpisode(slug: string): Promise<EpisodeWithUpNext | undefined>;
}

declare module 'virtual:content/episode/*' {
  import type { EpisodeWithUpNext } from '@/content/schema';
  export const episode: EpisodeWithUpNext;
}

declare module 'virtual:content/shows' {
  import type { Show } from '@/content/schema';
  /** Every show with a file of its own, by id. */
  export const shows: Readonly<Record<string, Show>>;
}

declare module 'virtual:content/technologies' {
  import type { Technology } from '@/content/schema';
  /** Every technology with a file of its own, by id. */
  export const technologies: Readonly<Record<string, Technology>>;
}

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
