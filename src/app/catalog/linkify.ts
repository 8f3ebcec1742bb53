// Finds the web addresses in an author's plain text, so a description can
// show them as links while everything else stays text (content is never markup).

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/** `http://` or `https://` and everything up to whitespace or a character that cannot end a URL in prose. */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** Sentence punctuation after an address belongs to the sentence: `see https://a.dev/x.` */
const TRAILING_PUNCTUATION = /[.,;:!?*_~]+$/;

/**
 * Splits text into plain parts and link parts. Only http and https addresses
 * become links, and only when they parse as URLs; a closing bracket ends the
 * address unless the address opened one (`(see https://en.wikipedia.org/wiki/Go_(language))`).
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const candidate = trimAddress(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > plainFrom) parts.push({ text: text.slice(plainFrom, start) });
    parts.push({ text: candidate, href });
    plainFrom = start + candidate.length;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom) });
  return parts;
}

function trimAddress(candidate: string): string {
  let address = candidate;
  for (;;) {
    const before = address;
    address = address.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      if (address.endsWith(close) && countOf(address, close) > countOf(address, open)) address = address.slice(0, -1);
    }
    if (address === before) return address;
  }
}

const countOf = (text: string, character: string) => text.split(character).length - 1;

/** The address as an href when it is a well-formed http(s) URL with a host; else undefined. */
export function safeHref(address: string): string | undefined {
  try {
    const url = new URL(address);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
