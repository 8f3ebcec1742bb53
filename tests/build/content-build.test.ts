// `vite build` with the content plugin, on content written to a temp dir:
// what the browser would download, and how a bad file fails the build.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry, Episode, Show, Technology } from '@/content/schema';
import {
  episodeMarkdown,
  lines,
  makeContentRoot,
  recordingLogger,
  viteConfig,
  type ContentRoot,
} from './support/content-fixtures';

type Output = Rolldown.RolldownOutput;

async function buildSite(site: ContentRoot, options: Parameters<typeof viteConfig>[2] = {}) {
  const logger = recordingLogger();
  // The site's base is its output folder, so that a built loader's import()
  // of `<base>episodes/<slug>.js` finds the file as a browser would on a host.
  const result = await build({ ...viteConfig(site, logger, options), base: `${pathToFileURL(site.outDir).href}/` });
  const output = (Array.isArray(result) ? result[0] : result) as Output;
  return { output, logger };
}

/** The chunk built from a virtual module, by the id it is imported as. */
function chunkOf(output: Output, id: string): Rolldown.OutputChunk | undefined {
  return output.output.find(
    (item): item is Rolldown.OutputChunk => item.type === 'chunk' && item.facadeModuleId === `\0${id}`,
  );
}

/** Runs a built chunk the way a browser would import it. */
async function importChunk<T>(site: ContentRoot, chunk: Rolldown.OutputChunk | undefined): Promise<T> {
  if (!chunk) throw new Error('no such chunk');
  return (await import(/* @vite-ignore */ pathToFileURL(path.join(site.outDir, chunk.fileName)).href)) as T;
}

async function everyBuiltFile(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    names.filter((entry) => entry.isFile()).map((entry) => readFile(path.join(entry.parentPath, entry.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('good content', () => {
  let site: ContentRoot;
  let output: Output;
  let warnings: string[];

  beforeAll(async () => {
    site = await makeContentRoot({
      'episodes/shows/rawkode-live/2022/introducing-apko-and-melange.md': episodeMarkdown({
        slug: 'introducing-apko-and-melange',
        title: 'Introducing apko & melange',
        publishedAt: '2022-03-17T17:00:00.000Z',
        duration: 4453,
        show: 'rawkode-live',
        technologies: ['apko', 'melange'],
        description: 'A toolset for building distroless images.',
        chapters: [
          { startTime: 0, title: '<Untitled Chapter 1>' },
          { startTime: 107, title: 'Introduction & Guest Introduction' },
          { startTime: 2807, title: 'Melange Signing Keys' },
        ],
        extraLines: ['internalReviewNotes: not-for-viewers-3c1f'],
      }),
      'episodes/standalone/2024/late-start.md': episodeMarkdown({
        slug: 'late-start',
        title: 'Late Start',
        publishedAt: '"2024-02-01"',
        duration: 1000,
        technologies: ['kubernetes'],
        chapters: [
          { startTime: 120, title: 'Welcome' },
          { startTime: 900, title: 'Wrap-up' },
          { startTime: 1200, title: 'Past the End' },
        ],
      }),
      'episodes/scheduled.md': episodeMarkdown({
        slug: 'from-the-future',
        title: 'Scheduled Secret Episode',
        publishedAt: '2999-01-01T17:00:00.000Z',
      }),
      'shows/rawkode-live.md': lines('---', 'name: Rawkode Live', 'hosts:', '  - rawkode', 'producer: nobody-sees-this', '---'),
      'technologies/apko.md': lines('---', 'name: apko', 'website: https://github.com/chainguard-dev/apko', '---'),
      'technologies/melange.md': lines('---', 'name: melange', '---'),
    });
    ({ output, logger: { warnings } } = await buildSite(site));
  });
  afterAll(() => site.cleanUp());

  it('serves a light catalog, newest first, without chapters or descriptions', async () => {
    const { episodes } = await importChunk<{ episodes: CatalogEntry[] }>(site, chunkOf(output, 'virtual:content/catalog'));
    expect(episodes).toEqual([
      {
        slug: 'late-start',
        title: 'Late Start',
        publishedAt: '2024-02-01T00:00:00.000Z',
        duration: 1000,
        videoId: 'f7rvx2rb04zl2vhgoltwedf5',
        technologies: ['kubernetes'],
        chapterCount: 3,
      },
      {
        slug: 'introducing-apko-and-melange',
        title: 'Introducing apko & melange',
        publishedAt: '2022-03-17T17:00:00.000Z',
        duration: 4453,
        videoId: 'f7rvx2rb04zl2vhgoltwedf5',
        show: 'rawkode-live',
        technologies: ['apko', 'melange'],
        chapterCount: 3,
      },
    ]);
    expect(chunkOf(output, 'virtual:content/catalog')?.code).toContain('JSON.parse(');
  });

  it('gives each episode a file of its own, loaded by slug', async () => {
    const episodeFiles = output.output
      .filter((item) => item.type === 'asset' && item.fileName.endsWith('.js'))
      .map((asset) => asset.fileName)
      .sort();
    expect(episodeFiles).toEqual([
      'episodes/introducing-apko-and-melange.js',
      'episodes/late-start.js',
    ]);
    // The loader names no episode (its size does not grow with the catalog); the data stays in the files.
    expect(chunkOf(output, 'virtual:content/episodes')?.code).not.toContain('Melange Signing Keys');
    expect(chunkOf(output, 'virtual:content/episodes')?.code).not.toContain('late-start');
    const { loadEpisode } = await importChunk<{ loadEpisode(slug: string): Promise<Episode | undefined> }>(
      site,
      chunkOf(output, 'virtual:content/episodes'),
    );
    const episode = await loadEpisode('introducing-apko-and-melange');
    expect(episode).toMatchObject({
      title: 'Introducing apko & melange',
      description: 'A toolset for building distroless images.',
      chapters: [
        { startTime: 0, title: '<Untitled Chapter 1>' },
        { startTime: 107, title: 'Introduction & Guest Introduction' },
        { startTime: 2807, title: 'Melange Signing Keys' },
      ],
    });
    expect(episode).not.toHaveProperty('internalReviewNotes');
    expect(await loadEpisode('no-such-episode')).toBeUndefined();
    expect(await loadEpisode('from-the-future')).toBeUndefined();
    expect(await loadEpisode('__proto__')).toBeUndefined();
  });

  it('serves shows and technologies with a file of their own, by id', async () => {
    const { shows } = await importChunk<{ shows: Record<string, Show> }>(site, chunkOf(output, 'virtual:content/shows'));
    const { technologies } = await importChunk<{ technologies: Record<string, Technology> }>(
      site,
      chunkOf(output, 'virtual:content/technologies'),
    );
    expect(shows).toEqual({ 'rawkode-live': { id: 'rawkode-live', name: 'Rawkode Live', hosts: ['rawkode'] } });
    expect(Object.keys(technologies)).toEqual(['apko', 'melange']);
  });

  it('ships no unknown front-matter key and nothing of a scheduled episode', async () => {
    const shipped = await everyBuiltFile(site.outDir);
    expect(shipped).toContain('Melange Signing Keys');
    for (const hidden of ['internalReviewNotes', 'not-for-viewers-3c1f', 'producer', 'Scheduled Secret Episode', 'from-the-future']) {
      expect(shipped, hidden).not.toContain(hidden);
    }
  });

  it('writes a WebVTT chapters file per episode, with titles escaped as text', async () => {
    const vtt = await readFile(path.join(site.outDir, 'chapters/introducing-apko-and-melange.vtt'), 'utf8');
    expect(vtt).toBe(
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:01:47.000',
        '&lt;Untitled Chapter 1&gt;',
        '',
        '00:01:47.000 --> 00:46:47.000',
        'Introduction &amp; Guest Introduction',
        '',
        '00:46:47.000 --> 01:14:13.000',
        'Melange Signing Keys',
        '',
      ].join('\n'),
    );
    const lateStart = await readFile(path.join(site.outDir, 'chapters/late-start.vtt'), 'utf8');
    expect(lateStart).toContain('00:15:00.000 --> 00:16:40.000\nWrap-up\n');
    expect(lateStart).not.toContain('Past the End');
    await expect(readFile(path.join(site.outDir, 'chapters/from-the-future.vtt'))).rejects.toThrow();
  });

  it('warns, with file and line, about chapters past the end and unknown technologies', () => {
    const file = path.join(site.contentDir, 'episodes/standalone/2024/late-start.md');
    expect(warnings).toEqual([
      expect.stringContaining(`${file}:8:5 technologies[0] "kubernetes" has no file technologies/kubernetes.md`),
      expect.stringContaining(`${file}:14:16 chapters[2].startTime 1200 s is at or after the end of the episode`),
    ]);
    expect(warnings.filter((warning) => warning.includes('introducing-apko-and-melange.md'))).toEqual([]);
  });
});

describe('bad content', () => {
  /** One file for each class of error, all in one content root. */
  const badFiles: Record<string, string> = {
    'episodes/no-front-matter.md': lines('# Notes', 'slug: nope'),
    'episodes/yaml-syntax.md': lines('---', 'slug: yaml-syntax', 'title: Broken', '  indented: wrongly', '---'),
    'episodes/missing-field.md': lines('---', 'slug: missing-field', 'title: Missing', 'publishedAt: 2024-01-01', 'duration: 60', '---'),
    'episodes/wrong-type.md': episodeMarkdown({ slug: 'wrong-type' }).replace('duration: 3600', 'duration: "an hour"'),
    'episodes/negative-time.md': episodeMarkdown({
      slug: 'negative-time',
      chapters: [
        { startTime: 0, title: 'A' },
        { startTime: 10, title: 'B' },
        { startTime: 20, title: 'C' },
        { startTime: -5, title: 'D' },
      ],
    }),
    'episodes/not-a-time.md': episodeMarkdown({ slug: 'not-a-time' }).replace('duration: 3600', 'duration: 3600\nchapters:\n  - startTime: "1:30"\n    title: Intro'),
    'episodes/out-of-order.md': episodeMarkdown({
      slug: 'out-of-order',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 600, title: 'Demo' },
        { startTime: 300, title: 'Setup' },
      ],
    }),
    'episodes/empty-title.md': episodeMarkdown({ slug: 'empty-title', title: '' }),
    'episodes/unsafe-slug.md': episodeMarkdown({ slug: 'Unsafe_Slug' }),
    'episodes/a/duplicate.md': episodeMarkdown({ slug: 'twice' }),
    'episodes/b/duplicate.md': episodeMarkdown({ slug: 'twice' }),
    'episodes/bad-date.md': episodeMarkdown({ slug: 'bad-date', publishedAt: '"the seventeenth of March"' }),
    'episodes/fine.md': episodeMarkdown({ slug: 'fine' }),
  };

  let site: ContentRoot;
  let error: Error & { errors?: Error[] };

  beforeAll(async () => {
    site = await makeContentRoot(badFiles);
    error = await buildSite(site).then(
      () => {
        throw new Error('the build should have failed');
      },
      (failure: Error) => failure,
    );
  });
  afterAll(() => site.cleanUp());

  const at = (relativePath: string) => path.join(site.contentDir, relativePath);

  it.each([
    ['no front-matter', 'episodes/no-front-matter.md', '1:1 has no front-matter'],
    ['a YAML syntax error', 'episodes/yaml-syntax.md', '4:11 YAML syntax error: bad indentation of a mapping entry'],
    ['a missing required field', 'episodes/missing-field.md', '2:1 videoId is required'],
    ['a wrong type', 'episodes/wrong-type.md', '6:11 duration must be a number of seconds'],
    ['a negative time', 'episodes/negative-time.md', '14:16 chapters[3].startTime must not be negative'],
    ['a time that is not a number', 'episodes/not-a-time.md', '8:16 chapters[0].startTime must be a number of seconds'],
    ['chapters out of order', 'episodes/out-of-order.md', '12:16 chapters[2].startTime must be later than the chapter before it (600 s)'],
    ['an empty title', 'episodes/empty-title.md', '3:8 title must not be empty'],
    ['an unsafe slug', 'episodes/unsafe-slug.md', '2:7 slug must be lowercase letters, digits and single hyphens'],
    ['an unparseable date', 'episodes/bad-date.md', '4:14 publishedAt is not a date: the seventeenth of March'],
  ])('reports %s with file, line, column and field', (_, file, problem) => {
    expect(error.message).toContain(`${at(file)}:${problem}`);
  });

  it('reports a duplicate slug naming both files', () => {
    expect(error.message).toContain(
      `${at('episodes/b/duplicate.md')}:2:7 slug "twice" is already the slug of ${at('episodes/a/duplicate.md')}:2:7`,
    );
  });

  it('reports every bad file in the one run, and no good one', () => {
    const badCount = Object.keys(badFiles).length - 2; // the first of the duplicates and fine.md are good
    expect(error.message).toContain(`Content has ${badCount} errors in ${badCount} files:`);
    expect(error.message).not.toContain('fine.md');
  });

  it('points the error itself at the first problem, for the overlay and the editor', () => {
    const [first] = error.errors ?? [error];
    expect(first).toMatchObject({
      plugin: 'rawkode:content',
      id: at('episodes/b/duplicate.md'),
      loc: { file: at('episodes/b/duplicate.md'), line: 2, column: 7 },
    });
  });
});

describe('strict mode', () => {
  it('fails the build on what would otherwise be warnings', async () => {
    const site = await makeContentRoot({
      'episodes/a.md': episodeMarkdown({ slug: 'a', show: 'not-a-show-file' }),
    });
    try {
      await expect(buildSite(site)).resolves.toBeDefined();
      const problem = `${path.join(site.contentDir, 'episodes/a.md')}:7:7 show "not-a-show-file" has no file shows/not-a-show-file.md`;
      await expect(buildSite(site, { strict: true })).rejects.toThrow(problem);
      // The option left unset, CONTENT_STRICT=1 asks for the same.
      process.env.CONTENT_STRICT = '1';
      await expect(buildSite(site, { strict: undefined })).rejects.toThrow(problem);
    } finally {
      delete process.env.CONTENT_STRICT;
      await site.cleanUp();
    }
  });
});
