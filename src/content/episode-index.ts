// The episode index: what the build writes (src/build/episode-index.ts) for
// the home page's episode results (src/app/catalog/episode-search.ts), so that
// a query downloads the few small files its words need, never every episode.
// Its words are folded as search-text.ts folds them, and a query's word
// matches every word of an episode's text that starts with it.
//
// - `words-<key>.json`: the words that start with a two-letter key (or, for a
//   one-letter key, a single entry for all of them at once), each with the
//   episodes whose title, show or technologies hold it (`about`) and those
//   whose other text (subtitle, description, chapter titles) does and whose
//   `about` does not (`more`). Episodes are numbered by their place in the
//   catalog (0, the newest), written as gaps from the one before. Its last
//   element is not a word but `{ "cards": [[position, card], …] }`: the cards
//   of the first FIRST_CARDS episodes that a query of the key alone lists
//   (`o`, `ob`), so that a word's first two letters, which each need a words
//   file not read before, need no cards file after it (a second round trip,
//   a dozen requests wide, before anything could be shown).
// - `cards-<n>.json`: the catalog entries of episodes 16n to 16n + 15.
// - `keys.json`: every key that has a words file, so that a word no episode's
//   words start with is known to match nothing without asking for a file.

export const EPISODE_INDEX_FOLDER = 'episode-index';
export const CARDS_PER_FILE = 16;
/** How many cards a words file carries: a large screen's worth of results (as many as the home page reads at a time). */
export const FIRST_CARDS = 24;

/** One entry of a words file. */
export type IndexedWord = readonly [word: string, about: readonly number[], more: readonly number[]];

/** The file a word is looked up in: its first two characters, or its one. */
export const wordKey = (word: string) => [...word].slice(0, 2).join('');

/** A key's file, named by its characters' code points (any character is safe in the name). */
export const wordsFile = (key: string) =>
  `${EPISODE_INDEX_FOLDER}/words-${[...key].map((character) => character.codePointAt(0)!.toString(36)).join('-')}.json`;

/** Whether a path is a words file's (the build writes one only for a key some word starts with). */
export const isWordsFile = (path: string) => path.startsWith(`${EPISODE_INDEX_FOLDER}/words-`);

export const KEYS_FILE = `${EPISODE_INDEX_FOLDER}/keys.json`;

export const cardsFile = (position: number) => `${EPISODE_INDEX_FOLDER}/cards-${Math.floor(position / CARDS_PER_FILE)}.json`;

/** Ascending episode numbers as gaps from the one before: [3, 5, 9] is [3, 2, 4]. */
export function asGaps(positions: readonly number[]): number[] {
  return positions.map((position, index) => position - (index === 0 ? 0 : positions[index - 1]!));
}

/** Episode numbers from gaps; anything that is not a whole number ends the list (a damaged file finds less, quietly). */
export function fromGaps(gaps: readonly unknown[]): number[] {
  const positions: number[] = [];
  let position = 0;
  for (const gap of gaps) {
    if (typeof gap !== 'number' || !Number.isInteger(gap) || gap < 0) break;
    position += gap;
    positions.push(position);
  }
  return positions;
}
