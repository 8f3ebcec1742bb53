// `vite build` with the prerender plugin writes the moment search's index to
// dist/pagefind: searched here with Pagefind's own client, as the home page
// searches it, a word planted in a chapter title is found at that chapter's
// second, and a phrase planted in the captions at its paragraph's second.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { momentsOf, type Moment, type PagefindResultData } from '@/app/catalog/moments';
import { episodeMarkdown, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const HOSTILE = '</h2><script>window.__pwned=1</script> & <mark>fake</mark>';

let site: ContentRoot;
let pagefind: { search(term: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }> };
const realFetch = globalThis.fetch;

beforeAll(async () => {
  site = await makeContentRoot({
    'episodes/planted.md': episodeMarkdown({
      slug: 'planted',
      title: 'An ordinary stream',
      publishedAt: '2024-03-01T17:00:00.000Z',
      videoId: 'planted-video',
      duration: 4000,
      chapters: [
        { startTime: 0, title: 'Hello' },
        { startTime: 2807, title: 'The Zanzibar signing ceremony' },
        { startTime: 3000, title: HOSTILE },
        { startTime: 5000, title: 'Zanzibar after the end' },
      ],
    }),
    'episodes/other.md': episodeMarkdown({ slug: 'other', title: 'Zanzibar in the title only', publishedAt: '2024-02-01T17:00:00.000Z' }),
    'episodes/scheduled.md': episodeMarkdown({
      slug: 'scheduled',
      publishedAt: '2999-01-01T00:00:00.000Z',
      chapters: [{ startTime: 10, title: 'Zanzibar before its time' }],
    }),
  });
  await writeFile(
    path.join(site.root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Rawkode Academy</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  // The captions, where a build whose media base is `/media` reads them: a phrase planted in the third chapter.
  const captions = path.join(site.root, 'public', 'media', 'videos', 'planted-video', 'captions');
  await mkdir(captions, { recursive: true });
  await writeFile(
    path.join(captions, 'en.vtt'),
    [
      'WEBVTT',
      '',
      '00:50:00.000 --> 00:50:04.000',
      '<v Ada>So that is how it starts.',
      '',
      '00:50:20.000 --> 00:50:24.000',
      '<v Grace>Now the quetzal &lt;b&gt;migration&lt;/b&gt; begins.',
      '',
    ].join('\n'),
  );
  const config = viteConfig(site, recordingLogger());
  const saved = process.env.VITE_MEDIA_BASE_URL;
  process.env.VITE_MEDIA_BASE_URL = '/media';
  try {
    await build({ ...config, plugins: [...(config.plugins ?? []), prerenderPlugin({ renderBodies: false, transcripts: true })] });
  } finally {
    if (saved === undefined) delete process.env.VITE_MEDIA_BASE_URL;
    else process.env.VITE_MEDIA_BASE_URL = saved;
  }

  // Pagefind's client fetches its files next to itself: from disk here, as a host would serve them.
  globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    return url.startsWith('file:') ? new Response(await readFile(fileURLToPath(url))) : realFetch(input, init);
  };
  pagefind = await import(/* @vite-ignore */ pathToFileURL(path.join(site.outDir, 'pagefind', 'pagefind.js')).href);
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await site?.cleanUp();
});

async function moments(query: string): Promise<Moment[]> {
  const found = await pagefind.search(query);
  return momentsOf(await Promise.all(found.results.map((result) => result.data())));
}

describe('dist/pagefind', () => {
  it('holds Pagefind’s library, its WebAssembly and the index, and none of its ready-made interfaces', async () => {
    const files = await readdir(path.join(site.outDir, 'pagefind'), { recursive: true });
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => /^wasm\.en\.pagefind$/.test(file))).toBe(true);
    expect(files.some((file) => file.startsWith('fragment'))).toBe(true);
    expect(files.filter((file) => /ui|playground|highlight/.test(file))).toEqual([]);
  });

  it('finds a word of a chapter title at the chapter’s second, with the word marked', async () => {
    const found = await moments('zanzibar');
    expect(found).toEqual([
      {
        slug: 'planted',
        episodeTitle: 'An ordinary stream',
        second: 2807,
        kind: 'chapter',
        excerpt: [
          { text: 'The ', marked: false },
          { text: 'Zanzibar', marked: true },
          { text: ' signing ceremony.', marked: false },
        ],
      },
    ]);
  });

  it('finds words spoken in the captions at the second their paragraph starts, as text', async () => {
    const found = await moments('quetzal migration');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ slug: 'planted', second: 3020, kind: 'transcript' });
    expect(found[0]!.excerpt.map((part) => part.text).join('')).toBe('Now the quetzal <b>migration</b> begins.');
    expect(found[0]!.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['quetzal', '<b>migration</b>']);
  });

  it('gives back a title that spells markup as the text it is', async () => {
    const [moment] = await moments('pwned');
    expect(moment?.second).toBe(3000);
    expect(moment?.excerpt.map((part) => part.text).join('')).toContain('<script>window.__pwned=1</script>');
    // The word as written, tags and all, is what matched: marked, and still text.
    expect((await moments('fake'))[0]?.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['<mark>fake</mark>']);
  });

  it('finds nothing in a scheduled episode, and no moment past the end', async () => {
    const found = await moments('zanzibar');
    expect(found.map((moment) => moment.slug)).not.toContain('scheduled');
    expect(found.some((moment) => moment.second === 5000)).toBe(false);
  });
});
