// Type of the search index module (served by src/build/search-index-plugin.ts).
declare module 'virtual:content/search-index' {
  import type { SearchIndexEntry } from '@/content/search-text';
  /** Every published episode's folded description, subtitle and chapter titles, by slug. */
  export const entries: readonly SearchIndexEntry[];
}
