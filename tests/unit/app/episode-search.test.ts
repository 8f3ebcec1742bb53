// The home page's episode results from the episode index: the files the
// build writes (src/build/episode-index.ts) read back as the page reads them,
// the order of results, and what a damaged file gives (less, quietly).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardOf, indexQuery, matchesOfWord, rankedPositions, type WordMatches } from '@/app/catalog/episode-search';
import { asGaps, CARDS_PER_FILE, cardsFile, FIRST_CARDS, fromGaps, isWordsFile, KEYS_FILE, wordKey, wordsFile } from '@/content/episode-index';
import { episodeIndexFiles } from '@/build/episode-index';
import { filterCatalog, queryWords, searchableCatalog } from '@/app/catalog/search';
import { anEpisode } from '../support/episode';
import type { SearchableEpisode } from '@/build/search-index';

const episode = anEpisode;

// Newest first, as the catalog lists them.
const catalog: SearchableEpisode[] = [
  { episode: episode('mentions-cilium', { title: 'Service meshes', description: 'We compare it with Cilium.' }), technologyNames: [] },
  { episode: episode('about-cilium', { title: 'Introduction to Cilium', technologies: ['cilium'] }), technologyNames: ['Cilium'] },
  { episode: episode('chapter-cilium', { title: 'Networking', chapters: [{ startTime: 0, title: 'Cilium in depth' }, { startTime: 9000, title: 'Zebra past the end' }] }), technologyNames: [] },
  { episode: episode('cpp', { title: 'Modern C++' }), showName: 'Rawkode Live', technologyNames: [] },
  { episode: episode('csharp', { title: 'C# on the server', description: 'Compared with C++.' }), technologyNames: [] },
  { episode: episode('deja-vu', { title: 'Déjà vu in Kubernetes' }), technologyNames: [] },
];

const files = new Map(episodeIndexFiles(catalog).map((file) => [file.path, JSON.parse(file.content) as unknown[]]));
const read = (path: string) => files.get(path) ?? [];

/** The slugs the home page lists for a query, in order. */
function search(query: string): string[] {
  const positions = rankedPositions(queryWords(query).map((word) => matchesOfWord(word, read(wordsFile(wordKey(word))))));
  return positions.map((position) => cardOf(read(cardsFile(position))[position % CARDS_PER_FILE])?.slug ?? 'no card');
}

describe('the episode index, as the home page reads it', () => {
  it('lists the episodes about the words first, then those that mention them, newest first within each', () => {
    expect(search('cilium')).toEqual(['about-cilium', 'mentions-cilium', 'chapter-cilium']);
  });

  it('matches each word at the start of a word, from the first letter on, and narrows as the viewer types', () => {
    expect(search('c')).toEqual(['about-cilium', 'cpp', 'csharp', 'mentions-cilium', 'chapter-cilium']);
    expect(search('cil')).toEqual(['about-cilium', 'mentions-cilium', 'chapter-cilium']);
    expect(search('cilium in')).toEqual(['about-cilium', 'chapter-cilium']);
    expect(search('ilium')).toEqual([]);
  });

  it('finds C++ and C# by name, folds case and accents, and leaves out chapters past the end', () => {
    expect(search('C++')).toEqual(['cpp', 'csharp']);
    expect(search('c#')).toEqual(['csharp']);
    expect(search('DEJA VU')).toEqual(['deja-vu']);
    expect(search('zebra')).toEqual([]);
  });

  it('agrees with the catalog’s own search wherever a word starts a word', () => {
    const names = { show: (id: string) => id, technology: (id: string) => (id === 'cilium' ? 'Cilium' : id) };
    const entries = catalog.map(({ episode: e }) => ({
      slug: e.slug,
      title: e.title,
      publishedAt: e.publishedAt,
      duration: e.duration,
      videoId: e.videoId,
      show: e.show,
      technologies: e.technologies,
      chapterCount: e.chapters.length,
    }));
    const more = new Map(catalog.map(({ episode: e }) => [e.slug, [e.subtitle, e.description, ...e.chapters.filter((c) => c.startTime < e.duration).map((c) => c.title)].join(' ').toLowerCase()]));
    const searchable = searchableCatalog(entries, names, more);
    for (const query of ['cilium', 'c', 'in', 'modern c++', 'service', 'kubernetes deja']) {
      expect(search(query)).toEqual(filterCatalog(searchable, { query, show: undefined, technology: undefined }).map((entry) => entry.slug));
    }
  });
});

describe('the list of keys', () => {
  it('names exactly the keys that have a words file', () => {
    const keys = read(KEYS_FILE) as string[];
    expect(keys).toContain('ci');
    expect(keys).toContain('c');
    expect(keys.map(wordsFile).sort()).toEqual([...files.keys()].filter(isWordsFile).sort());
  });
});

describe('the cards a words file carries', () => {
  /** The slugs of the cards a words file carries, in the order written. */
  const carried = (key: string) => {
    const last = read(wordsFile(key)).at(-1) as { cards: Array<[number, unknown]> };
    return last.cards.map(([position, card]) => {
      // Each is the card its cards file holds for that episode.
      expect(card).toEqual(read(cardsFile(position))[position % CARDS_PER_FILE]);
      return cardOf(card)?.slug;
    });
  };

  it('are the first results of its key alone, in the order the page lists them', () => {
    for (const key of ['c', 'ci', 'mo', 'd', 'de', 'k']) expect(carried(key), key).toEqual(search(key));
  });

  it('are a screen’s worth at most, and are not read as a word', () => {
    const many: SearchableEpisode[] = Array.from({ length: 60 }, (_, n) => ({ episode: episode(`ep-${n}`, { title: `Kubernetes part ${n}` }), technologyNames: [] }));
    const indexFiles = new Map(episodeIndexFiles(many).map((file) => [file.path, JSON.parse(file.content) as unknown[]]));
    const entries = indexFiles.get(wordsFile('ku'))!;
    const { cards } = entries.at(-1) as { cards: Array<[number, unknown]> };
    expect(cards.map(([position]) => position)).toEqual(Array.from({ length: FIRST_CARDS }, (_, n) => n));
    expect(rankedPositions([matchesOfWord('ku', entries)])).toHaveLength(60);
  });
});

describe('what the index is asked', () => {
  it('asks for the query’s words, folded; nothing without words or with a show or technology picked', () => {
    expect(indexQuery({ query: '  Déjà-vu:  K8s! ', show: undefined, technology: undefined })).toEqual(['deja', 'vu', 'k8s']);
    expect(indexQuery({ query: '.*[(', show: undefined, technology: undefined })).toBeUndefined();
    expect(indexQuery({ query: 'keys', show: 'rawkode-live', technology: undefined })).toBeUndefined();
  });
});

/** A word's matches as the map they stand for: position → points, for the positions that have any. */
const pointsByPosition = (matches: WordMatches) => new Map([...matches.entries()].filter(([, points]) => points > 0));

/** A word's matches from such a map. */
function wordMatches(points: ReadonlyMap<number, number>): WordMatches {
  const matches = new Uint8Array(Math.max(-1, ...points.keys()) + 1);
  for (const [position, earned] of points) matches[position] = earned;
  return matches;
}

describe('a damaged index', () => {
  it('finds less, quietly', () => {
    expect(pointsByPosition(matchesOfWord('cil', [null, 'cilium', ['cilium', 'not a list', [1, 'x', 2]], [5, [1]]]))).toEqual(new Map([[1, 1]]));
    expect(cardOf({ slug: 'a' })).toBeUndefined();
    expect(cardOf(null)).toBeUndefined();
    expect(cardOf({ ...read(cardsFile(0))[0] as object, duration: '1h' })).toBeUndefined();
  });

  it('reads gaps back as the positions written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100_000)), (positions) => {
        const sorted = [...positions].sort((a, b) => a - b);
        expect(fromGaps(asGaps(sorted))).toEqual(sorted);
      }),
    );
  });
});

describe('the order of results', () => {
  it('needs every word, ranks by points, and keeps catalog order among equals', () => {
    const kube = wordMatches(new Map([[4, 3], [1, 1], [2, 3]]));
    const operator = wordMatches(new Map([[2, 1], [4, 3], [1, 1], [7, 3]]));
    expect(rankedPositions([kube, operator])).toEqual([4, 2, 1]);
    expect(rankedPositions([])).toEqual([]);
  });

  it('orders any matches as sorting them by points, then position, would', () => {
    const matches = fc.array(fc.tuple(fc.nat(2_000), fc.constantFrom(1, 3)), { maxLength: 300 }).map((pairs) => new Map(pairs));
    fc.assert(
      fc.property(fc.array(matches, { minLength: 1, maxLength: 4 }), (perWord) => {
        const both = [...perWord[0]!.keys()].filter((position) => perWord.every((word) => word.has(position)));
        const points = (position: number) => perWord.reduce((sum, word) => sum + word.get(position)!, 0);
        expect(rankedPositions(perWord.map(wordMatches))).toEqual(both.sort((a, b) => points(b) - points(a) || a - b));
      }),
    );
  });
});
