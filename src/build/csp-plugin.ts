// The site's Content Security Policy: a <meta> in the built index.html, which
// every prerendered page (watch pages, 404.html) is made from. Scripts and
// styles come only from the site itself (no eval, no inline script but the
// watch and embed pages' early script, and no inline style but the watch
// page's stylesheet, each by its hash; the search's WebAssembly may compile,
// except on watch and embed pages); media, posters and HLS requests also from
// the media base (VITE_MEDIA_BASE_URL). What a meta tag cannot say goes into
// `_headers`, which the prerender plugin writes with the pages (host-headers.ts).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { DEFAULT_MEDIA_BASE } from '../content/site.ts';

const SAFE_ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d+)?$/i;

/**
 * The media base's origin when it is on another site; undefined when it is a
 * path (`/media`) on the site itself, which 'self' already covers.
 */
export function mediaOrigin(mediaBase: string | undefined): string | undefined {
  const base = mediaBase?.trim() || DEFAULT_MEDIA_BASE;
  // `//cdn.example.com`: the page's own scheme, which a source without one means too.
  const schemeRelative = base.startsWith('//');
  const absolute = schemeRelative ? `https:${base}` : base;
  // A path (`/media`, `media`) is on the site itself; anything with a scheme must be a URL.
  if (!schemeRelative && !/^[a-z][a-z\d+.-]*:/i.test(base)) return undefined;
  const origin = URL.canParse(absolute) ? new URL(absolute).origin : '';
  // A host may hold characters (`;`, `"`) that would end the directive or the meta tag's attribute.
  if (!SAFE_ORIGIN.test(origin)) throw new Error(`VITE_MEDIA_BASE_URL must be a path or an http(s) URL, not "${base}"`);
  return schemeRelative ? origin.slice('https://'.length) : origin;
}

export interface PolicyOptions {
  /** VITE_MEDIA_BASE_URL: a path on the site, or an absolute URL. */
  mediaBase: string | undefined;
  /**
   * The policy as an HTTP header may say more than a <meta> can: browsers
   * ignore `frame-ancestors` (and reporting) in a meta tag.
   */
  asHeader?: boolean;
  /** Who may frame the page, as a header says it: the site itself unless told (the embed page: `*`). */
  frameAncestors?: string;
  /**
   * The page searches: the moment search's index (Pagefind) runs as
   * WebAssembly, which needs 'wasm-unsafe-eval' (compiling WebAssembly, not
   * evaluating strings as script). Only the pages that can show `/` have it.
   */
  search?: boolean;
  /** Inline scripts the page may run, by hash (`'sha256-…'`): the watch and embed pages' early script. */
  scriptHashes?: readonly string[];
  /** Inline style elements the page may apply, by hash: the watch page's stylesheet. */
  styleHashes?: readonly string[];
}

/** The policy's text, one directive after another. */
export function contentSecurityPolicy({ mediaBase, asHeader = false, frameAncestors = "'self'", search = false, scriptHashes = [], styleHashes = [] }: PolicyOptions): string {
  const media = mediaOrigin(mediaBase);
  const self = (...more: Array<string | undefined>) => ["'self'", ...more].filter(Boolean).join(' ');
  const directives: Array<[string, string]> = [
    ['default-src', self()],
    // Module scripts from the site only: no 'unsafe-inline', no 'unsafe-eval'; an inline script only by its hash.
    // The watch page's JSON-LD block is data, not script, so the policy does not apply to it.
    ['script-src', self(...scriptHashes, search ? WASM : undefined)],
    // Stylesheets from the site, or inline by their hash; React's `style` props go through the CSSOM, which this allows.
    ['style-src', self(...styleHashes)],
    // Posters from the media base; `data:` for the shell's empty favicon (`<link rel="icon" href="data:,">`).
    ['img-src', self(media, 'data:')],
    // The video and its caption track; hls.js plays through Media Source Extensions, a blob: URL.
    ['media-src', self(media, 'blob:')],
    // hls.js fetches playlists and segments (the ES module build starts no worker).
    ['connect-src', self(media)],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (asHeader) directives.push(['frame-ancestors', frameAncestors]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

const WASM = "'wasm-unsafe-eval'";

/**
 * A page made from the built shell, with the shell's policy minus what only
 * search needs: for pages that never show the search (watch pages).
 */
export function withoutSearchPolicy(html: string): string {
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self') 'wasm-unsafe-eval'/, '$1');
}

/** The policy's source for an inline script or style: `'sha256-…'` of its text as written between the tags. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A page made from the built shell, whose policy also allows an inline
 * script and an inline style element, each by its hash source (hashSource).
 * A shell without a policy (a build without this plugin) applies them anyway.
 */
export function allowingInline(html: string, { script, style }: { script?: string; style?: string }): string {
  const allow = (directive: string, source: string | undefined) => (page: string) =>
    source === undefined ? page : page.replace(new RegExp(`(<meta http-equiv="Content-Security-Policy" content="[^"]*${directive} 'self')`), (policy) => `${policy} ${source}`);
  return allow('style-src', style)(allow('script-src', script)(html));
}

/** A script element the browser would run (not a data block like JSON-LD) that has no `src`. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype=["']?application\/(?:ld\+)?json)[^>]*>/i;
const CHARSET = /<meta\s+charset=[^>]*>/i;

/**
 * Adds the policy's meta tag to the built index.html, right after the charset
 * (a policy covers only what comes after it). Build only: the dev server runs
 * inline scripts of its own (React Refresh, the HMR client).
 */
export function cspPlugin(): Plugin {
  let mediaBase: string | undefined;
  return {
    name: 'rawkode:csp',
    apply: 'build',
    configResolved(config) {
      // vite.config.ts settles VITE_MEDIA_BASE_URL before plugins run; Vite copies it into env.
      const fromEnv = config.env.VITE_MEDIA_BASE_URL ?? process.env.VITE_MEDIA_BASE_URL;
      mediaBase = typeof fromEnv === 'string' ? fromEnv : undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = INLINE_SCRIPT.exec(html);
        if (inline) throw new Error(`index.html has an inline script, which the Content Security Policy would block: ${inline[0]}`);
        // Written as is: the policy holds no quote or markup (mediaOrigin checks), and reads better unescaped.
        // The shell is `/` and every page that can become `/` by client navigation: it may search.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ mediaBase, search: true })}" />`;
        if (!CHARSET.test(html)) throw new Error('index.html has no <meta charset>: nowhere to put the Content Security Policy');
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
