// Types of the modules the content plugin generates at build time.
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
