// The `_headers` rules: written and read back as Netlify and Cloudflare Pages
// read them, matched by path, one framing policy for each kind of page.
import { describe, expect, it } from 'vitest';
import { headersFile, headersForPath, hostHeaderRules, parseHeadersFile } from '@/build/host-headers';

const policyOf = (rules: ReturnType<typeof parseHeadersFile>, pathname: string) =>
  headersForPath(rules, pathname)
    .filter(([name]) => name === 'Content-Security-Policy')
    .map(([, value]) => value);

describe('_headers', () => {
  const rules = hostHeaderRules({ mediaBase: 'https://media.example.com' });

  it('reads back as written', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('gives the embed pages a policy any site may frame, and every other page one only the site may', () => {
    const [embed] = policyOf(rules, '/embed/introducing-apko-and-melange');
    expect(embed).toMatch(/; frame-ancestors \*$/);
    expect(embed).toContain('media-src \'self\' https://media.example.com blob:');
    for (const pathname of ['/', '/watch/a', '/watch/a/', '/shows', '/shows/x/', '/technologies', '/technologies/y', '/404.html', '/index.html']) {
      expect(policyOf(rules, pathname), pathname).toEqual([expect.stringMatching(/; frame-ancestors 'self'$/)]);
    }
  });

  it('allows the early script by its hash on the watch and embed pages, and on no other', () => {
    const hash = "'sha256-abc='";
    const withEarlyScript = hostHeaderRules({ mediaBase: '/media', earlyScriptHash: hash });
    for (const pathname of ['/watch/a', '/embed/a']) expect(policyOf(withEarlyScript, pathname)[0], pathname).toContain(`script-src 'self' ${hash};`);
    for (const pathname of ['/', '/shows/x', '/404.html']) expect(policyOf(withEarlyScript, pathname)[0], pathname).not.toContain(hash);
  });

  it('allows the watch and embed pages\' inline stylesheets by their hashes, each on its own pages only', () => {
    const watchStyleHash = "'sha256-watch-css='";
    const embedStyleHash = "'sha256-embed-css='";
    const withStyles = hostHeaderRules({ mediaBase: '/media', watchStyleHash, embedStyleHash });
    expect(policyOf(withStyles, '/watch/a')[0]).toContain(`style-src 'self' ${watchStyleHash};`);
    expect(policyOf(withStyles, '/embed/a')[0]).toContain(`style-src 'self' ${embedStyleHash};`);
    for (const pathname of ['/', '/shows/x', '/404.html']) expect(policyOf(withStyles, pathname)[0], pathname).toContain("style-src 'self';");
  });

  it('matches paths literally but for `*`', () => {
    const parsed = parseHeadersFile('# a comment\n/a.b/*\n  X-Test: 1\n\n/exact\n  X-Exact: yes\n  Not a header line\n');
    expect(headersForPath(parsed, '/a.b/c/d')).toEqual([['X-Test', '1']]);
    expect(headersForPath(parsed, '/aXb/c')).toEqual([]);
    expect(headersForPath(parsed, '/exact')).toEqual([['X-Exact', 'yes']]);
    expect(headersForPath(parsed, '/exact/more')).toEqual([]);
    expect(headersForPath(parsed, '/embedded')).toEqual([]);
  });

  it('lets any site read the oEmbed responses', () => {
    expect(headersForPath(rules, '/oembed/a.json')).toContainEqual(['Access-Control-Allow-Origin', '*']);
    expect(headersForPath(rules, '/watch/a').map(([name]) => name)).not.toContain('Access-Control-Allow-Origin');
  });

  it('sends X-Frame-Options alone from the catch-all, so no two rules for one path set the same header', () => {
    for (const pathname of ['/', '/watch/a', '/embed/a', '/oembed/a.json', '/elsewhere']) {
      const names = headersForPath(rules, pathname).map(([name]) => name);
      expect(new Set(names).size, pathname).toBe(names.length);
    }
  });
});
