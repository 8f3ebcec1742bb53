// Real content's text, cleaned once by the build (src/build/readable-text.ts), as
// every built output carries it: the episode's module, the catalog, the search
// index, the chapters track and the prerendered page's head.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry, Episode } from '@/content/schema';
import type { SearchIndexEntry } from '@/content/listing-modules';
import { contentPlugin } from '@/build/content-plugin';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { lines, makeContentRoot, recordingLogger, type ContentRoot } from './support/content-fixtures';

// Written as real exports write it: plain YAML scalars, so `\n` stays a backslash and an `n`.
const MESSY_EPISODE = lines(
  '---',
  'slug: arc-and-the-fall-of-kubernetes',
  'title: Arc &amp; the fall of Kubernetes',
  'subtitle: Scripting, platforms and I&#x27;ll-do-it-later',
  'description: >-',
  '  Scripting, platforms and I&#x27;ll-do-it-later\\n\\nToday we talked about Arc Bash.\\nThe fall',
  '  of Kubernetes. Hmm. I&#x27;ll have Claude write a new one &lt;script&gt;',
  'publishedAt: 2025-10-10T17:00:00.000Z',
  'videoId: arcvideo',
  'duration: 0',
  'chapters:',
  '  - startTime: 0',
  "    title: '<Untitled Chapter 1>'",
  '  - startTime: 60',
  "    title: 'Q&amp;A: Traffic Splitting'",
  '---',
  '',
);

const CLEAN_DESCRIPTION =
  "Today we talked about Arc Bash.\nThe fall of Kubernetes. Hmm. I'll have Claude write a new one <script>";

describe('real content, cleaned at build time', () => {
  let site: ContentRoot;

  beforeAll(async () => {
    site = await makeContentRoot({ 'episodes/arc.md': MESSY_EPISODE });
    // The prerendered pages start from the shell's head.
    await writeFile(
      path.join(site.root, 'index.html'),
      '<!doctype html><html><head><title>Rawkode Academy</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
    );
    await writeFile(
      path.join(site.root, 'main.js'),
      [
        'globalThis.contentModules = {',
        "  catalog: () => import('virtual:content/catalog'),",
        "  episodes: () => import('virtual:content/episodes'),",
        "  searchIndex: () => import('virtual:content/search-index'),",
        '};',
        '',
      ].join('\n'),
    );
    await build({
      configFile: false,
      root: site.root,
      logLevel: 'silent',
      customLogger: recordingLogger(),
      plugins: [contentPlugin({ contentDir: site.contentDir, strict: false }), prerenderPlugin({ siteUrl: 'https://example.com', renderBodies: false })],
      base: `${pathToFileURL(site.outDir).href}/`,
      build: { outDir: site.outDir, emptyOutDir: true },
    });
  });
  afterAll(() => site.cleanUp());

  const builtFile = (name: string) => readFile(path.join(site.outDir, name), 'utf8');
  const importBuilt = async <T>(name: string) => (await import(/* @vite-ignore */ pathToFileURL(path.join(site.outDir, name)).href)) as T;

  it('publishes the episode with paragraphs, decoded references and the subtitle said once', async () => {
    const { episode } = await importBuilt<{ episode: Episode }>('episodes/arc-and-the-fall-of-kubernetes.js');
    expect(episode.title).toBe('Arc & the fall of Kubernetes');
    expect(episode.subtitle).toBe("Scripting, platforms and I'll-do-it-later");
    expect(episode.description).toBe(CLEAN_DESCRIPTION);
    expect(episode.chapters.map((chapter) => chapter.title)).toEqual(['<Untitled Chapter 1>', 'Q&A: Traffic Splitting']);
  });

  it('lists and indexes the cleaned text, not the references or the written-out breaks', async () => {
    const assets = await import('node:fs/promises').then((fs) => fs.readdir(path.join(site.outDir, 'assets')));
    const chunkWith = async (marker: string) => {
      for (const name of assets) {
        if (name.endsWith('.js') && (await builtFile(`assets/${name}`)).includes(marker)) return `assets/${name}`;
      }
      throw new Error(`no chunk holds ${marker}`);
    };
    const { episodes } = await importBuilt<{ episodes: CatalogEntry[] }>(await chunkWith('chapterCount'));
    expect(episodes.map((entry) => entry.title)).toEqual(['Arc & the fall of Kubernetes']);
    const { entries } = await importBuilt<{ entries: SearchIndexEntry[] }>(await chunkWith('untitled'));
    const words = entries[0]![1].split(' ');
    expect(words).toEqual(expect.arrayContaining(['ll', 'today', 'fall', 'kubernetes', 'script', 'untitled']));
    for (const leftover of ['x27', 'nthe', 'ntoday', 'amp', 'lt', 'gt']) expect(words).not.toContain(leftover);
  });

  it('writes the chapters track and the page head from the cleaned text, escaped where it lands', async () => {
    const page = await builtFile('watch/arc-and-the-fall-of-kubernetes/index.html');
    expect(page).toContain('<title>Arc &amp; the fall of Kubernetes · Rawkode Academy</title>');
    expect(page).toContain('I&#39;ll have Claude write a new one &lt;script&gt;');
    for (const leftover of ['&amp;#x27;', '&amp;amp;', '\\n', '&amp;lt;']) expect(page).not.toContain(leftover);
    // The description meta says the subtitle once.
    const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(description.match(/Scripting, platforms/g)).toHaveLength(1);
  });
});
