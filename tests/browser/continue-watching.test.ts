// Continue watching (contract §3): the home page starts with the episodes the
// viewer left part way, most recent first, with their progress and a way to
// remove each. A real Chromium against a real build.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, unhandledRejections, type Viewer } from './support/browser';
import { HOSTILE, MANY_CHAPTERS, SCHEDULED, SEED } from './support/fixtures';
import { BULK } from './support/catalog-fixtures';
import { SERIES } from './support/up-next-fixtures';
import { axeViolations } from './support/axe';
import { waitForPlaying, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const region = () => page.getByRole('region', { name: 'Continue watching' });
const list = () => page.getByRole('list', { name: 'Continue watching' });
const items = () => list().getByRole('listitem');
const removeButton = (title: string) => page.getByRole('button', { name: `Remove ${title} from Continue watching`, exact: true });
/** Errors other than a missing poster. */
const realErrors = () => viewer.pageErrors.filter((message) => !message.includes('Failed to load resource'));

/** Puts these entries in localStorage before the site's scripts run, `savedAt` counted back from now. */
async function remember(entries: Record<string, string | { t: unknown; minutesAgo: number }>) {
  await page.addInitScript((stored) => {
    if (sessionStorage.getItem('remembered')) return; // once per test: reloads keep what the page did
    sessionStorage.setItem('remembered', '1');
    for (const [slug, value] of Object.entries(stored)) {
      const text = typeof value === 'string' ? value : JSON.stringify({ t: value.t, savedAt: Date.now() - value.minutesAgo * 60_000 });
      localStorage.setItem(`watch-position:${slug}`, text);
    }
  }, entries);
}

async function openHome() {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'All episodes' }).waitFor();
  await page.locator('.episode-grid li').first().waitFor();
}

/** Each listed episode as a viewer reads it: its link's name and address, and its progress in words. */
async function listed() {
  await items().first().waitFor();
  return items().evaluateAll((nodes) =>
    nodes.map((item) => ({
      title: item.querySelector('a')?.textContent,
      href: item.querySelector('a')?.getAttribute('href'),
      progress: item.querySelector('.continue-time')?.textContent,
    })),
  );
}

const THE_USUAL = {
  [SERIES.first.slug]: { t: 2226, minutesAgo: 1 },
  [SEED.slug]: { t: 1401, minutesAgo: 5 },
  // Not on the home page's first page: loaded on its own.
  [BULK.slug(1)]: { t: 900, minutesAgo: 60 },
  [HOSTILE.slug]: { t: 60, minutesAgo: 24 * 60 },
};

describe('continue watching', () => {
  it('lists remembered episodes first on the page, most recent first, each with its progress', async () => {
    await remember(THE_USUAL);
    await openHome();
    expect(await listed()).toEqual([
      { title: SERIES.first.title, href: `/watch/${SERIES.first.slug}`, progress: '37:06 of 1:14:13 (50% watched)' },
      { title: SEED.title, href: `/watch/${SEED.slug}`, progress: '23:21 of 1:14:13 (31% watched)' },
      { title: BULK.title(1), href: `/watch/${BULK.slug(1)}`, progress: '15:00 of 30:00 (50% watched)' },
      { title: HOSTILE.title, href: `/watch/${HOSTILE.slug}`, progress: '1:00 of 1:14:13 (1% watched)' },
    ]);
    // Before every episode's list, and titles stay text.
    const before = await region().evaluate((section) => {
      const allEpisodes = [...document.querySelectorAll('h1')].find((h) => h.textContent === 'All episodes')!;
      return Boolean(section.compareDocumentPosition(allEpisodes) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The bar shows the same half-way mark as the words.
    const [bar, filled] = await Promise.all([
      items().first().locator('.continue-bar').boundingBox(),
      items().first().locator('.continue-bar > span').boundingBox(),
    ]);
    expect(filled!.width / bar!.width).toBeCloseTo(0.5, 1);
    expect(realErrors()).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });

  it('skips deleted and scheduled episodes, positions past the end and garbage, silently', async () => {
    await remember({
      [SEED.slug]: { t: 1401, minutesAgo: 5 },
      'an-episode-that-was-deleted': { t: 100, minutesAgo: 1 },
      [SCHEDULED.slug]: { t: 100, minutesAgo: 2 },
      [MANY_CHAPTERS.slug]: { t: SEED.duration + 100, minutesAgo: 3 },
      [SERIES.first.slug]: '{"t": 12',
      [SERIES.second.slug]: { t: 'half way', minutesAgo: 4 },
      [BULK.slug(2)]: 'null',
      '../../evil': { t: 100, minutesAgo: 1 },
    });
    await openHome();
    expect(await listed()).toEqual([{ title: SEED.title, href: `/watch/${SEED.slug}`, progress: '23:21 of 1:14:13 (31% watched)' }]);
    expect(realErrors()).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });

  it('links to the watch page, which resumes where the viewer left off', async () => {
    await remember(THE_USUAL);
    await openHome();
    await list().getByRole('link', { name: SEED.title, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/watch/${SEED.slug}` && url.search === '');
    await waitForTime(page, 1401, 1);
    expect(await page.getByRole('status').filter({ hasText: 'Resumed at 23:21' }).count()).toBe(1);
  });

  it('shows an episode just watched when the viewer comes back to the home page', async () => {
    await page.goto(`/watch/${SEED.slug}?t=1401`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
    await page.getByRole('link', { name: 'Rawkode Academy' }).first().click();
    await list().getByRole('link', { name: SEED.title, exact: true }).waitFor();
    expect(await items().count()).toBe(1);
  });

  it('removes an episode, for good, moving the focus to the next one', async () => {
    await remember(THE_USUAL);
    await openHome();
    await items().nth(3).waitFor();
    await removeButton(SEED.title).click();
    await page.waitForFunction(() => document.querySelectorAll('[aria-labelledby="continue-watching-heading"] li').length === 3);
    expect((await listed()).map((item) => item.title)).toEqual([SERIES.first.title, BULK.title(1), HOSTILE.title]);
    expect(await removeButton(BULK.title(1)).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await page.evaluate((slug) => localStorage.getItem(`watch-position:${slug}`), SEED.slug)).toBeNull();

    // By keyboard: the focus stays in the list, on the next Remove button each time.
    for (let left = 2; left >= 0; left--) {
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('[aria-labelledby="continue-watching-heading"] li').length === n, left);
    }
    expect(await region().count()).toBe(0);
    await page.reload();
    await page.locator('.episode-grid li').first().waitFor();
    expect(await region().count()).toBe(0);
  });

  it('is not there when nothing is remembered, nor when storage throws', async () => {
    await openHome();
    expect(await region().count()).toBe(0);

    const blocked = await viewer.context.newPage();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    blocked.on('pageerror', (error) => errors.push(error.message));
    await blocked.goto('/');
    await blocked.locator('.episode-grid li').first().waitFor();
    expect(await blocked.getByRole('region', { name: 'Continue watching' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violation, in dark and light colours', async () => {
    await remember(THE_USUAL);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await openHome();
    await items().nth(3).waitFor();
    expect(await axeViolations(page), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'light').toEqual([]);
  });

  it('keeps the home page within 90 KB of JavaScript with ten episodes to continue, none on the first page', async () => {
    await remember(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [BULK.slug(i + 1), { t: 600, minutesAgo: i }])));
    const sizes: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    await openHome();
    await items().nth(9).waitFor();
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    console.log(`home page with ten episodes to continue: ${(total / 1024).toFixed(1)} KB of JavaScript (gzip -9)`);
    expect(total).toBeLessThanOrEqual(90 * 1024);
  });
});
