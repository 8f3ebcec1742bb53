// The episode index's files (format in src/content/episode-index.ts), written
// beside the site: the home page's episode results read only the files a
// query's words need, and the cards of the episodes it shows.
import type { CatalogEntry } from '../content/schema.ts';
import { startsBeforeEnd } from '../content/site.ts';
import { foldForSearch } from '../content/search-text.ts';
import { asGaps, CARDS_PER_FILE, cardsFile, FIRST_CARDS, KEYS_FILE, wordKey, wordsFile, type IndexedWord } from '../content/episode-index.ts';
import { catalogEntry } from './module-code.ts';
import type { SearchableEpisode } from './search-index.ts';

export interface EpisodeIndexFile {
  /** Relative to the site's root. */
  path: string;
  content: string;
}

const wordsOf = (texts: readonly (string | undefined)[]) => new Set(foldForSearch(texts.filter(Boolean).join(' ')).split(' ').filter(Boolean));

/** Adds `position` to a word's list (positions arrive in ascending order, each once per word). */
function note(lists: Map<string, number[]>, word: string, position: number) {
  const list = lists.get(word);
  if (!list) lists.set(word, [position]);
  else if (list.at(-1) !== position) list.push(position);
}

/**
 * The index of these episodes, newest first as the catalog lists them: what
 * each is about (title, show, technologies) and what else it says (subtitle,
 * description, the titles of chapters that start before its end).
 */
export function episodeIndexFiles(episodes: readonly SearchableEpisode[]): EpisodeIndexFile[] {
  const about = new Map<string, number[]>();
  const more = new Map<string, number[]>();
  const cards: CatalogEntry[] = [];
  for (const [position, { episode, showName, technologyNames }] of episodes.entries()) {
    const aboutWords = wordsOf([episode.title, showName, ...technologyNames]);
    const chapters = episode.chapters.filter((chapter) => startsBeforeEnd(chapter, episode.duration));
    const moreWords = wordsOf([episode.subtitle, episode.description, ...chapters.map((chapter) => chapter.title)]);
    for (const word of aboutWords) note(about, word, position);
    for (const word of moreWords) if (!aboutWords.has(word)) note(more, word, position);
    cards.push(catalogEntry(episode));
  }

  // Each word in its two-letter file; every word under its first letter, for a one-letter query.
  const byKey = new Map<string, Map<string, { about: number[]; more: number[] }>>();
  const entry = (key: string, word: string) => {
    const words = byKey.get(key) ?? new Map<string, { about: number[]; more: number[] }>();
    byKey.set(key, words);
    const found = words.get(word) ?? { about: [], more: [] };
    words.set(word, found);
    return found;
  };
  for (const word of new Set([...about.keys(), ...more.keys()])) {
    const lists = { about: about.get(word) ?? [], more: more.get(word) ?? [] };
    const key = wordKey(word);
    if ([...key].length === 2) Object.assign(entry(key, word), lists);
    const letter = [...word][0]!;
    const all = entry(letter, letter);
    all.about.push(...lists.about);
    all.more.push(...lists.more);
  }

  const files: EpisodeIndexFile[] = [];
  for (const [key, words] of byKey) {
    const keyAbout = new Set<number>();
    const keyMore = new Set<number>();
    const indexed: IndexedWord[] = [...words].map(([word, lists]) => {
      const aboutPositions = [...new Set(lists.about)].sort((a, b) => a - b);
      const inAbout = new Set(aboutPositions);
      const morePositions = [...new Set(lists.more)].filter((position) => !inAbout.has(position)).sort((a, b) => a - b);
      for (const position of aboutPositions) keyAbout.add(position);
      for (const position of morePositions) keyMore.add(position);
      return [word, asGaps(aboutPositions), asGaps(morePositions)];
    });
    // The key's own query lists what any of its words is about first, then the rest, newest first in
    // each (the order the home page ranks a single word's results in, episode-search.ts).
    const first = [
      ...[...keyAbout].sort((a, b) => a - b),
      ...[...keyMore].filter((position) => !keyAbout.has(position)).sort((a, b) => a - b),
    ].slice(0, FIRST_CARDS);
    const firstCards = { cards: first.map((position) => [position, cards[position]!]) };
    files.push({ path: wordsFile(key), content: JSON.stringify([...indexed, firstCards]) });
  }
  // Every key written, so that a query's word whose key has no file is known to match nothing without asking for it.
  files.push({ path: KEYS_FILE, content: JSON.stringify([...byKey.keys()].sort()) });
  for (let start = 0; start < cards.length; start += CARDS_PER_FILE) {
    files.push({ path: cardsFile(start), content: JSON.stringify(cards.slice(start, start + CARDS_PER_FILE)) });
  }
  return files;
}
