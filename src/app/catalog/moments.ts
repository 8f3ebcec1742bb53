// Moments a search finds (product.md, Search finds moments): what the home
// page lists from Pagefind's results. Plain functions, no DOM, no React.
// Pagefind hands back excerpts as HTML with the matched words in <mark>;
// they are never put into the page as markup: they are split here into plain
// text and marked text, and React writes both as text.
import { decodeLineStarts, LINES_META, secondOfAnchor, type LineStart } from '@/content/moment-anchor';

/** A piece of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A chapter or a line of transcript whose words match, and where it starts. */
export interface Moment {
  slug: string;
  /** The episode's title. */
  episodeTitle: string;
  /** Whole seconds from the episode's start: the link's `?t=`. */
  second: number;
  /** A chapter's title matched, or words spoken in it. */
  kind: 'chapter' | 'transcript';
  excerpt: ExcerptPart[];
}

/** Where an element with an id stands in a record: before its `location`-th word. */
export interface PagefindAnchor {
  element?: string;
  id?: string;
  location?: number;
}

/** A part of a result: the stretch under one heading that holds matches. */
export interface PagefindSubResult {
  excerpt?: string;
  anchor?: PagefindAnchor;
  /** Which of the record's words matched, by place. */
  locations?: number[];
}

/** The parts of Pagefind's result data this page reads. */
export interface PagefindResultData {
  meta?: Record<string, string | undefined>;
  /** Every element of the record with an id: its headings. */
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * HTML character references as the characters they stand for: `&lt;b&gt;`
 * reads `<b>`. Anything else that starts with `&` (Pagefind leaves a bare `&`
 * as it is) stays as written; a code point that is no character reads U+FFFD.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name]! : reference;
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) ? String.fromCodePoint(codePoint) : '\ufffd';
  });
}

/**
 * An excerpt from Pagefind as text: `<mark>` … `</mark>` become marked parts,
 * every other tag is dropped (none is expected: Pagefind escapes the text it
 * indexed) and character references are decoded. Neighbouring parts of the
 * same kind are joined; empty ones are left out.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw.replace(/<[^>]*>?/g, ''));
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else push(piece);
  }
  return parts;
}

const isPlace = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Which matched word the excerpt shows first, by its place among the record's
 * words. Pagefind's excerpt is a run of the record's words, joined by spaces,
 * in which every match of the part is marked: the run starts as many words
 * before its first mark as the excerpt shows there, and holds as many matches
 * as it shows marks. The first match that fits both is taken (the first
 * match when none does).
 */
export function firstShownMatch(excerpt: string, matches: readonly number[], partStart: number): number | undefined {
  if (matches.length === 0) return undefined;
  const words = excerpt.trim().split(/[^\S\uFEFF]+/);
  const before = words.findIndex((word) => word.startsWith('<mark>'));
  const marks = words.filter((word) => word.startsWith('<mark>')).length;
  if (before === -1) return matches[0];
  for (const [index, match] of matches.entries()) {
    const start = match - before;
    if (start < partStart || (index > 0 && matches[index - 1]! >= start)) continue;
    if (matches.filter((place) => place >= start && place < start + words.length).length === marks) return match;
  }
  return matches[0];
}

/**
 * The second of the line that says the words the excerpt shows: the last
 * line (the record's meta lists them, search-index.ts) that starts at or
 * before that word within the part. A chapter's part has none; a record
 * whose lines do not start the part where Pagefind says its heading is (its
 * words counted otherwise) is not trusted: the part's own second it is.
 */
export function secondOfLine(part: PagefindSubResult, anchors: readonly PagefindAnchor[], lines: readonly LineStart[], partSecond: number): number {
  const partStart = isPlace(part.anchor?.location) ? part.anchor.location : undefined;
  if (partStart === undefined || !lines.some((line) => line.word === partStart && line.second === partSecond)) return partSecond;
  const matches = (part.locations ?? []).filter(isPlace).sort((a, b) => a - b);
  const shown = firstShownMatch(part.excerpt ?? '', matches, partStart);
  if (shown === undefined) return partSecond;
  // The part ends where the next heading starts.
  const headings = anchors.filter((anchor) => /^h\d$/i.test(anchor.element ?? '') && isPlace(anchor.location) && anchor.location > partStart);
  const partEnd = Math.min(...headings.map((anchor) => anchor.location!));
  let second = partSecond;
  for (const line of lines) if (line.word >= partStart && line.word <= shown && line.word < partEnd) second = line.second;
  return second;
}

/** The episode's slug, from the record's meta (the build writes it), when it is one. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The moments in one episode's result: each part of it that starts at a
 * chapter or a paragraph of transcript (a heading whose id names a second)
 * and holds a match, at the chapter's second or at the line that says the
 * words shown. A hit in the episode's own text (title, description) is the
 * episode, not a moment in it: it has no anchor, and is left out.
 */
export function momentsOfResult(data: PagefindResultData): Moment[] {
  const slug = data.meta?.slug;
  if (slug === undefined || !SLUG.test(slug)) return [];
  const episodeTitle = data.meta?.title ?? slug;
  const lines = decodeLineStarts(data.meta?.[LINES_META]) ?? [];
  const moments: Moment[] = [];
  for (const part of data.sub_results ?? []) {
    const partSecond = secondOfAnchor(part.anchor?.id);
    if (partSecond === undefined) continue;
    const excerpt = excerptParts(part.excerpt ?? '');
    if (!excerpt.some((piece) => piece.marked)) continue;
    const kind = part.anchor?.element === 'h2' ? 'chapter' : 'transcript';
    const second = kind === 'chapter' ? partSecond : secondOfLine(part, data.anchors ?? [], lines, partSecond);
    moments.push({ slug, episodeTitle, second, kind, excerpt });
  }
  return moments;
}

/**
 * The moments of several results, best result first, at most `perEpisode`
 * from each episode (chapters before transcript lines, then in order of time,
 * within each result) and `limit` in all, so one long episode cannot fill the
 * list. An episode's transcript is indexed in stretches (search-index.ts), so
 * several results may be one episode's.
 */
export function momentsOf(results: readonly PagefindResultData[], { perEpisode = 3, limit = 12 } = {}): Moment[] {
  const listed: Moment[] = [];
  const fromEpisode = new Map<string, number>();
  for (const result of results) {
    const moments = momentsOfResult(result).sort((a, b) => (a.kind === b.kind ? a.second - b.second : a.kind === 'chapter' ? -1 : 1));
    for (const moment of moments) {
      if (listed.length === limit) return listed;
      const taken = fromEpisode.get(moment.slug) ?? 0;
      if (taken === perEpisode) break;
      fromEpisode.set(moment.slug, taken + 1);
      listed.push(moment);
    }
  }
  return listed;
}
