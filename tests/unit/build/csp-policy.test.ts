// The Content Security Policy's text for each media base a deployer may set:
// the media origin is allowed where media is fetched, and nothing a base could
// hold can add a directive or break out of the meta tag.
import { describe, expect, it } from 'vitest';
import { allowingInline, contentSecurityPolicy, hashSource, mediaOrigin, withoutSearchPolicy } from '@/build/csp-plugin';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => d.split(' ')).map(([name, ...values]) => [name!, values]));

describe('the policy', () => {
  it('allows the CDN where media, posters and HLS requests come from, and nothing inline or evaluated', () => {
    const policy = directives(contentSecurityPolicy({ mediaBase: 'https://content.rawkode.academy' }));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('media-src')).toEqual(["'self'", 'https://content.rawkode.academy', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://content.rawkode.academy']);
    expect(policy.get('img-src')).toEqual(["'self'", 'https://content.rawkode.academy', 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('needs no other origin for media on the site itself', () => {
    const policy = directives(contentSecurityPolicy({ mediaBase: '/media' }));
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('lets only pages that search compile WebAssembly (the moment search runs on it), and evaluate no script', () => {
    const searching = contentSecurityPolicy({ mediaBase: '/media', search: true });
    expect(directives(searching).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(searching).not.toMatch(/'unsafe-(?:eval|inline)'/);
    const watching = contentSecurityPolicy({ mediaBase: '/media' });
    expect(withoutSearchPolicy(`<meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${searching}" />`)).toBe(
      `<meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${watching}" />`,
    );
  });

  it('allows an inline script and an inline stylesheet by their hashes, in the header and in a page made from the shell', () => {
    const script = "'sha256-abc='";
    const style = hashSource('body{margin:0}');
    // The hash of the text between the tags, as the browser computes it (sha256 of its UTF-8, base64).
    expect(style).toBe("'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    const policy = directives(contentSecurityPolicy({ mediaBase: '/media', scriptHashes: [script], styleHashes: [style] }));
    expect(policy.get('script-src')).toEqual(["'self'", script]);
    expect(policy.get('style-src')).toEqual(["'self'", style]);
    const meta = (policy: string) => `<meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
    const shell = meta(contentSecurityPolicy({ mediaBase: '/media' }));
    expect(allowingInline(shell, { script })).toBe(meta(contentSecurityPolicy({ mediaBase: '/media', scriptHashes: [script] })));
    expect(allowingInline(shell, { script, style })).toBe(meta(contentSecurityPolicy({ mediaBase: '/media', scriptHashes: [script], styleHashes: [style] })));
    // No policy, nothing to allow them in: they apply anyway.
    expect(allowingInline('<meta charset="utf-8" />', { script, style })).toBe('<meta charset="utf-8" />');
  });

  it('adds frame-ancestors to the header, which a meta tag cannot carry', () => {
    const header = contentSecurityPolicy({ mediaBase: '/media', asHeader: true });
    expect(header).toBe(`${contentSecurityPolicy({ mediaBase: '/media' })}; frame-ancestors 'self'`);
  });
});

describe('the media origin', () => {
  it.each([
    ['https://cdn.example.com/academy/media', 'https://cdn.example.com'],
    ['https://cdn.example.com:8443/', 'https://cdn.example.com:8443'],
    ['//cdn.example.com/media', 'cdn.example.com'],
    ['/media', undefined],
    ['', 'https://content.rawkode.academy'],
  ])('of %j is %j', (base, origin) => {
    expect(mediaOrigin(base)).toBe(origin);
  });

  it.each(['https://a;script-src *.evil/', 'https://a"b.example/', 'ftp://files.example.com/'])('refuses %j', (base) => {
    expect(() => mediaOrigin(base)).toThrow(/VITE_MEDIA_BASE_URL/);
  });
});
