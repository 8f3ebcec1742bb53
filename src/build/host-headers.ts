// The `_headers` file the build writes into dist/ (product.md, The embed page
// and its API): who may frame which page. A <meta> policy cannot say it
// (browsers ignore `frame-ancestors` there), so it is an HTTP header, in the
// format Netlify and Cloudflare Pages read. The embed page may be framed by
// any site; every other page only by the site itself.
//
// The two hosts disagree when rules that match the same path set the same
// header (Netlify keeps the last, Cloudflare joins them, which for a policy
// means both apply and the stricter wins), so no header here is set by two
// rules that can match one path: the policy goes on each kind of page by its
// own rule, and the catch-all rule sends only X-Frame-Options, which browsers
// ignore wherever a policy says `frame-ancestors`.
import { contentSecurityPolicy } from './csp-plugin.ts';

export interface HeaderRule {
  /** A path pattern: exact, or with `*` matching any run of characters (`/watch/*`). */
  path: string;
  headers: Array<[name: string, value: string]>;
}

/**
 * The pages that refuse to be framed by other sites: every page the site serves but the embed.
 * Those that can show `/` (the shell's) may search, whose index runs as WebAssembly (csp-plugin.ts).
 */
const SEARCHING_PAGES = ['/', '/index.html', '/404.html', '/shows', '/shows/*', '/technologies', '/technologies/*'];
const WATCH_PAGES = '/watch/*';
const EMBED_PAGES = '/embed/*';

export function hostHeaderRules({
  mediaBase,
  earlyScriptHash,
  watchStyleHash,
  embedStyleHash,
}: {
  mediaBase: string | undefined;
  /** The hash source of the watch and embed pages' inline early script (src/build/early-script.ts). */
  earlyScriptHash?: string;
  /** The hash source of the watch pages' inline stylesheet (prerender-plugin.ts). */
  watchStyleHash?: string;
  /** The hash source of the embed pages' inline stylesheet (embed-bundle.ts). */
  embedStyleHash?: string;
}): HeaderRule[] {
  const hashes = (hash: string | undefined) => (hash ? [hash] : []);
  const scriptHashes = hashes(earlyScriptHash);
  const policy = contentSecurityPolicy({ mediaBase, asHeader: true, scriptHashes, styleHashes: hashes(watchStyleHash) });
  const searchingPolicy = contentSecurityPolicy({ mediaBase, asHeader: true, search: true });
  const embedPolicy = contentSecurityPolicy({ mediaBase, asHeader: true, frameAncestors: '*', scriptHashes, styleHashes: hashes(embedStyleHash) });
  return [
    // Anything else (an unknown address's 404 page, a page added later): same-origin frames only.
    { path: '/*', headers: [['X-Frame-Options', 'SAMEORIGIN']] },
    ...SEARCHING_PAGES.map((path): HeaderRule => ({ path, headers: [['Content-Security-Policy', searchingPolicy]] })),
    { path: WATCH_PAGES, headers: [['Content-Security-Policy', policy]] },
    { path: EMBED_PAGES, headers: [['Content-Security-Policy', embedPolicy]] },
    // oEmbed responses are for other sites, some of which read them from the browser.
    { path: '/oembed/*', headers: [['Access-Control-Allow-Origin', '*']] },
  ];
}

/** The rules as a `_headers` file. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build (src/build/host-headers.ts): see the README's "Deploying".\n${blocks.join('\n\n')}\n`;
}

/** Reads a `_headers` file back (for a local server that serves dist/ as the hosts do). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && separator > 0) rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

const patternOf = (path: string) => new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** The headers for a request's path: those of every rule that matches it. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Array<[string, string]> {
  return rules.filter((rule) => patternOf(rule.path).test(pathname)).flatMap((rule) => rule.headers);
}
