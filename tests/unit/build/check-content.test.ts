// The authors' check: what it prints and how it exits, on content written here.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, checkOptionsFrom, escapeData, escapeProperty, githubAnnotation } from '@/build/check-content';

let contentDir: string;
beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'check-content-'));
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
  'id: f7rvx2rb04zl2vhgoltwedf5',
  'duration: 600',
  ...more,
  '---',
];

describe('checkContent', () => {
  it('good content: exit 0 and a summary', async () => {
    await write('episodes/a.md', ...episode('a'));
    await write('people/ada.md', '---', 'name: Ada', '---');
    const report = await checkContent({ contentDir, strict: false, format: 'text' });
    expect(report.exitCode).toBe(0);
    expect(report.lines).toEqual([`Checked 2 files in ${contentDir}: 0 errors, 0 warnings.`]);
  });

  it('errors: exit 1, every one in the build’s words, and warnings before them', async () => {
    const bad = await write('episodes/bad.md', ...episode('bad', 'resources:', '  - title: Run me', '    url: javascript:alert(1)'));
    const late = await write('episodes/late.md', ...episode('late', 'chapters:', '  - startTime: 900', '    title: Late'));
    const broken = await write('episodes/broken.md', 'no front-matter');
    const report = await checkContent({ contentDir, strict: false, format: 'text' });
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      `${late}:8:16 chapters[0].startTime 900 s is at or after the end of the episode (duration 600 s): the chapters track leaves it out`,
      [
        'Content has 2 errors in 2 files:',
        `  ${bad}:9:10 resources[0].url must be an absolute http: or https: URL (like https://example.com/slides), not "javascript:alert(1)"`,
        `  ${broken}:1:1 has no front-matter: the file must start with a line \`---\`, then YAML, then a line \`---\``,
      ].join('\n'),
      `Checked 3 files in ${contentDir}: 2 errors, 1 warning.`,
    ]);
  });

  it('warnings alone pass, unless strict', async () => {
    await write('episodes/a.md', ...episode('a', 'show: nowhere'));
    expect((await checkContent({ contentDir, strict: false, format: 'text' })).exitCode).toBe(0);
    const strict = await checkContent({ contentDir, strict: true, format: 'text' });
    expect(strict.exitCode).toBe(1);
    expect(strict.lines.at(-1)).toBe(`Checked 1 file in ${contentDir}: 1 error, 0 warnings.`);
  });

  it('GitHub format: one annotation per problem, at its file, line and column', async () => {
    const bad = await write('episodes/bad.md', ...episode('bad', 'resources:', '  - title: Slides', '    url: https://example.com', '  - title: Code', '    url: /code'));
    const unknown = await write('episodes/unknown.md', ...episode('unknown', 'show: nowhere'));
    const report = await checkContent({ contentDir, strict: false, format: 'github' });
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      // In the message, only %, CR and LF are escaped; `:` and `,` are escaped in the file name.
      `::error file=${escapeProperty(bad)},line=11,col=10::resources[1].url must be an absolute http: or https: URL (like https://example.com/slides), not "/code"`,
      `::warning file=${escapeProperty(unknown)},line=7,col=7::show "nowhere" has no file shows/nowhere.md: it is named by its id`,
      `Checked 2 files in ${contentDir}: 1 error, 1 warning.`,
    ]);
  });

  it('a content root that is not there: exit 2, saying so', async () => {
    const report = await checkContent({ contentDir: path.join(contentDir, 'missing'), strict: false, format: 'text' });
    expect(report).toEqual({ exitCode: 2, lines: [`No content root at ${path.join(contentDir, 'missing')} (set CONTENT_DIR to a folder)`] });
  });
});

describe('GitHub annotations escape what would end or split the command', () => {
  it('%, CR and LF in the message; also : and , in the file', () => {
    const line = githubAnnotation({
      severity: 'error',
      file: '/tmp/a,b:c%.md',
      line: 3,
      column: 4,
      field: 'title',
      message: '100% wrong\r\nsecond line: a, b',
    });
    expect(line).toBe('::error file=/tmp/a%2Cb%3Ac%25.md,line=3,col=4::title 100%25 wrong%0D%0Asecond line: a, b');
  });

  it('escaping is reversible: the text GitHub shows is the text written', () => {
    const text = 'a%0A b\n c\r d: e, f %25';
    const unescape = (escaped: string) =>
      escaped.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    expect(unescape(escapeData(text))).toBe(text);
    expect(unescape(escapeProperty(text))).toBe(text);
    expect(escapeProperty(text)).not.toMatch(/[\r\n:,]/);
  });
});

describe('the command line', () => {
  const env = { CONTENT_DIR: 'corpus', CONTENT_STRICT: '1' };
  it('reads CONTENT_DIR against the working directory, CONTENT_STRICT, and --format', () => {
    expect(checkOptionsFrom(['--format', 'github'], env, '/repo')).toEqual({ contentDir: '/repo/corpus', strict: true, format: 'github' });
    expect(checkOptionsFrom(['--format=text'], {}, '/repo')).toEqual({ contentDir: '/repo/content', strict: false, format: 'text' });
    expect(checkOptionsFrom([], { CONTENT_DIR: '/abs/content' }, '/repo')).toMatchObject({ contentDir: '/abs/content' });
  });

  it('says what is wrong with a bad argument', () => {
    expect(checkOptionsFrom(['--format', 'xml'], {}, '/repo')).toEqual({ error: '--format must be text or github, not "xml"' });
    expect(checkOptionsFrom(['--format'], {}, '/repo')).toEqual({ error: '--format needs a value: text or github' });
    expect(checkOptionsFrom(['--fast'], {}, '/repo')).toEqual({ error: 'Unknown argument: --fast' });
    expect(checkOptionsFrom(['--help'], {}, '/repo')).toEqual({ help: true });
  });
});
