// Search as you type and the show and technology filters on the home page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { episodeCounts } from '@/content/listing-modules';
import type { CatalogEntry } from '@/content/schema';
import { foldForSearch } from '@/content/search-text';
import {
  catalogSearch,
  filterCatalog,
  filterOptionsFromCounts,
  narrows,
  NO_FILTERS,
  queryWords,
  relevance,
  searchableCatalog,
  type Names,
} from '@/app/catalog/search';

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

  it('keeps the + and # that end a word, as in C++, C# and F#', () => {
    expect(foldForSearch('Introduction to C++, then C# & F#!')).toBe('introduction to c++ then c# f#');
    expect(foldForSearch('Notepad++.')).toBe('notepad++');
  });

  it('drops a + or # that does not end a word', () => {
    expect(foldForSearch('#RawkodeLive ##CPP a+b C++17 + # ++')).toBe('rawkodelive cpp a b c 17');
  });

  it('gives words of letters, digits and a closing + or #, one space apart', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const folded = foldForSearch(text);
        expect(folded).toBe(folded.trim());
        for (const word of folded === '' ? [] : folded.split(' ')) expect(word).toMatch(/^[\p{L}\p{N}]+[+#]*$/u);
      }),
    );
  });
});

describe('queryWords', () => {
  it('splits on spaces and punctuation, each word once', () => {
    expect(queryWords('  Apko  & apko, melange ')).toEqual(['apko', 'melange']);
  });

  it('has no words for a blank or punctuation-only query', () => {
    expect(queryWords('   ')).toEqual([]);
    expect(queryWords('&&')).toEqual([]);
    expect(queryWords('++ #')).toEqual([]);
  });

  it('keeps c++ and c# whole', () => {
    expect(queryWords('C++')).toEqual(['c++']);
    expect(queryWords(' c# ')).toEqual(['c#']);
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

  it('only narrows as a query grows, most relevant first, newest first among equals', () => {
    const searchable = searchableCatalog(catalog, names, moreText);
    // Without + and #: `c#` is one word, but `c#x` is `c` and `x`, which matches more.
    const typing = (maxLength: number) => fc.string({ maxLength }).filter((text) => !/[+#]/.test(text));
    fc.assert(
      fc.property(typing(8), typing(4), (typed, more) => {
        const before = filterCatalog(searchable, { ...NO_FILTERS, query: typed });
        const after = filterCatalog(searchable, { ...NO_FILTERS, query: typed + more });
        expect(after.every((e) => before.includes(e))).toBe(true);
        const words = queryWords(typed + more);
        const ranks = after.map((e) => {
          const index = catalog.indexOf(e);
          return [-relevance(searchable[index]!, words), index] as const;
        });
        expect(ranks).toEqual([...ranks].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
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

describe('ranking', () => {
  // Newest first, as the catalog comes: most episodes only mention Cilium; two are about it.
  const mentions = (slug: string, publishedAt: string) =>
    entry(slug, { title: `Platform talk ${slug}`, publishedAt, technologies: ['k8s'] });
  const ranked = [
    mentions('mentions-newest', '2025-03-01T00:00:00.000Z'),
    entry('cilium-by-technology', { title: 'Network policies, hands on', technologies: ['cilium'], publishedAt: '2025-02-01T00:00:00.000Z' }),
    mentions('mentions-middle', '2024-06-01T00:00:00.000Z'),
    entry('cilium-part-2', { title: 'Introduction to Cilium (Part II)', publishedAt: '2021-06-01T00:00:00.000Z' }),
    entry('cilium-part-1', { title: 'Introduction to Cilium', publishedAt: '2021-05-01T00:00:00.000Z' }),
    entry('hubcilium', { title: 'Hubcilium internals', publishedAt: '2020-01-01T00:00:00.000Z' }),
    mentions('mentions-oldest', '2020-01-01T00:00:00.000Z'),
    entry('cpp', { title: 'Introduction to C++', technologies: ['cpp'] }),
    entry('csharp', { title: 'Minimal APIs in C#' }),
    entry('c-lang', { title: 'Writing C by hand', technologies: ['c'] }),
  ];
  const rankedNames: Names = { show: (id) => id, technology: (id) => ({ cilium: 'Cilium', cpp: 'C++', k8s: 'Kubernetes' })[id] ?? id };
  const index = new Map([
    ['mentions-newest', foldForSearch('We compare Cilium and Calico. Chapter: eBPF with Cilium')],
    ['mentions-middle', foldForSearch('Cilium comes up in the Q&A')],
    ['mentions-oldest', foldForSearch('A word about cilium')],
    ['cpp', foldForSearch('Sy Brand and David write C++ on Exercism')],
    ['csharp', foldForSearch('.NET and C# together, with a nod to C++')],
  ]);
  const rank = (query: string) => slugs(filterCatalog(searchableCatalog(ranked, rankedNames, index), { ...NO_FILTERS, query }));

  it('lists episodes about the words (title, technology, show) before ones that mention them, newest first among equals', () => {
    expect(rank('cilium')).toEqual([
      'cilium-by-technology',
      'cilium-part-2',
      'cilium-part-1',
      'hubcilium',
      'mentions-newest',
      'mentions-middle',
      'mentions-oldest',
    ]);
  });

  it('ranks by every word of the query', () => {
    expect(rank('cilium introduction')[0]).toBe('cilium-part-2');
    expect(rank('introduction cilium part')).toEqual(['cilium-part-2']);
  });

  it('keeps catalog order without a query', () => {
    expect(rank('')).toEqual(ranked.map((e) => e.slug));
  });

  it('finds C++ and C# rather than every word with a c in it', () => {
    expect(rank('c++')).toEqual(['cpp', 'csharp']);
    expect(rank('C#')).toEqual(['csharp']);
    // A plain `c` is still any word starting with it.
    expect(rank('c')).toEqual(expect.arrayContaining(['c-lang', 'cpp', 'csharp', 'cilium-part-1']));
  });
});

describe('filterOptionsFromCounts', () => {
  it('offers each show and technology that has episodes, by name, with counts', () => {
    const { shows, technologies } = filterOptionsFromCounts(episodeCounts(catalog), names);
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
    const { shows } = filterOptionsFromCounts(episodeCounts(catalog), names, { show: 'gone', technology: undefined });
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
