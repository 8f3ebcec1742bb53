// An author's promise: with `npm run dev` open on a page, an edit to an
// episode's Markdown shows on that page, without a reload and without a
// restart. Chromium against the running dev server, on content the test owns.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/chromium';
import type { Browser } from 'playwright-core';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SLUG = 'introducing-apko-and-melange';

let server: ViteDevServer;
let browser: Browser;
let contentDir: string;
let baseUrl: string;

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'live-edit-'));
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = contentDir;
  try {
    server = await createServer({ root: projectRoot, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  }
  baseUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(contentDir, { recursive: true, force: true });
});

const episodeFile = () => path.join(contentDir, 'episodes', `${SLUG}.md`);

/** Rewrites the seed episode's Markdown as an author would in an editor. */
async function edit(replace: (text: string) => string) {
  await writeFile(episodeFile(), replace(await readFile(episodeFile(), 'utf8')));
}

/** Marks the page, so that a reload (which would lose the mark) is noticed. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
}
const stillTheSamePage = (page: Page) => page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);

describe('an author editing content with the dev server open', () => {
  it('sees a new title and chapter title on the open watch page, which keeps playing where it was', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/watch/${SLUG}?t=2807`);
      await page.getByRole('heading', { level: 1, name: 'Introducing apko & melange' }).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 30_000 });
      await markPage(page);
      await edit((text) => text.replace('title: Introducing apko & melange', 'title: Introducing apko & melange, live').replace('title: Melange Signing Keys', 'title: Signing keys, edited'));
      await page.getByRole('heading', { level: 1, name: 'Introducing apko & melange, live' }).waitFor({ timeout: 20_000 });
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Signing keys, edited/ }).waitFor({ timeout: 20_000 });
      expect(await stillTheSamePage(page)).toBe(true);
      // The player was not rebuilt: the video is still at the linked moment.
      expect(await page.locator('video').evaluate((video: HTMLVideoElement) => Math.round(video.currentTime))).toBe(2807);
      expect(await page.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuetext')).toContain('Signing keys, edited');
    } finally {
      await page.close();
    }
  }, 120_000);

  it('sees a new title on the open home page and show page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      const card = (title: string) => page.getByRole('link', { name: title, exact: false });
      await card('Introducing apko & melange').first().waitFor({ timeout: 60_000 });
      await markPage(page);
      await edit((text) => text.replace(/^title: .*$/m, 'title: Retitled on the home page'));
      await card('Retitled on the home page').first().waitFor({ timeout: 20_000 });
      expect(await stillTheSamePage(page)).toBe(true);

      await page.goto(`${baseUrl}/shows/rawkode-live`);
      await card('Retitled on the home page').first().waitFor({ timeout: 60_000 });
      await markPage(page);
      await edit((text) => text.replace(/^title: .*$/m, 'title: Retitled on the show page'));
      await card('Retitled on the show page').first().waitFor({ timeout: 20_000 });
      expect(await stillTheSamePage(page)).toBe(true);
    } finally {
      await page.close();
    }
  }, 120_000);
});
