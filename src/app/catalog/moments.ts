// Moments a search finds (product.md, Search finds moments): what the home
// page lists from Pagefind's results. Plain functions, no DOM, no React.
// Pagefind hands back excerpts as HTML with the matched words in <mark>;
// they are never put into the page as markup: they are split here into plain
// text and marked text, and React writes both as text.
import { secondOfAnchor } from '@/content/moment-anchor';

/** A piece of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A chapter or a stretch of transcript whose words match, and where it starts. */
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

/** The parts of Pagefind's result data this page reads. */
export interface PagefindResultData {
  meta?: Record<string, string | undefined>;
  sub_results?: Array<{
    excerpt?: string;
    anchor?: { element?: string; id?: string };
  }>;
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

/** The episode's slug, from the record's meta (the build writes it), when it is one. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The moments in one episode's result: each part of it that starts at a
 * chapter or a stretch of transcript (a heading whose id names a second) and
 * holds a match. A hit in the episode's own text (title, description) is the
 * episode, not a moment in it: it has no anchor, and is left out.
 */
export function momentsOfResult(data: PagefindResultData): Moment[] {
  const slug = data.meta?.slug;
  if (slug === undefined || !SLUG.test(slug)) return [];
  const episodeTitle = data.meta?.title ?? slug;
  const moments: Moment[] = [];
  for (const part of data.sub_results ?? []) {
    const second = secondOfAnchor(part.anchor?.id);
    if (second === undefined) continue;
    const excerpt = excerptParts(part.excerpt ?? '');
    if (!excerpt.some((piece) => piece.marked)) continue;
    moments.push({ slug, episodeTitle, second, kind: part.anchor?.element === 'h2' ? 'chapter' : 'transcript', excerpt });
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
