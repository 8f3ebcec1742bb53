// Pages made from the built app shell (dist/index.html), and the sitemap.
// The shell is Vite's output, so its scripts and styles stay exactly as
// built; a page only swaps the head's title and description for its own,
// adds tags, and fills the app's root for readers without JavaScript.
import { escapeHtml } from './html-escape.ts';

const TITLE = /<title>[\s\S]*?<\/title>/i;
const DESCRIPTION = /<meta\s+name=["']description["'][^>]*>/i;
const HEAD_END = /<\/head>/i;
const EMPTY_ROOT = /<div id="root"><\/div>/;
const POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;
const CHARSET = /<meta\s+charset=[^>]*>/i;
const HEAD_START = /<head\b[^>]*>/i;

export interface PageParts {
  /** The page's `<title>` text (not escaped yet): replaces the shell's. */
  title?: string;
  /** The page's meta description (not escaped yet): replaces the shell's. */
  description?: string;
  /**
   * Tags for the very top of the head, ready-made: right after the Content
   * Security Policy, which must come first, and before any stylesheet, which
   * would hold back a script below it until it had loaded.
   */
  headStart?: string;
  /** More tags for the head, ready-made. */
  head?: string;
  /** Markup for inside the app's root, shown until the app starts. */
  body?: string;
  /** Markup after the app's root, which the app never touches (the watch page's transcript). */
  afterRoot?: string;
}

/**
 * The shell with a page's own title, description, head tags and body. A build makes some 20,000 pages from
 * two shells: each shell is searched once for the places its pages fill (shellPlaces), and each page is the
 * shell's text between them, joined with the page's own (bench:content at 10,000 episodes: searching each
 * page's shell anew, 40 KB with its stylesheet, took 1.4 s).
 */
export function pageFromShell(shell: string, parts: PageParts): string {
  let places = placesByShell.get(shell);
  if (!places) {
    places = shellPlaces(shell);
    // A build has a handful of shells; the dev server and tests make more, which need not be kept.
    if (placesByShell.size >= 8) placesByShell.delete(placesByShell.keys().next().value!);
    placesByShell.set(shell, places);
  }
  const { title, description, headStart, head, body, afterRoot } = parts;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  // Tags the shell has no place for, and the page's own, go at the end of its head, in this order.
  const beforeHeadEnd: string[] = [];
  const replaceOrAppend = (place: Span | undefined, tag: string) => (place ? edits.push({ ...place, text: tag }) : beforeHeadEnd.push(tag));
  if (title !== undefined) replaceOrAppend(places.title, `<title>${escapeHtml(title)}</title>`);
  if (description !== undefined) replaceOrAppend(places.description, `<meta name="description" content="${escapeHtml(description)}" />`);
  if (headStart) {
    if (places.headTop === undefined) throw new Error('The app shell (index.html) has no <head>: nowhere to put the first tags of the head');
    edits.push({ start: places.headTop, end: places.headTop, text: `\n    ${headStart}` });
  }
  if (head) beforeHeadEnd.push(head);
  if (beforeHeadEnd.length > 0) edits.push({ start: places.headEnd, end: places.headEnd, text: beforeHeadEnd.map((tag) => `  ${tag}\n  `).join('') });
  if ((body !== undefined || afterRoot) && places.root) edits.push({ ...places.root, text: `<div id="root">${body ?? ''}</div>${afterRoot ?? ''}` });
  // In the shell's order; where a tag goes in at the start of a part replaced, the tag first.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let from = 0;
  for (const edit of edits) {
    html += shell.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return html + shell.slice(from);
}

interface Span {
  start: number;
  end: number;
}

/** Where a shell's pages put their own parts (see PageParts), as offsets into it. */
interface ShellPlaces {
  title?: Span;
  description?: Span;
  /** Just after the Content Security Policy, or else the charset, or else `<head>`. */
  headTop?: number;
  /** Just before `</head>`. */
  headEnd: number;
  /** The app's empty root. */
  root?: Span;
}

const placesByShell = new Map<string, ShellPlaces>();

function shellPlaces(shell: string): ShellPlaces {
  const span = (pattern: RegExp): Span | undefined => {
    const found = pattern.exec(shell);
    return found ? { start: found.index, end: found.index + found[0].length } : undefined;
  };
  const headEnd = span(HEAD_END);
  if (!headEnd) throw new Error('The app shell (index.html) has no </head>: cannot prerender pages');
  const top = span(POLICY) ?? span(CHARSET) ?? span(HEAD_START);
  return { title: span(TITLE), description: span(DESCRIPTION), headTop: top?.end, headEnd: headEnd.start, root: span(EMPTY_ROOT) };
}

const STYLESHEET_LINK = /<link\b(?=[^>]*\brel=["']?stylesheet\b)[^>]*\bhref=["']?([^"'\s>]+)[^>]*>\s*/gi;

/**
 * A page with its stylesheets written in: one `<style>` where the first
 * `<link rel="stylesheet">` was, holding each linked sheet in order, then
 * those of `moreHrefs`, each read by its href. Every sheet must be read (a
 * page drawn without its styles would look broken); nothing to inline leaves
 * the page as it was. Returns the style element's text too, which the page's policy
 * allows by its hash.
 */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined, moreHrefs: readonly string[] = []): { html: string; css: string } {
  const readSheet = (href: string) => {
    const css = read(href);
    if (css === undefined) throw new Error(`Cannot inline the stylesheet ${href}: it is not in the build`);
    return css.trim();
  };
  const sheets: string[] = [];
  let first = true;
  const withoutLinks = html.replace(STYLESHEET_LINK, (_link, href: string) => {
    sheets.push(readSheet(href));
    const placeholder = first ? STYLE_PLACEHOLDER : '';
    first = false;
    return placeholder;
  });
  const css = [...sheets, ...moreHrefs.map(readSheet)].filter(Boolean).join('\n');
  if (css === '') return { html, css };
  // Inline, `</style` would end the element early.
  if (/<\/style/i.test(css)) throw new Error('A stylesheet holds "</style", which cannot be written inline');
  const element = `<style>${css}</style>\n    `;
  return { html: first ? withoutLinks.replace(HEAD_END, () => `  ${element}</head>`) : withoutLinks.replace(STYLE_PLACEHOLDER, () => element), css };
}

const STYLE_PLACEHOLDER = '\u0000style\u0000';

/** Preloads for scripts a page will import, so they download with the page rather than after it. */
export function preloadTags(base: string, files: { scripts: string[]; styles: string[] }): string {
  return [
    ...files.styles.map((file) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + file)}" />`),
    ...files.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}" />`),
  ].join('\n    ');
}

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  /** ISO date of the last change. */
  lastModified?: string;
}

/** A sitemap (sitemaps.org 0.9). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ url, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${escapeHtml(lastModified.slice(0, 10))}</lastmod>` : '';
    return `  <url><loc>${escapeHtml(url)}</loc>${lastmod}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
