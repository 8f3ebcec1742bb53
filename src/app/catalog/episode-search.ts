// The home page's episode results from the episode index the build writes
// beside the site (src/content/episode-index.ts): a query downloads the files
// its words need and the cards of the episodes it shows, a few dozen
// kilobytes at 10,000 episodes, where the catalog's own search (search.ts)
// needs every episode's text. Each word of the query matches the start of a
// word of an episode's text. Episodes whose title, show or technologies hold
// the words rank first (search.ts, relevance), newest first among equals.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogEntry } from '@/content/schema';
import { CARDS_PER_FILE, cardsFile, FIRST_CARDS, fromGaps, isWordsFile, KEYS_FILE, wordKey, wordsFile } from '@/content/episode-index';
import { queryWords, type CatalogFilters } from './search';

/** Cards read at a time: a large screen's worth, and the next ones as the viewer scrolls toward them. */
export const CARDS_READ = FIRST_CARDS;

/**
 * How many cards the results filled the screen with last (the grid says,
 * rememberCardsOnScreen): a query reads that many first, and shows them, so
 * that a keystroke waits only for the cards the viewer will see (each file
 * of cards is a request; a screen whose results start below the moments
 * shows a row or two). The next ones are read as the grid asks for them.
 */
let cardsOnScreen = CARDS_READ;
/** The same, as the grid said it: a large screen holds more than a read's worth. */
let screenful = CARDS_READ;

/** The grid of results says how many cards fill the screen: the next query reads that many first (at least one, at most CARDS_READ). */
export function rememberCardsOnScreen(count: number) {
  screenful = count;
  cardsOnScreen = Math.max(1, Math.min(CARDS_READ, count));
}

/** Whether the screen still lacks cards the results have: the list is busy until they are read. */
export const screenLacksCards = (shown: number, onScreen: number, total: number) => shown < Math.min(onScreen, total);

/**
 * How long after the query last changed the cards beyond the screen are read
 * ahead. Reading ahead is for scrolling, which comes once typing stops; while
 * the viewer types, each letter's own files come first. Two dozen cards
 * files fetched behind a letter held all of a host's HTTP/1.1 connections,
 * and the next letter's words file waited its turn (bench:search, (b)).
 */
export const READ_AHEAD_AFTER_TYPING_MS = 250;

/** When the query last changed (useEpisodeResults): read-ahead waits until READ_AHEAD_AFTER_TYPING_MS after it. */
let queryChangedAt = -Infinity;

/** How many points a word earns an episode: 3 when what the episode is about holds it, 1 when only its other text does. */
const ABOUT_POINTS = 3;
const MORE_POINTS = 1;

/**
 * The points a word earns each episode whose text holds a word that starts
 * with it, by catalog position (0 where it earns none): an array as long as
 * the catalog's positions, which a keystroke reads in a few tenths of a
 * millisecond where a map of 10,000 entries, and sorting it, cost several.
 */
export type WordMatches = Uint8Array;

/**
 * Matches of a query's word in the entries of its words file (a one-letter
 * word: the file's single entry holds every word that starts with it).
 */
export function matchesOfWord(word: string, entries: readonly unknown[]): WordMatches {
  const lists: Array<[points: number, positions: number[]]> = [];
  let last = -1;
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[0].startsWith(word)) continue;
    const [, about, more] = entry as [string, unknown, unknown];
    for (const [points, gaps] of [[ABOUT_POINTS, about], [MORE_POINTS, more]] as const) {
      if (!Array.isArray(gaps)) continue;
      // Ascending: the list's last position is its highest.
      const positions = fromGaps(gaps);
      lists.push([points, positions]);
      last = Math.max(last, positions.at(-1) ?? -1);
    }
  }
  const matches = new Uint8Array(last + 1);
  // An episode earns the most any word of the file gives it: what it is about outweighs its other text.
  for (const [points, positions] of lists) for (const position of positions) if (points > matches[position]!) matches[position] = points;
  return matches;
}

/**
 * The episodes that match every word, most points first and newest (lowest
 * position) first among equals: the catalog's own search's order
 * (search.ts), for words that start words. One walk along the positions, in
 * order, puts each episode at the end of its points total's list: the lists
 * come out in catalog order with nothing to sort.
 */
export function rankedPositions(perWord: readonly WordMatches[]): number[] {
  if (perWord.length === 0) return [];
  const length = Math.min(...perWord.map((points) => points.length));
  const byPoints = new Map<number, number[]>();
  positions: for (let position = 0; position < length; position++) {
    let total = 0;
    for (const points of perWord) {
      const earned = points[position]!;
      if (earned === 0) continue positions;
      total += earned;
    }
    const tier = byPoints.get(total);
    if (tier) tier.push(position);
    else byPoints.set(total, [position]);
  }
  return [...byPoints.keys()].sort((a, b) => b - a).flatMap((points) => byPoints.get(points)!);
}

const files = new Map<string, Promise<unknown>>();
/** The files fetched so far, by path: what a keystroke can read without waiting (answerAtHand). */
const filesRead = new Map<string, unknown>();

/**
 * A file of the index, fetched once; a failed fetch is forgotten, so the next
 * query asks again. `low` for files read ahead of need: a host over HTTP/1.1
 * serves a few requests at a time, and the next keystroke's go first.
 */
function indexFile(path: string, priority: RequestPriority = 'auto'): Promise<unknown> {
  let file = files.get(path);
  if (!file) {
    file = fetch(`${import.meta.env.BASE_URL}${path}`, { priority }).then(async (response) => {
      // The build writes a words file only for a key some episode's words start with: none is no word, not a failure.
      const content: unknown = response.status === 404 && isWordsFile(path) ? [] : response.ok ? await response.json() : undefined;
      if (content === undefined) throw new Error(`${path}: ${response.status}`);
      filesRead.set(path, content);
      noteCardsIn(content);
      return content;
    });
    file.catch(() => files.delete(path));
    files.set(path, file);
  }
  return file;
}

const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/**
 * The keys that have a words file (keys.json), read once, when the viewer
 * reaches for the search box or at the first keystroke: a word whose key is
 * not among them matches nothing, and its file, which the build never wrote,
 * is not asked for (a 404 in the console). A words file waits for the list
 * while it is on its way (it is small, and mostly there before the first
 * letter); if it cannot be read, every key's file is asked for, and a missing
 * one still matches nothing.
 */
let keysRead: Promise<ReadonlySet<string> | undefined> | undefined;
/** The same list, once it has come: a keystroke answered at hand reads it without waiting. */
let keysWithWords: ReadonlySet<string> | undefined;
export function readEpisodeIndexKeys() {
  keysRead ??= indexFile(KEYS_FILE).then(
    (keys) => (keysWithWords = new Set(asList(keys).filter((key): key is string => typeof key === 'string'))),
    () => undefined,
  );
}

/** Whether the list of keys says a key has no words file: then it is read as an empty one. */
function noteKeyWithoutWords(key: string) {
  const file = wordsFile(key);
  if (keysWithWords && !keysWithWords.has(key) && !filesRead.has(file)) filesRead.set(file, []);
}

/** A key's words file: read, or known to be none (no word starts with the key). */
function wordsOf(key: string): Promise<unknown> {
  readEpisodeIndexKeys();
  return keysRead!.then(() => {
    noteKeyWithoutWords(key);
    const file = wordsFile(key);
    return filesRead.has(file) ? filesRead.get(file) : indexFile(file);
  });
}

/** The positions of every episode matching the query, in the order shown. */
async function searchIndex(words: readonly string[]): Promise<number[]> {
  const perWord = await Promise.all(words.map(wordMatches));
  return rankedPositions(perWord);
}

/**
 * The matches of each word lately searched: a query's other words are
 * matched again at every keystroke (`observability g`, `observability gr`),
 * and at 10,000 episodes a common word's lists are long enough to cost a
 * keystroke's frame. Matches depend only on the word (its file never changes).
 */
const matchesByWord = new Map<string, { matches: Promise<WordMatches>; known?: WordMatches }>();
const WORDS_REMEMBERED = 32;

/** A word's matches as remembered, or as they come once its file is read (which this starts). */
function wordMatches(word: string): Promise<WordMatches> {
  return rememberedMatches(word, true)!.matches;
}

/**
 * A word's matches, if remembered or if its file is read (without waiting:
 * undefined otherwise). Starts reading the file when `read`.
 */
function rememberedMatches(word: string, read = false): { matches: Promise<WordMatches>; known?: WordMatches } | undefined {
  let entry = matchesByWord.get(word);
  if (entry) {
    // Latest used last: the oldest is the first forgotten.
    matchesByWord.delete(word);
  } else {
    const key = wordKey(word);
    const file = wordsFile(key);
    noteKeyWithoutWords(key);
    if (filesRead.has(file)) {
      const known = matchesOfWord(word, asList(filesRead.get(file)));
      entry = { matches: Promise.resolve(known), known };
    } else if (read) {
      const reading: { matches: Promise<WordMatches>; known?: WordMatches } = {
        matches: wordsOf(key).then((entries) => (reading.known = matchesOfWord(word, asList(entries)))),
      };
      // A file that failed is forgotten (indexFile), and so are its matches.
      reading.matches.catch(() => matchesByWord.delete(word));
      entry = reading;
    } else {
      return undefined;
    }
  }
  matchesByWord.set(word, entry);
  if (matchesByWord.size > WORDS_REMEMBERED) matchesByWord.delete(matchesByWord.keys().next().value!);
  return entry;
}

/**
 * Starts fetching the files a query's words need, as the keystroke arrives,
 * before the page draws it: the results' own search (useEpisodeResults)
 * runs after that, and finds them on their way.
 */
export function prefetchEpisodeResults(filters: CatalogFilters) {
  for (const word of indexQuery(filters) ?? []) wordsOf(wordKey(word)).catch(() => undefined);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** A card read from a cards file; undefined for anything that is not one. */
export function cardOf(value: unknown): CatalogEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { slug, title, publishedAt, duration, videoId, show, technologies, chapterCount } = value as Record<string, unknown>;
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!isText(slug) || !isText(title) || !isText(publishedAt) || !isText(videoId) || !count(duration) || !count(chapterCount)) return undefined;
  if (show !== undefined && !isText(show)) return undefined;
  if (!Array.isArray(technologies) || !technologies.every(isText)) return undefined;
  return { slug, title, publishedAt, duration, videoId, show, technologies, chapterCount };
}

/**
 * Each episode's card, read once: the next query that lists the episode gets
 * the same object, so its card in the grid (a memo) is not drawn again.
 */
const cardsRead = new Map<number, CatalogEntry | undefined>();

async function cardAt(position: number, priority?: RequestPriority): Promise<CatalogEntry | undefined> {
  if (!cardIsRead(position)) await indexFile(cardsFile(position), priority);
  return cardRead(position);
}

/**
 * Keeps the cards a words file carries (its last element, src/content/episode-index.ts):
 * the first results of its key's own query, shown without reading their cards files.
 * Anything that is not a card is left for its cards file to say.
 */
function noteCardsIn(content: unknown) {
  const last = Array.isArray(content) ? content.at(-1) : undefined;
  const carried = typeof last === 'object' && last !== null && !Array.isArray(last) ? (last as { cards?: unknown }).cards : undefined;
  if (!Array.isArray(carried)) return;
  for (const pair of carried) {
    if (!Array.isArray(pair)) continue;
    const [position, value] = pair as [unknown, unknown];
    const card = cardOf(value);
    if (card && Number.isSafeInteger(position) && (position as number) >= 0 && !cardsRead.has(position as number)) cardsRead.set(position as number, card);
  }
}

const cardIsRead = (position: number) => cardsRead.has(position) || filesRead.has(cardsFile(position));

/** A card whose file is read (cardIsRead); undefined for one that is not a card. */
function cardRead(position: number): CatalogEntry | undefined {
  if (!cardsRead.has(position)) cardsRead.set(position, cardOf(asList(filesRead.get(cardsFile(position)))[position % CARDS_PER_FILE]));
  return cardsRead.get(position);
}

/**
 * A query's results, when everything they need is already read: its words'
 * files and the cards of its first `count` episodes (those that fill the
 * screen). Then a keystroke shows them in the same frame it is drawn in,
 * where waiting for even a settled promise, and drawing the page a second
 * time, cost it a frame: the letters that narrow a word mostly find all they
 * need read by the letters before. Undefined when anything must be fetched.
 */
export function answerAtHand(words: readonly string[], count: number) {
  const perWord: WordMatches[] = [];
  for (const word of words) {
    const known = rememberedMatches(word)?.known;
    if (!known) return undefined;
    perWord.push(known);
  }
  const ranked = rankedPositions(perWord);
  const first = ranked.slice(0, count);
  if (!first.every(cardIsRead)) return undefined;
  const cards = first.map(cardRead);
  return { ranked, read: first.length, episodes: cards.filter((card) => card !== undefined), unreadable: cards.filter((card) => card === undefined).length };
}

/** The cards of these episodes, in order; undefined for one that cannot be read. */
const cardsOf = (positions: readonly number[], priority?: RequestPriority): Promise<Array<CatalogEntry | undefined>> =>
  Promise.all(positions.map((position) => cardAt(position, priority)));

export type EpisodeResults =
  /** Not asked (no words, a show or technology picked, or no index): the catalog's own search answers. */
  | { state: 'none' }
  /** Nothing to show for this query yet. */
  | { state: 'searching' }
  /** The index could not answer (a file failed to load): the catalog's own search answers instead. */
  | { state: 'failed' }
  | {
      state: 'ready';
      /** Whether these results answer an earlier query, while the one typed since is searched. */
      stale: boolean;
      /** Matching episodes in all. */
      total: number;
      /** The first of them, in order, whose cards have been read. */
      episodes: readonly CatalogEntry[];
      /** Reads the next cards (the viewer scrolled toward them). */
      readMore(): void;
    };

interface Answer {
  key: string;
  total: number;
  episodes: readonly CatalogEntry[];
  readMore(count?: number, priority?: RequestPriority): void;
}

/** What the index is asked for these filters: the query's words; nothing when a show or technology is picked (the catalog answers those). */
export function indexQuery(filters: CatalogFilters): string[] | undefined {
  if (filters.show !== undefined || filters.technology !== undefined) return undefined;
  const words = queryWords(filters.query);
  return words.length > 0 ? words : undefined;
}

/** The episodes matching these filters, from the index, when `available` and the index can answer them. */
export function useEpisodeResults(filters: CatalogFilters, available: boolean): EpisodeResults {
  const words = available ? indexQuery(filters) : undefined;
  const key = words ? words.join(' ') : '';
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [failedKey, setFailedKey] = useState<string | undefined>();
  // What needs no fetch is answered as the keystroke is drawn; the effect below then reads on from it.
  const atHand = useMemo(() => (key === '' ? undefined : answerAtHand(key.split(' '), cardsOnScreen)), [key]);
  // Once the search is cleared, its results are forgotten: the next search, begun from the whole
  // catalog, shows that it is searching rather than an earlier search's results (and does not draw them).
  if (key === '' && answer !== undefined) setAnswer(undefined);

  useEffect(() => {
    queryChangedAt = performance.now();
    if (key === '') return;
    let cancelled = false;
    let ranked: number[] = [];
    const episodes: CatalogEntry[] = [];
    let read = 0;
    let unreadable = 0;
    let reading = false;
    const fail = () => {
      if (!cancelled) setFailedKey(key);
    };
    const show = () => setAnswer({ key, total: ranked.length - unreadable, episodes: [...episodes], readMore });
    // The first cards fill the screen; the next ones are read ahead of the viewer's scrolling, behind any keystroke's.
    function readMore(count = CARDS_READ, priority: RequestPriority = 'low') {
      if (cancelled || reading || read >= ranked.length) return;
      reading = true;
      const batch = ranked.slice(read, read + count);
      cardsOf(batch, priority).then((cards) => {
        if (cancelled) return;
        reading = false;
        read += batch.length;
        // A card that could not be read (a damaged file) is neither shown nor counted.
        for (const card of cards) {
          if (card) episodes.push(card);
          else unreadable++;
        }
        show();
      }, fail);
    }
    if (atHand) {
      ({ ranked, read, unreadable } = atHand);
      episodes.push(...atHand.episodes);
      show();
    } else {
      searchIndex(key.split(' ')).then((positions) => {
        if (cancelled) return;
        ranked = positions;
        if (ranked.length === 0) show();
        else readMore(cardsOnScreen, 'high');
      }, fail);
    }
    return () => {
      cancelled = true;
    };
  }, [key, atHand]);

  // The grid asks as it draws the cards it has (a layout effect, or a scroll). Cards the screen still
  // lacks (the list is busy until they are read: a screen that shows more of them than the last one
  // did) are read at once. Reading ahead starts once the frame is on screen, so that sending two
  // dozen requests (a millisecond or so of the page's each) does not hold up the cards the viewer is
  // waiting for, and once typing has paused. A letter typed meanwhile ends this answer (its readMore
  // then reads nothing), and the next one's grid asks again.
  const readMore = useCallback(() => {
    if (!answer) return;
    if (screenLacksCards(answer.episodes.length, screenful, answer.total)) {
      answer.readMore(CARDS_READ, 'high');
      return;
    }
    const typing = Math.max(0, queryChangedAt + READ_AHEAD_AFTER_TYPING_MS - performance.now());
    requestAnimationFrame(() => setTimeout(() => answer.readMore(), typing));
  }, [answer]);
  if (key === '') return { state: 'none' };
  if (failedKey === key) return { state: 'failed' };
  // Until the effect has taken it over (it reads the next cards from there), the answer at hand is shown as it is.
  if (atHand && answer?.key !== key) return { state: 'ready', stale: false, total: atHand.ranked.length - atHand.unreadable, episodes: atHand.episodes, readMore };
  if (!answer) return { state: 'searching' };
  return { state: 'ready', stale: answer.key !== key, total: answer.total, episodes: answer.episodes, readMore };
}
