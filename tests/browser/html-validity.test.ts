// Every kind of prerendered page, as the host serves it, checked by the W3C Nu
// HTML Checker (vnu.jar, run with this machine's Java): no errors, in the HTML
// or in the stylesheet written into it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { siteUrl } from './support/browser';
import { HOSTILE, LATE_START, MANY_CHAPTERS, MISSING_STREAM, SEED } from './support/fixtures';

const PAGES = [
  `/watch/${SEED.slug}`,
  `/watch/${HOSTILE.slug}`,
  `/watch/${LATE_START.slug}`,
  `/watch/${MANY_CHAPTERS.slug}`,
  `/watch/${MISSING_STREAM.slug}`,
  `/embed/${SEED.slug}`,
  `/embed/${HOSTILE.slug}`,
  '/',
  '/404.html',
];

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('prerendered pages', () => {
  it('are valid HTML to the Nu HTML Checker', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'vnu-'));
    try {
      const files = await Promise.all(
        PAGES.map(async (page, index) => {
          const response = await fetch(`${siteUrl()}${page}`);
          expect(response.ok, page).toBe(true);
          const file = path.join(folder, `page-${index}.html`);
          await writeFile(file, await response.text());
          return file;
        }),
      );
      // vnu exits non-zero when it finds errors; its JSON report (on stderr) says which.
      const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files]).catch(
        (failure: { stderr?: string }) => ({ stderr: failure.stderr ?? '' }),
      );
      const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
      // A watch page and an embed page carry their stylesheet inline, which the checker's CSS validator reads
      // too (it knows no container queries: control-bar-fit.ts says what the player does instead): its errors count.
      const errors = messages
        .map((message) => `${PAGES[files.findIndex((file) => message.url.endsWith(path.basename(file)))]}:${message.lastLine}: ${message.message}`);
      expect(errors).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
