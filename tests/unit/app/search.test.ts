// Search as you type and the show and technology filters on the home page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@/content/schema';
import { foldForSearch } from '@/content/search-text';
import { catalogSearch, filterCatalog, filterOptions, narrows, NO_FILTERS, queryWords, searchableCatalog, type Names } from '@/app/catalog/search';

const entry = (slug: string, fields: Partial<CatalogEntry> = {}): CatalogEntry => ({
  slug,
  title: slug,
  publishedAt: '2024-01-01T00:00:00.000Z',
  duration: 60,
  videoId: 'video',
  show: undefined,
  technologies: [],
  chapterCount: 0,
  ...fields,
});

const names: Names = {
  show: (id) => ({ 'rawkode-live': 'Rawkode Live' })[id] ?? id,
  technology: (id) => ({ k8s: 'Kubernetes', apko: 'apko' })[id] ?? id,
};

// Newest first, as the catalog comes.
const catalog = [
  entry('signing', { title: 'Melange Signing Keys', show: 'rawkode-live', technologies: ['apko'] }),
  entry('upgrades', { title: 'Déjà vu: Kubernetes upgrades', technologies: ['k8s'] }),
  entry('ghost', { title: 'An episode of a show without a file', show: 'ghost-show', technologies: ['k8s', 'apko'] }),
  entry('standalone', { title: 'Standalone' }),
];
const moreText = new Map([
  ['standalone', foldForSearch('A description about quokkas. Chapter: Wombat-driven delivery')],
]);
const slugs = (entries: CatalogEntry[]) => entries.map((e) => e.slug);
const search = (query: string, filters: Partial<typeof NO_FILTERS> = {}, withIndex = true) =>
  slugs(filterCatalog(searchableCatalog(catalog, names, withIndex ? moreText : undefined), { ...NO_FILTERS, query, ...filters }));

describe('foldForSearch', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldForSearch('Déjà-vu: K8s & CI/CD!')).toBe('deja vu k8s ci cd');
  });

  it('reads markup as the text it is', () => {
    expect(foldForSearch('<Untitled Chapter 1>')).toBe('untitled chapter 1');
  });
});

describe('queryWords', () => {
  it('splits on spaces and punctuation, each word once', () => {
    expect(queryWords('  Apko  & apko, melange ')).toEqual(['apko', 'melange']);
  });

  it('has no words for a blank or punctuation-only query', () => {
    expect(queryWords('   ')).toEqual([]);
    expect(queryWords('&&')).toEqual([]);
  });
});

describe('filterCatalog', () => {
  it('lists everything, in catalog order, with no query or filter', () => {
    expect(search('')).toEqual(['signing', 'upgrades', 'ghost', 'standalone']);
  });

  it('finds words in titles as they are being typed, whatever the case and accents', () => {
    expect(search('sig')).toEqual(['signing']);
    expect(search('DEJA')).toEqual(['upgrades']);
    expect(search('déjà vu')).toEqual(['upgrades']);
  });

  it('needs every word to match, in any order', () => {
    expect(search('keys melange')).toEqual(['signing']);
    expect(search('keys kubernetes')).toEqual([]);
  });

  it('finds show and technology names, including ids without a file', () => {
    expect(search('rawkode live')).toEqual(['signing']);
    expect(search('kubernetes')).toEqual(['upgrades', 'ghost']);
    expect(search('ghost show')).toEqual(['ghost']);
  });

  it('finds descriptions and chapter titles once the search index is there', () => {
    expect(search('quokka')).toEqual(['standalone']);
    expect(search('wombat driven')).toEqual(['standalone']);
    expect(search('quokka', {}, false)).toEqual([]);
  });

  it('filters by show and by technology, with or without a query', () => {
    expect(search('', { show: 'rawkode-live' })).toEqual(['signing']);
    expect(search('', { technology: 'apko' })).toEqual(['signing', 'ghost']);
    expect(search('', { show: 'ghost-show', technology: 'apko' })).toEqual(['ghost']);
    expect(search('episode', { technology: 'k8s' })).toEqual(['ghost']);
    expect(search('', { show: 'no-such-show' })).toEqual([]);
  });

  it('only narrows as a query grows, and keeps the catalog order', () => {
    const searchable = searchableCatalog(catalog, names, moreText);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 4 }), (typed, more) => {
        const before = filterCatalog(searchable, { ...NO_FILTERS, query: typed });
        const after = filterCatalog(searchable, { ...NO_FILTERS, query: typed + more });
        expect(after.every((e) => before.includes(e))).toBe(true);
        const order = after.map((e) => catalog.indexOf(e));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps up with 10,000 episodes', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(`episode-${i}`, { title: `Episode ${i} about Kubernetes operators and ${i % 7 ? 'Rust' : 'Go'}`, technologies: ['k8s'] }),
    );
    const text = new Map(many.map((e) => [e.slug, foldForSearch(`A long description ${'words '.repeat(80)} chapter titles`)]));
    const searchable = searchableCatalog(many, names, text);
    const started = performance.now();
    for (const query of ['k', 'ku', 'kub', 'kube', 'kuber', 'go']) filterCatalog(searchable, { ...NO_FILTERS, query });
    // Six keystrokes; generous for a slow CI machine, far below what a person notices.
    expect(performance.now() - started).toBeLessThan(300);
  });
});

describe('filterOptions', () => {
  it('offers each show and technology that has episodes, by name, with counts', () => {
    const { shows, technologies } = filterOptions(catalog, names);
    expect(shows).toEqual([
      { id: 'ghost-show', name: 'ghost-show', episodeCount: 1 },
      { id: 'rawkode-live', name: 'Rawkode Live', episodeCount: 1 },
    ]);
    expect(technologies).toEqual([
      { id: 'apko', name: 'apko', episodeCount: 2 },
      { id: 'k8s', name: 'Kubernetes', episodeCount: 2 },
    ]);
  });

  it('keeps a selected id that has no episodes, so the menu can show it', () => {
    const { shows } = filterOptions(catalog, names, { show: 'gone', technology: undefined });
    expect(shows.find((option) => option.id === 'gone')).toEqual({ id: 'gone', name: 'gone', episodeCount: 0 });
  });
});

describe('catalogSearch', () => {
  const searchable = searchableCatalog(catalog, names, moreText);

  it('gives the same results as a fresh search at every step of typing and deleting', () => {
    const search = catalogSearch(searchable);
    const steps = ['k', 'ku', 'kub', 'kube', 'kube g', 'kube gh', 'kube', 'upg', 'upgrades', 'x', ''];
    for (const query of steps) {
      expect(search({ ...NO_FILTERS, query })).toEqual(filterCatalog(searchable, { ...NO_FILTERS, query }));
    }
    expect(search({ ...NO_FILTERS, query: 'apko', technology: 'k8s' })).toEqual(['ghost'].map((slug) => catalog.find((e) => e.slug === slug)));
    expect(search({ ...NO_FILTERS, query: 'apko' })).toEqual(filterCatalog(searchable, { ...NO_FILTERS, query: 'apko' }));
  });

  it('agrees with a fresh search for any sequence of queries', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 8 }), (queries) => {
        const search = catalogSearch(searchable);
        for (const query of queries) {
          expect(search({ ...NO_FILTERS, query })).toEqual(filterCatalog(searchable, { ...NO_FILTERS, query }));
        }
      }),
    );
  });

  it('knows when a query narrows the one before', () => {
    expect(narrows(['kub'], ['kube'])).toBe(true);
    expect(narrows(['kube'], ['kube', 'op'])).toBe(true);
    expect(narrows(['kube', 'op'], ['kube'])).toBe(false);
    expect(narrows(['kube'], ['kub'])).toBe(false);
    expect(narrows([], ['anything'])).toBe(true);
  });
});
