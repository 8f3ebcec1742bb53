// How the search index names a moment: the id of the heading where a chapter
// or a stretch of transcript starts carries its second (`t-2807`). The build
// writes these ids (src/build/search-index.ts); the home page reads a hit's
// id back into the second its link starts at (src/app/catalog/moments.ts).

const PREFIX = 't-';

/** `t-2807` for a moment at 2807.4 s: whole seconds, as `?t=` links use. */
export const momentAnchorId = (second: number) => `${PREFIX}${Math.max(0, Math.floor(second))}`;

/** The second an anchor id names, or undefined for anything else (a hostile or foreign id is no moment). */
export function secondOfAnchor(id: string | undefined): number | undefined {
  if (id === undefined || !id.startsWith(PREFIX)) return undefined;
  const digits = id.slice(PREFIX.length);
  if (!/^\d{1,7}$/.test(digits)) return undefined;
  return Number(digits);
}

/**
 * Where each line of a record's transcript starts: the place of its first word among the record's
 * words (as Pagefind counts them: runs of text between whitespace, from the record's first
 * heading) and its whole second. A record's meta carries them (search-index.ts), and the home
 * page lands a moment on the line that says the words found (moments.ts). A meta, not an element
 * with an id per line: Pagefind keeps an anchor for each such element, and at 1,000 hour-long
 * transcripts they took its indexer 360 MB more.
 */
export interface LineStart {
  word: number;
  second: number;
}

/** The meta key the lines go under. */
export const LINES_META = 'lines';

/** `0.2489 12.4 13.3`: the first line's place and second, then each next one's as steps from the last (no commas: they part a Pagefind meta's keys). */
export function encodeLineStarts(lines: readonly LineStart[]): string {
  let word = 0;
  let second = 0;
  return lines
    .map((line) => {
      const step = `${line.word - word}.${line.second - second}`;
      word = line.word;
      second = line.second;
      return step;
    })
    .join(' ');
}

/** The lines a meta names, in order; undefined when it is anything but what encodeLineStarts writes. */
export function decodeLineStarts(text: string | undefined): LineStart[] | undefined {
  if (text === undefined || !/^\d{1,9}\.\d{1,7}(?: \d{1,9}\.\d{1,7})*$/.test(text)) return undefined;
  let word = 0;
  let second = 0;
  return text.split(' ').map((step) => {
    const [words, seconds] = step.split('.');
    word += Number(words);
    second += Number(seconds);
    return { word, second };
  });
}
