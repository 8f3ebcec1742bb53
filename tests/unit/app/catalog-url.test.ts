// The home page's query and filters in its address: shareable and reloadable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogHref, filtersFromSearch, hasFilters } from '@/app/catalog/catalog-url';
import { NO_FILTERS } from '@/app/catalog/search';

describe('catalog addresses', () => {
  it('is plain / with no query or filter', () => {
    expect(catalogHref(NO_FILTERS)).toBe('/');
    expect(filtersFromSearch('')).toEqual(NO_FILTERS);
  });

  it('writes the query and filters as q, show and technology', () => {
    const href = catalogHref({ query: 'signing keys & more', show: 'rawkode-live', technology: 'apko' });
    expect(href).toBe('/?q=signing+keys+%26+more&show=rawkode-live&technology=apko');
    expect(filtersFromSearch(new URL(href, 'https://x.test').search)).toEqual({
      query: 'signing keys & more',
      show: 'rawkode-live',
      technology: 'apko',
    });
  });

  it('reads an empty filter as no filter', () => {
    expect(filtersFromSearch('?show=&technology=&q=')).toEqual(NO_FILTERS);
    expect(hasFilters(filtersFromSearch('?q=%20%20'))).toBe(false);
  });

  it('reads back whatever it wrote', () => {
    const id = fc.option(fc.string({ minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ query: fc.string(), show: id, technology: id }), (filters) => {
        const { search } = new URL(catalogHref(filters), 'https://x.test');
        expect(filtersFromSearch(search)).toEqual(filters);
      }),
    );
  });
});
