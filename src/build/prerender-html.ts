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

/** The shell with a page's own title, description, head tags and body. */
export function pageFromShell(shell: string, { title, description, headStart, head, body, afterRoot }: PageParts): string {
  if (!HEAD_END.test(shell)) throw new Error('The app shell (index.html) has no </head>: cannot prerender pages');
  let html = shell;
  // Functions as replacements, so that a `$&` in content is not read as a pattern.
  if (title !== undefined) {
    const tag = `<title>${escapeHtml(title)}</title>`;
    html = TITLE.test(html) ? html.replace(TITLE, () => tag) : html.replace(HEAD_END, () => `  ${tag}\n  </head>`);
  }
  if (description !== undefined) {
    const tag = `<meta name="description" content="${escapeHtml(description)}" />`;
    html = DESCRIPTION.test(html) ? html.replace(DESCRIPTION, () => tag) : html.replace(HEAD_END, () => `  ${tag}\n  </head>`);
  }
  if (headStart) {
    const top = POLICY.exec(html) ?? CHARSET.exec(html) ?? HEAD_START.exec(html);
    if (!top) throw new Error('The app shell (index.html) has no <head>: nowhere to put the first tags of the head');
    const at = top.index + top[0].length;
    html = `${html.slice(0, at)}\n    ${headStart}${html.slice(at)}`;
  }
  if (head) html = html.replace(HEAD_END, () => `  ${head}\n  </head>`);
  if (body !== undefined || afterRoot) html = html.replace(EMPTY_ROOT, () => `<div id="root">${body ?? ''}</div>${afterRoot ?? ''}`);
  return html;
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
