// Real content as people should read it. Episode text was exported from other
// systems: descriptions carry `\n` written out as a backslash and an `n`, and
// HTML character references (`I&#x27;ll`, `&amp;`) that nothing will ever
// decode downstream, because the app shows content as text, never as markup.
// The build cleans that up once, here, so every page, feed and search index
// gets the same readable text. The result is still text: nothing in it
// becomes markup, and each place it lands escapes it as usual.
import type { Episode } from '../content/schema.ts';

/**
 * Named references authors' tools actually write, beyond the five XML ones.
 * Anything else is left as written: it may be text that only looks like one.
 */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  times: '\u00d7',
};

/**
 * A reference with its closing semicolon. `&` alone is ordinary text in
 * front-matter (`Q&A`), and so is one before a name we do not know (`R&D;`).
 */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/**
 * Decodes numeric (`&#39;`, `&#x27;`) and common named (`&amp;`) character
 * references, in one pass, so `&amp;lt;` becomes the text `&lt;` and not `<`.
 * A reference to no character (0, a lone surrogate, past U+10FFFF) or to a
 * name not in the table stays as written.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED_REFERENCES, name) ? NAMED_REFERENCES[name]! : reference;
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return isCharacter ? String.fromCodePoint(codePoint) : reference;
  });
}

/** `\n` written out (a backslash then `n`), not after another backslash (`\\n` is a backslash and an `n`). */
const WRITTEN_OUT_LINE_BREAK = /(?<!\\)(?:\\r)?\\n/g;

/**
 * Longer text (descriptions) with its line breaks real: `\n` written out
 * becomes a line break, a blank line (two or more) a paragraph break, and
 * spaces at the ends of lines and of the text go; references are decoded.
 */
export function readableParagraphs(text: string): string {
  return decodeCharacterReferences(
    text
      .replace(WRITTEN_OUT_LINE_BREAK, '\n')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  );
}

/**
 * A description without the subtitle it opens with: pages show the subtitle
 * just above it, so it would read twice. Only a whole subtitle counts (`Go`
 * does not cut `Gophers…`), with the punctuation and space right after it.
 */
export function withoutLeadingSubtitle(description: string, subtitle: string | undefined): string {
  const opening = subtitle?.trim();
  if (!opening || !description.startsWith(opening)) return description;
  const rest = description.slice(opening.length);
  if (rest !== '' && !/^[\s.:;,!?\u2013\u2014-]/.test(rest)) return description;
  return rest.replace(/^[.:;,!?]?\s*(?:[\u2013\u2014-]\s+)?/, '');
}

/** Shorter than this, a subtitle is a title of its own, even when the description starts with its letters (`Go`). */
const EXCERPT_LENGTH = 40;

/**
 * Whether a subtitle is the description's opening cut off mid-word, as some
 * exports made them (`…before customers noti`): it says nothing the
 * description does not, and says it worse.
 */
export function isCutFromDescription(subtitle: string, description: string): boolean {
  return (
    subtitle.length >= EXCERPT_LENGTH &&
    description.length > subtitle.length &&
    description.startsWith(subtitle) &&
    /[\p{L}\p{N}]$/u.test(subtitle) &&
    /^[\p{L}\p{N}]/u.test(description.slice(subtitle.length))
  );
}

/**
 * An episode as pages show it: references decoded in every text, line breaks
 * made real in the subtitle and description, and the description without a
 * subtitle it repeats (left out when that is all it was); a subtitle that is
 * only the description cut short is left out instead. Chapter titles are
 * shown exactly as written (`<Untitled Chapter 1>` is text), so only their
 * references are decoded.
 */
export function readableEpisode(episode: Episode): Episode {
  const fullDescription = episode.description === undefined ? undefined : readableParagraphs(episode.description);
  let subtitle = episode.subtitle === undefined ? undefined : readableParagraphs(episode.subtitle);
  if (subtitle !== undefined && fullDescription !== undefined && isCutFromDescription(subtitle, fullDescription)) subtitle = undefined;
  const description = fullDescription === undefined ? undefined : withoutLeadingSubtitle(fullDescription, subtitle);
  const readable: Episode = {
    ...episode,
    title: decodeCharacterReferences(episode.title),
    chapters: episode.chapters.map((chapter) => ({ ...chapter, title: decodeCharacterReferences(chapter.title) })),
  };
  // Absent, not `undefined`: the episode's module and its tests see the same keys as before.
  delete readable.subtitle;
  delete readable.description;
  if (subtitle) readable.subtitle = subtitle;
  if (description) readable.description = description;
  return readable;
}
