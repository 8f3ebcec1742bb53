// Today's Rawkode front-matter (contract §1): the video named by `id`, people,
// guests, resources and what-you-will-learn, and where their mistakes are reported.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFileOf } from '@/build/content-files';
import { loadContent } from '@/build/content-store';
import { parseContentFile } from '@/build/parse-content-file';
import { formatProblem } from '@/build/problems';

const FILE = '/content/episodes/newer.md';
const lines = (...text: string[]) => `${text.join('\n')}\n`;

const newer = [
  'id: mw4k6xorz7ks3vg0gmqmogyl',
  'slug: building-with-spin',
  'title: Building with Spin',
  'publishedAt: 2025-03-19T17:00:00.000Z',
  'duration: 6370',
];

function parseEpisode(...frontMatter: string[]) {
  const parsed = parseContentFile({ kind: 'episode', file: FILE, id: 'newer' }, lines('---', ...frontMatter, '---'));
  if (parsed.kind !== 'episode') throw new Error('parsed as another kind');
  return parsed;
}

const problemsOf = (...frontMatter: string[]) =>
  parseEpisode(...frontMatter).problems.map(({ severity, line, column, field, message }) => ({ severity, line, column, field, message }));

describe('the video id', () => {
  it('is `id` when `videoId` is absent', () => {
    const { value, problems } = parseEpisode(...newer);
    expect(problems).toEqual([]);
    expect(value?.videoId).toBe('mw4k6xorz7ks3vg0gmqmogyl');
  });

  it('is `videoId` when both are written (older content, where `id` names the episode)', () => {
    const { value } = parseEpisode(...newer, 'videoId: f7rvx2rb04zl2vhgoltwedf5');
    expect(value?.videoId).toBe('f7rvx2rb04zl2vhgoltwedf5');
    expect(value?.id).toBe('mw4k6xorz7ks3vg0gmqmogyl');
  });

  it('with neither, is an error naming `videoId`', () => {
    expect(problemsOf(...newer.slice(1))).toEqual([
      { severity: 'error', line: 2, column: 1, field: 'videoId', message: 'is required (or name the video by `id`)' },
    ]);
  });

  it('an empty `id` does not stand in for it', () => {
    expect(problemsOf('id: ""', ...newer.slice(1)).map((problem) => problem.field)).toEqual(['videoId']);
  });
});

describe('guests, resources and what you will learn', () => {
  it('are kept as written; guests carry their id as the name until a people file names them', () => {
    const { value, problems } = parseEpisode(
      ...newer,
      'guests:',
      '  - thorsten-hans',
      'resources:',
      '  - title: Slides',
      '    url: https://example.com/slides.pdf',
      '    category: slides',
      '  - title: "</a><script>alert(1)</script>"',
      '    url: http://example.com/code?a=1&b=2',
      'whatYouWillLearn:',
      '  - Why WebAssembly matters on the server',
      '  - <b>not bold</b>',
    );
    expect(problems).toEqual([]);
    expect(value?.guests).toEqual([{ id: 'thorsten-hans', name: 'thorsten-hans' }]);
    expect(value?.resources).toEqual([
      { title: 'Slides', url: 'https://example.com/slides.pdf', category: 'slides' },
      { title: '</a><script>alert(1)</script>', url: 'http://example.com/code?a=1&b=2' },
    ]);
    expect(value?.whatYouWillLearn).toEqual(['Why WebAssembly matters on the server', '<b>not bold</b>']);
  });

  it('empty or absent lists are left out, so the episode module does not carry them', () => {
    const { value } = parseEpisode(...newer, 'guests: []', 'resources:', 'whatYouWillLearn: []');
    expect(Object.keys(JSON.parse(JSON.stringify(value)))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(guests|resources|whatYouWillLearn)$/)]),
    );
    expect([value?.guests, value?.resources, value?.whatYouWillLearn]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['/slides.pdf'],
    ['slides.pdf'],
    ['//example.com/slides'],
    ['ftp://example.com/slides'],
    ['data:text/html,<script>alert(1)</script>'],
    ['https://'],
  ])('a resource url %j is an error at its line, naming resources[1].url', (url) => {
    const problems = problemsOf(
      ...newer,
      'resources:',
      '  - title: Slides',
      '    url: https://example.com/slides',
      '  - title: Code',
      `    url: ${JSON.stringify(url)}`,
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        line: 11,
        column: 10,
        field: 'resources[1].url',
        message: `must be an absolute http: or https: URL (like https://example.com/slides), not ${JSON.stringify(url)}`,
      },
    ]);
  });

  it('a resource without a url is an error at that resource', () => {
    expect(problemsOf(...newer, 'resources:', '  - title: Slides', '    category: slides')).toEqual([
      { severity: 'error', line: 8, column: 5, field: 'resources[0].url', message: 'is required' },
    ]);
  });

  it('a resource without a title, and an empty thing to learn, are errors at their lines', () => {
    const problems = problemsOf(...newer, 'resources:', '  - url: https://example.com', 'whatYouWillLearn:', '  - "  "');
    expect(problems.map(({ line, field, message }) => `${line} ${field} ${message}`)).toEqual([
      '8 resources[0].title is required',
      '10 whatYouWillLearn[0] must not be empty',
    ]);
  });
});

describe('people', () => {
  it('people/<id>.md is content of its own kind', () => {
    expect(contentFileOf('/content', '/content/people/thorsten-hans.md')).toEqual({
      kind: 'person',
      file: '/content/people/thorsten-hans.md',
      id: 'thorsten-hans',
    });
    expect(contentFileOf('/content', '/content/people/team/someone.md')).toBeUndefined();
  });

  it('a person needs a name', () => {
    const parsed = parseContentFile({ kind: 'person', file: '/content/people/x.md', id: 'x' }, lines('---', 'website: https://x.dev', '---'));
    expect(parsed.problems.map(formatProblem)).toEqual(['/content/people/x.md:2:1 name is required']);
  });
});

describe('guests by name, across files', () => {
  let contentDir: string;
  beforeEach(async () => {
    contentDir = await mkdtemp(path.join(tmpdir(), 'newer-content-'));
  });
  afterEach(async () => {
    await rm(contentDir, { recursive: true, force: true });
  });
  const write = async (relativePath: string, ...text: string[]) => {
    const file = path.join(contentDir, relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, lines(...text));
  };

  it('each guest gets the name and http(s) website of their people file; one without a file keeps the id', async () => {
    await write('people/thorsten-hans.md', '---', 'name: Thorsten Hans', 'website: https://thorsten-hans.com', '---');
    await write('people/ariadne.md', '---', 'name: Ariadne Conill', 'website: "javascript:alert(1)"', '---');
    await write('people/no-site.md', '---', 'name: No Site', '---');
    await write('episodes/a.md', '---', ...newer, 'guests:', '  - thorsten-hans', '  - ariadne', '  - no-site', '  - nobody-yet', '---');
    const { errors, warnings, episodes } = await loadContent({ contentDir });
    expect([...errors, ...warnings]).toEqual([]);
    expect(episodes[0]?.guests).toEqual([
      { id: 'thorsten-hans', name: 'Thorsten Hans', website: 'https://thorsten-hans.com' },
      { id: 'ariadne', name: 'Ariadne Conill' },
      { id: 'no-site', name: 'No Site' },
      { id: 'nobody-yet', name: 'nobody-yet' },
    ]);
  });

  it('a bad resource url fails with file, line, column and field', async () => {
    await write('episodes/2025/bad.md', '---', ...newer, 'resources:', '  - title: Run me', '    url: javascript:alert(1)', '---');
    const { errors } = await loadContent({ contentDir });
    expect(errors.map(formatProblem)).toEqual([
      `${path.join(contentDir, 'episodes/2025/bad.md')}:9:10 resources[0].url must be an absolute http: or https: URL (like https://example.com/slides), not "javascript:alert(1)"`,
    ]);
  });
});
