// `vite build` writes what other sites need to embed an episode: its oEmbed
// response (valid JSON, an `html` that is exactly one <iframe> of the embed
// page, whatever the title holds), its announcement on the watch page, the
// embed page itself (noindex, canonical to the watch page), and `_headers`,
// which lets any site frame the embed page and no other page.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { cspPlugin } from '@/build/csp-plugin';
import { headersForPath, parseHeadersFile } from '@/build/host-headers';
import { episodeMarkdown, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const SITE_URL = 'https://watch.example.com';
const HOSTILE_TITLE = `"><script>alert(1)</script><iframe src=//evil.example> & 'quotes' \u2028 ${'</iframe>'}`;

/** jsdom's HTML parser (jsdom has no types of its own; this is all of it used here). */
type HtmlParser = new (html: string) => { window: Window };
const { JSDOM } = (await import(/* @vite-ignore */ 'jsdom' as string)) as { JSDOM: HtmlParser };

let site: ContentRoot;

beforeAll(async () => {
  site = await makeContentRoot({
    'episodes/hostile.md': episodeMarkdown({ slug: 'hostile', title: HOSTILE_TITLE, show: 'rawkode-live', chapters: [{ startTime: 0, title: 'Start' }] }),
    'episodes/standalone.md': episodeMarkdown({ slug: 'standalone', title: 'On its own' }),
    'shows/rawkode-live.md': '---\nname: "Rawkode <Live>"\n---\n',
  });
  await writeFile(
    path.join(site.root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Rawkode Academy</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  const config = viteConfig(site, recordingLogger());
  await build({
    ...config,
    plugins: [...(config.plugins ?? []), cspPlugin(), prerenderPlugin({ siteUrl: SITE_URL, renderBodies: false })],
  });
});
afterAll(() => site?.cleanUp());

const builtFile = (file: string) => readFile(path.join(site.outDir, file), 'utf8');

describe('the oEmbed response', () => {
  it('is an oEmbed 1.0 video response naming the episode, its show and the site', async () => {
    const response = JSON.parse(await builtFile('oembed/hostile.json')) as Record<string, unknown>;
    expect(response).toMatchObject({
      type: 'video',
      version: '1.0',
      title: HOSTILE_TITLE,
      author_name: 'Rawkode <Live>',
      provider_name: 'Rawkode Academy',
      provider_url: SITE_URL,
      thumbnail_url: expect.stringMatching(/^https:\/\/.+\/videos\/f7rvx2rb04zl2vhgoltwedf5\/thumbnail\.webp$/),
      width: 640,
      height: 360,
    });
    // A standalone episode names no author rather than a made-up one.
    const standalone = JSON.parse(await builtFile('oembed/standalone.json')) as Record<string, unknown>;
    expect(standalone.author_name).toBeUndefined();
  });

  it('holds exactly one <iframe> of the embed page, whatever the title holds', async () => {
    const response = JSON.parse(await builtFile('oembed/hostile.json')) as { html: string };
    const { document } = new JSDOM(`<!doctype html><body>${response.html}</body>`).window;
    expect(document.body.children).toHaveLength(1);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    const iframe = document.body.firstElementChild!;
    expect(iframe.tagName).toBe('IFRAME');
    expect(iframe.getAttribute('src')).toBe(`${SITE_URL}/embed/hostile`);
    expect(iframe.getAttribute('title')).toBe(HOSTILE_TITLE);
    expect(iframe.getAttribute('allow')).toBe('fullscreen; picture-in-picture; clipboard-write');
    // What follows the iframe in the markup is its (ignored) content, never a second element.
    expect(iframe.textContent).toBe('');
    expect(response.html).not.toMatch(/<script|<\/iframe>.*<\/iframe>/);
  });

  it('is announced on the watch page', async () => {
    const { document } = new JSDOM(await builtFile('watch/hostile/index.html')).window;
    const links = document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(`${SITE_URL}/oembed/hostile.json`);
    expect(links[0]!.getAttribute('title')).toBe(HOSTILE_TITLE);
  });
});

describe('the embed page', () => {
  it('is prerendered, kept out of search indexes, with the watch page as its canonical address', async () => {
    const { document } = new JSDOM(await builtFile('embed/hostile/index.html')).window;
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}/watch/hostile`);
    expect(document.title).toBe(`${HOSTILE_TITLE} · Rawkode Academy`);
    // Nothing from the title became a script: the one inline script is the early script, first in the head.
    const inline = [...document.querySelectorAll('script:not([src])')];
    expect(inline).toHaveLength(1);
    expect(inline[0]!.parentElement!.tagName).toBe('HEAD');
    expect(inline[0]!.textContent).toContain('video[data-slug] > source');
  });
});

describe('_headers', () => {
  it('lets any site frame the embed page, and only the site itself frame every other page', async () => {
    const rules = parseHeadersFile(await builtFile('_headers'));
    const framing = (pathname: string) => {
      const headers = headersForPath(rules, pathname);
      const policies = headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);
      const frameOptions = headers.filter(([name]) => name === 'X-Frame-Options').map(([, value]) => value);
      return { policies, frameOptions };
    };
    // One policy per page (no host has to merge two), saying who may frame it.
    expect(framing('/embed/hostile').policies).toEqual([expect.stringMatching(/; frame-ancestors \*$/)]);
    expect(framing('/embed/hostile/').policies).toEqual([expect.stringMatching(/; frame-ancestors \*$/)]);
    for (const page of ['/', '/watch/hostile', '/watch/hostile/', '/shows', '/shows/rawkode-live', '/technologies', '/technologies/x', '/404.html']) {
      expect(framing(page).policies, page).toEqual([expect.stringMatching(/; frame-ancestors 'self'$/)]);
    }
    // Anything else (an unknown address) is held to the same origin by the older header.
    expect(framing('/no/such/page')).toEqual({ policies: [], frameOptions: ['SAMEORIGIN'] });
    // The header policy says what the meta tag says, and more.
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await builtFile('watch/hostile/index.html'))?.[1];
    expect(meta).toBeDefined();
    expect(framing('/watch/hostile').policies[0]).toBe(`${meta}; frame-ancestors 'self'`);
  });
});
