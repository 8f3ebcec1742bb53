// What a content root adds up to: checks across files, scheduling, and rereading only what changed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentStore, loadContent } from '@/build/content-store';
import { formatProblem } from '@/build/problems';

let contentDir: string;

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'content-store-'));
});
afterEach(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

async function write(relativePath: string, ...lines: string[]): Promise<string> {
  const file = path.join(contentDir, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

const episode = (slug: string, ...more: string[]) => [
  '---',
  `slug: ${slug}`,
  `title: Episode ${slug}`,
  'publishedAt: 2024-01-01T17:00:00.000Z',
  'videoId: f7rvx2rb04zl2vhgoltwedf5',
  'duration: 3600',
  ...more,
  '---',
];

describe('looking across files', () => {
  it('a duplicate slug is an error that names both files, with their lines', async () => {
    const first = await write('episodes/2021/intro.md', ...episode('intro'));
    const second = await write('episodes/2022/intro-again.md', ...episode('intro'));
    const { errors } = await loadContent({ contentDir });
    expect(errors.map(formatProblem)).toEqual([
      `${second}:2:7 slug "intro" is already the slug of ${first}:2:7: slugs must be unique`,
    ]);
  });

  it('a show or technology without a file of its own is a warning at its line', async () => {
    await write('shows/rawkode-live.md', '---', 'name: Rawkode Live', '---');
    await write('technologies/apko.md', '---', 'name: apko', '---');
    const file = await write(
      'episodes/a.md',
      ...episode('a', 'show: klustered', 'technologies:', '  - apko', '  - melange'),
    );
    await write('episodes/b.md', ...episode('b', 'show: rawkode-live'));
    const content = await loadContent({ contentDir });
    expect(content.errors).toEqual([]);
    expect(content.warnings.map(formatProblem)).toEqual([
      `${file}:7:7 show "klustered" has no file shows/klustered.md: it is named by its id`,
      `${file}:10:5 technologies[1] "melange" has no file technologies/melange.md: it is named by its id`,
    ]);
    // Still published: the app names them by their id.
    expect(content.episodes.map((published) => published.slug).sort()).toEqual(['a', 'b']);
  });

  it('names a show and a technology by their file name, whatever their front-matter says', async () => {
    await write('shows/rawkode-live.md', '---', 'id: something-else', 'name: Rawkode Live', '---');
    await write('technologies/apko.md', '---', 'name: apko', 'website: https://apko.dev', 'status: stable', '---');
    const content = await loadContent({ contentDir });
    expect(content.shows).toEqual({ 'rawkode-live': { id: 'rawkode-live', name: 'Rawkode Live', hosts: [] } });
    expect(content.technologies).toEqual({ apko: { id: 'apko', name: 'apko', website: 'https://apko.dev' } });
  });

  it('strict mode turns warnings into errors', async () => {
    await write('episodes/a.md', ...episode('a', 'show: nowhere'));
    const relaxed = await loadContent({ contentDir });
    const strict = await loadContent({ contentDir, strict: true });
    expect(relaxed.errors).toEqual([]);
    expect(strict.errors.map((problem) => problem.field)).toEqual(['show']);
  });
});

describe('publishing', () => {
  it('lists published episodes newest first and leaves scheduled ones out', async () => {
    const dated = (slug: string, publishedAt: string) => [
      '---',
      `slug: ${slug}`,
      `title: ${slug}`,
      `publishedAt: ${publishedAt}`,
      'videoId: f7rvx2rb04zl2vhgoltwedf5',
      'duration: 60',
      '---',
    ];
    await write('episodes/old.md', ...dated('old', '2020-05-01T17:00:00.000Z'));
    await write('episodes/new.md', ...dated('new', '"2024-05-01"'));
    await write('episodes/middle.md', ...dated('middle', '2022-05-01'));
    await write('episodes/next-week.md', ...dated('next-week', '2024-06-08T17:00:00.000Z'));
    const content = await loadContent({ contentDir, publishedBefore: new Date('2024-06-01T00:00:00Z') });
    expect(content.episodes.map((published) => published.slug)).toEqual(['new', 'middle', 'old']);
    expect(content.episodesBySlug.has('next-week')).toBe(false);
  });

  it('ignores files that are not content', async () => {
    await write('README.md', '# About this content');
    await write('episodes/notes.txt', 'not an episode');
    await write('shows/nested/deeper.md', '---', 'name: Nope', '---');
    const content = await loadContent({ contentDir });
    expect(content).toMatchObject({ episodes: [], shows: {}, technologies: {}, errors: [], warnings: [] });
  });
});

describe('rereading', () => {
  it('parses each file once, then only a file whose text changed', async () => {
    const a = await write('episodes/a.md', ...episode('a'));
    await write('episodes/b.md', ...episode('b'));
    await write('shows/rawkode-live.md', '---', 'name: Rawkode Live', '---');
    const store = new ContentStore({ contentDir });
    await store.snapshot();
    expect(store.parseCount).toBe(3);

    // The same text again (Vite asks once per environment): nothing to do.
    expect(await store.update(a)).toBe(false);
    expect(store.parseCount).toBe(3);

    await write('episodes/a.md', ...episode('a').map((line) => line.replace('Episode a', 'Episode A, renamed')));
    expect(await store.update(a)).toBe(true);
    expect(store.parseCount).toBe(4);
    expect((await store.snapshot()).episodesBySlug.get('a')?.title).toBe('Episode A, renamed');

    const c = await write('episodes/c.md', ...episode('c'));
    await store.update(c);
    await rm(a);
    await store.remove(a);
    expect(store.parseCount).toBe(5);
    expect([...(await store.snapshot()).episodesBySlug.keys()].sort()).toEqual(['b', 'c']);
  });
});
