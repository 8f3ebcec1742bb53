// The home page's search and filters in its address, so a filtered view can be
// shared, reloaded, and stepped through with back and forward:
// `/?q=signing+keys&show=rawkode-live&technology=apko`.
import type { CatalogFilters } from './search';

const QUERY = 'q';
const SHOW = 'show';
const TECHNOLOGY = 'technology';

export function filtersFromSearch(search: string | URLSearchParams): CatalogFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = (name: string) => params.get(name) || undefined;
  return { query: params.get(QUERY) ?? '', show: id(SHOW), technology: id(TECHNOLOGY) };
}

/** The home page's address for these filters; no filter, no query string. */
export function catalogHref(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  if (filters.query !== '') params.set(QUERY, filters.query);
  if (filters.show !== undefined) params.set(SHOW, filters.show);
  if (filters.technology !== undefined) params.set(TECHNOLOGY, filters.technology);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

export const hasFilters = (filters: CatalogFilters) =>
  filters.query.trim() !== '' || filters.show !== undefined || filters.technology !== undefined;
