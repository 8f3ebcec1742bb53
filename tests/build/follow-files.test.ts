// @vitest-environment jsdom
// `vite build` with the prerender plugin, on content written here: the feeds,
// the show pages with their feed links, and the Podcasting 2.0 chapters, read
// back as a feed reader, a browser and a podcast app would.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { episodeMarkdown, lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const SITE_URL = 'https://watch.example.com/academy';
// `&lt;` is a character reference: the build decodes it, so the title reads `<`
// and must still come back as that text from the XML and the JSON.
const HOSTILE_AS_WRITTEN = '</title><script>alert(1)</script> & &lt; ]]> and ]]> again';
const HOSTILE = '</title><script>alert(1)</script> & < ]]> and ]]> again';

let site: ContentRoot;

beforeAll(async () => {
  site = await makeContentRoot({
    'shows/rawkode-live.md': lines('---', 'name: Rawkode Live', 'description: "Live streams <b>& more</b>."', 'hosts:', '  - rawkode', '---'),
    'shows/never-aired.md': lines('---', 'name: Never Aired', '---'),
    'episodes/live/newest.md': episodeMarkdown({
      slug: 'newest',
      title: HOSTILE_AS_WRITTEN,
      description: HOSTILE_AS_WRITTEN,
      publishedAt: '2024-03-01T17:00:00.000Z',
      videoId: 'newestvideo',
      show: 'rawkode-live',
      duration: 600,
      chapters: [
        { startTime: 0, title: HOSTILE_AS_WRITTEN },
        { startTime: 60, title: '<Untitled Chapter 2>' },
        { startTime: 600, title: 'At the end' },
      ],
    }),
    'episodes/live/older.md': episodeMarkdown({ slug: 'older', publishedAt: '2024-02-01T17:00:00.000Z', show: 'rawkode-live' }),
    'episodes/live/scheduled.md': episodeMarkdown({ slug: 'scheduled', publishedAt: '2999-01-01T00:00:00.000Z', show: 'never-aired' }),
    'episodes/other/no-file-show.md': episodeMarkdown({ slug: 'no-file-show', publishedAt: '2024-01-15T17:00:00.000Z', show: 'klustered' }),
    'episodes/other/unsafe-show.md': episodeMarkdown({ slug: 'unsafe-show', publishedAt: '2024-01-10T17:00:00.000Z', show: '../escape' }),
    'episodes/standalone.md': episodeMarkdown({ slug: 'standalone', publishedAt: '2024-01-01T17:00:00.000Z' }),
  });
  await writeFile(
    path.join(site.root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Rawkode Academy</title>' +
      '<meta name="description" content="The site." /></head>' +
      '<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  const config = viteConfig(site, recordingLogger());
  await build({ ...config, plugins: [...(config.plugins ?? []), prerenderPlugin({ siteUrl: `${SITE_URL}/`, renderBodies: false })] });
});
afterAll(() => site?.cleanUp());

const output = (file: string) => readFile(path.join(site.outDir, file), 'utf8');

function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const entries = (document: Document) =>
  [...document.querySelectorAll('channel > item')].map((item) => ({
    title: item.querySelector('title')?.textContent,
    link: item.querySelector('link')?.textContent,
    date: item.querySelector('pubDate')?.textContent,
    poster: item.querySelector('enclosure')?.getAttribute('url'),
  }));

const feedLinks = (html: string) =>
  [...parseHtml(html).querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')].map((link) => ({
    title: link.getAttribute('title'),
    href: link.getAttribute('href'),
  }));

describe('dist/feed.xml', () => {
  it('lists every published episode, newest first, with absolute links to their watch pages and posters', async () => {
    const document = parseXml(await output('feed.xml'));
    expect(entries(document)).toEqual([
      {
        title: HOSTILE,
        link: `${SITE_URL}/watch/newest`,
        date: 'Fri, 01 Mar 2024 17:00:00 GMT',
        poster: 'https://content.rawkode.academy/videos/newestvideo/thumbnail.webp',
      },
      expect.objectContaining({ title: 'Episode older', link: `${SITE_URL}/watch/older` }),
      expect.objectContaining({ title: 'Episode no-file-show', link: `${SITE_URL}/watch/no-file-show` }),
      expect.objectContaining({ title: 'Episode unsafe-show', link: `${SITE_URL}/watch/unsafe-show` }),
      expect.objectContaining({ title: 'Episode standalone', link: `${SITE_URL}/watch/standalone` }),
    ]);
    expect(document.querySelector('item > description')?.textContent).toBe(HOSTILE);
  });

  it('is announced in the head of / (and so of every page made from it)', async () => {
    const siteFeed = { title: 'Rawkode Academy', href: `${SITE_URL}/feed.xml` };
    expect(feedLinks(await output('index.html'))).toEqual([siteFeed]);
    expect(feedLinks(await output('watch/older/index.html'))).toEqual([siteFeed]);
  });
});

describe('a show with published episodes', () => {
  it('has a feed of its own episodes', async () => {
    const document = parseXml(await output('shows/rawkode-live/feed.xml'));
    expect(document.querySelector('channel > title')?.textContent).toBe('Rawkode Live · Rawkode Academy');
    expect(document.querySelector('channel > description')?.textContent).toBe('Live streams <b>& more</b>.');
    expect(document.querySelector('channel > link')?.textContent).toBe(`${SITE_URL}/shows/rawkode-live`);
    expect(entries(document).map((entry) => entry.link)).toEqual([`${SITE_URL}/watch/newest`, `${SITE_URL}/watch/older`]);
  });

  it('has a prerendered page with its title, description and feed link', async () => {
    const html = await output('shows/rawkode-live/index.html');
    const document = parseHtml(html);
    expect(document.title).toBe('Rawkode Live · Rawkode Academy');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Live streams <b>& more</b>.');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}/shows/rawkode-live`);
    expect(document.querySelector('b')).toBeNull();
    expect(feedLinks(html)).toEqual([
      { title: 'Rawkode Academy', href: `${SITE_URL}/feed.xml` },
      { title: 'Rawkode Live · Rawkode Academy', href: `${SITE_URL}/shows/rawkode-live/feed.xml` },
    ]);
    // The app starts from the page as it starts from the shell.
    expect(document.querySelector('script[type="module"]')).not.toBeNull();
    expect(document.querySelector('#root')).not.toBeNull();
  });

  it('one without a file of its own is named by its id', async () => {
    expect(parseHtml(await output('shows/klustered/index.html')).title).toBe('klustered · Rawkode Academy');
    expect(parseXml(await output('shows/klustered/feed.xml')).querySelector('channel > title')?.textContent).toBe(
      'klustered · Rawkode Academy',
    );
  });

  it('only shows with published episodes, and only ids that are safe as a folder, get files', async () => {
    expect((await readdir(path.join(site.outDir, 'shows'))).sort()).toEqual(['klustered', 'rawkode-live']);
    expect(await readdir(site.outDir)).not.toContain('escape');
  });
});

describe('dist/chapters/<slug>.json', () => {
  it('Podcasting 2.0 chapters, valid JSON with titles as written, without chapters at or after the end', async () => {
    expect(JSON.parse(await output('chapters/newest.json'))).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: HOSTILE },
        { startTime: 60, title: '<Untitled Chapter 2>' },
      ],
    });
  });

  it('one for every published episode, none for a scheduled one', async () => {
    const files = (await readdir(path.join(site.outDir, 'chapters'))).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(['newest.json', 'no-file-show.json', 'older.json', 'standalone.json', 'unsafe-show.json']);
  });
});
