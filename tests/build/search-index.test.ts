// `vite build` with the prerender plugin writes the moment search's index to
// dist/pagefind: searched here with Pagefind's own client, as the home page
// searches it, a word planted in a chapter title is found at that chapter's
// second, and a phrase planted in the captions at the second of its line.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { momentsOf, type Moment, type PagefindResultData } from '@/app/catalog/moments';
import { cardOf, matchesOfWord, rankedPositions } from '@/app/catalog/episode-search';
import { cardsFile, CARDS_PER_FILE, wordKey, wordsFile } from '@/content/episode-index';
import { queryWords } from '@/app/catalog/search';
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
    'episodes/cpp.md': episodeMarkdown({ slug: 'cpp', title: 'Modern C++', publishedAt: '2023-01-01T17:00:00.000Z', show: 'rawkode-live', technologies: ['cpp'] }),
    'episodes/csharp.md': episodeMarkdown({
      slug: 'csharp',
      title: 'C# for the cloud',
      publishedAt: '2023-02-01T17:00:00.000Z',
      description: 'Compared with C++ as we go.',
      show: 'klustered',
    }),
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
      '00:50:05.000 --> 00:50:08.000',
      '<v Ada>The walrus waits a little,',
      '',
      '00:50:09.000 --> 00:50:12.000',
      '<v Ada>and then the ocelot handshake happens,',
      '',
      '00:50:13.000 --> 00:50:16.000',
      '<v Ada>and a walrus nods along.',
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

/** The episode results the home page lists for a query, from the episode index in dist, as slugs in order. */
async function episodes(query: string): Promise<string[]> {
  const read = async (file: string) => JSON.parse(await readFile(path.join(site.outDir, file), 'utf8').catch(() => '[]')) as unknown[];
  const words = queryWords(query);
  const positions = rankedPositions(await Promise.all(words.map(async (word) => matchesOfWord(word, await read(wordsFile(wordKey(word)))))));
  return Promise.all(positions.map(async (position) => cardOf((await read(cardsFile(position)))[position % CARDS_PER_FILE])?.slug ?? 'no card'));
}

describe('dist/pagefind', () => {
  it('holds Pagefind’s library, its WebAssembly and the index, and none of its ready-made interfaces, nor its unused worker', async () => {
    const files = await readdir(path.join(site.outDir, 'pagefind'), { recursive: true });
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => /^wasm\.en\.pagefind$/.test(file))).toBe(true);
    expect(files.some((file) => file.startsWith('fragment'))).toBe(true);
    expect(files.filter((file) => /ui|playground|highlight/.test(file))).toEqual([]);
    expect(files).not.toContain('pagefind-worker.js');
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

  it('finds words spoken in the captions at their line’s second, as text', async () => {
    const found = await moments('quetzal migration');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ slug: 'planted', episodeTitle: 'An ordinary stream', second: 3020, kind: 'transcript' });
    expect(found[0]!.excerpt.map((part) => part.text).join('')).toBe('Now the quetzal <b>migration</b> begins.');
    expect(found[0]!.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['quetzal', '<b>migration</b>']);
  });

  it('lands on the line that says the words, not where its paragraph starts', async () => {
    // Ada's four lines are one paragraph, from 3000 s (transcript-document.ts).
    const [found] = await moments('ocelot handshake');
    expect(found).toMatchObject({ slug: 'planted', second: 3009, kind: 'transcript' });
    expect(found!.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['ocelot', 'handshake']);
    // A word the paragraph says twice: the first line the excerpt marks it in.
    expect((await moments('walrus'))[0]).toMatchObject({ second: 3005, kind: 'transcript' });
    // Words of its first line: the paragraph's own second.
    expect((await moments('starts'))[0]).toMatchObject({ second: 3000, kind: 'transcript' });
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

describe('dist/episode-index', () => {
  it('lists the episodes whose words start with the query’s, those about them first, newest first', async () => {
    expect(await episodes('zanz')).toEqual(['other', 'planted']);
    expect(await episodes('zanzibar ceremony')).toEqual(['planted']);
    // Nothing of a scheduled episode, nor of a chapter past the end.
    expect(await episodes('before its time')).toEqual([]);
    expect(await episodes('after the end')).toEqual([]);
  });

  it('finds C++ and C# by name, not every word that starts with a c', async () => {
    expect(await episodes('c++')).toEqual(['cpp', 'csharp']);
    expect(await episodes('C#')).toEqual(['csharp']);
  });

  it('gives each episode its card', async () => {
    const [cpp] = await episodes('modern');
    expect(cpp).toBe('cpp');
    const cards = await Promise.all(
      (await readdir(path.join(site.outDir, 'episode-index'))).filter((file) => file.startsWith('cards-')).map(async (file) => JSON.parse(await readFile(path.join(site.outDir, 'episode-index', file), 'utf8')) as unknown[]),
    );
    expect(cards.flat().map(cardOf).find((card) => card?.slug === 'cpp')).toEqual({
      slug: 'cpp',
      title: 'Modern C++',
      publishedAt: '2023-01-01T17:00:00.000Z',
      duration: 3600,
      videoId: 'f7rvx2rb04zl2vhgoltwedf5',
      show: 'rawkode-live',
      technologies: ['cpp'],
      chapterCount: 0,
    });
  });
});
