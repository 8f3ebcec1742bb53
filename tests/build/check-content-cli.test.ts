// `npm run check:content` as an author's CI runs it, beside `vite build` on the
// same content: the same messages, the exit code CI needs, and annotations.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { episodeMarkdown, lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs the command from the project root, as `npm run check:content -- …` does. */
function checkContent(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(projectRoot, 'node_modules/.bin/tsx'),
      ['scripts/check-content.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, CONTENT_STRICT: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let broken: ContentRoot;
let good: ContentRoot;

beforeAll(async () => {
  broken = await makeContentRoot({
    'episodes/bad-url.md': episodeMarkdown({
      slug: 'bad-url',
      extraLines: ['resources:', '  - title: Slides', '    url: https://example.com/slides', '  - title: Run me', '    url: "javascript:alert(1)"'],
    }),
    'episodes/no-video.md': lines('---', 'slug: no-video', 'title: No video', 'publishedAt: 2024-01-01', 'duration: 60', '---'),
    'episodes/unknown-show.md': episodeMarkdown({ slug: 'unknown-show', show: 'nowhere' }),
  });
  good = await makeContentRoot({
    'episodes/good.md': episodeMarkdown({ slug: 'good', show: 'nowhere' }),
  });
});
afterAll(async () => {
  await broken?.cleanUp();
  await good?.cleanUp();
});

describe('check:content', () => {
  it('exits 1 on errors, printing every error as the build does', async () => {
    const buildError = await build(viteConfig(broken, recordingLogger())).then(
      () => undefined,
      (error: Error) => error.message,
    );
    const { code, stdout } = await checkContent({ CONTENT_DIR: broken.contentDir });
    expect(code).toBe(1);
    const errorLines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(errorLines).toEqual([
      expect.stringMatching(/bad-url\.md:11:10 resources\[1\]\.url must be an absolute http: or https: URL/),
      expect.stringMatching(/no-video\.md:2:1 videoId is required \(or name the video by `id`\)$/),
    ]);
    for (const line of errorLines) expect(buildError).toContain(line.trim());
    expect(stdout).toMatch(/unknown-show\.md:7:7 show "nowhere" has no file shows\/nowhere\.md/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Checked 3 files in ${broken.contentDir}: 2 errors, 1 warning.`);
  });

  it('--format github prints one annotation per problem', async () => {
    const { code, stdout } = await checkContent({ CONTENT_DIR: broken.contentDir }, '--format', 'github');
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      expect.stringMatching(/^::error file=[^,]*bad-url\.md,line=11,col=10::resources\[1\]\.url must be an absolute http: or https: URL/),
      expect.stringMatching(/^::error file=[^,]*no-video\.md,line=2,col=1::videoId is required/),
      expect.stringMatching(/^::warning file=[^,]*unknown-show\.md,line=7,col=7::show "nowhere" has no file/),
    ]);
  });

  it('exits 0 with warnings alone, and 1 with them under CONTENT_STRICT=1', async () => {
    expect((await checkContent({ CONTENT_DIR: good.contentDir })).code).toBe(0);
    expect((await checkContent({ CONTENT_DIR: good.contentDir, CONTENT_STRICT: '1' })).code).toBe(1);
  });

  it('a bad argument or a missing root is not a pass', async () => {
    const badFormat = await checkContent({ CONTENT_DIR: good.contentDir }, '--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be text or github');
    const missing = await checkContent({ CONTENT_DIR: path.join(good.contentDir, 'nope') });
    expect(missing.code).toBe(2);
  });
});
