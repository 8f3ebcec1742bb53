// Search on the home page ranks what matters: episodes about the words before
// episodes that mention them, C++ and C# as the names they are, and Back
// returns from a search to the full list. A real Chromium against a real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { BULK, NEWEST, RANKING } from './support/catalog-fixtures';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const grid = () => page.getByRole('list', { name: 'Episodes' });
const searchBox = () => page.getByRole('searchbox', { name: 'Search' });
const cardTitles = () => grid().locator('.episode-card-title').allTextContents();

/** Waits until the search index has loaded (the summary stops saying descriptions are still loading) and the cards are these. */
async function expectResults(titles: string[]) {
  await page
    .waitForFunction(
      (expected) =>
        !document.querySelector('.catalog-summary')?.textContent?.includes('still loading') &&
        JSON.stringify([...document.querySelectorAll('[aria-label="Episodes"] .episode-card-title')].map((n) => n.textContent)) ===
          JSON.stringify(expected),
      titles,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  expect(await cardTitles()).toEqual(titles);
}

/** What a search for "cilium" lists, in order. */
const CILIUM_RESULTS = [
  // Both about it (its title, its technology): newest first.
  RANKING.ciliumByTechnology.title,
  RANKING.aboutCilium.title,
  // Newer, but Cilium is only in a chapter title or the description.
  RANKING.mentionsCiliumInChapter.title,
  RANKING.mentionsCiliumInDescription.title,
];

async function openHome() {
  await page.goto('/');
  await grid().getByRole('listitem').first().waitFor();
}

describe('search ranking', () => {
  it('lists the episodes about Cilium first, then the newer ones that only mention it', async () => {
    await openHome();
    await searchBox().fill('cilium');
    await expectResults(CILIUM_RESULTS);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('finds C++ and C# by name instead of every episode with a c in it', async () => {
    await openHome();
    await searchBox().fill('c++');
    // C# mentions C++ in its description: it comes after the episode about C++.
    await expectResults([RANKING.cpp.title, RANKING.csharp.title]);
    await searchBox().fill('C#');
    await expectResults([RANKING.csharp.title]);
  });

  it('answers a word no episode has from the index, without the whole catalog', async () => {
    const catalogCode: string[] = [];
    page.on('request', (request) => /\/assets\/search-index-/.test(request.url()) && catalogCode.push(request.url()));
    const missing: string[] = [];
    page.on('response', (response) => response.status() === 404 && response.url().includes('/episode-index/') && missing.push(response.url()));
    await openHome();
    // No episode has a word that starts with `qz` (the build wrote no words file for it), nor with `xq`:
    // the index's list of keys, read as the viewer reaches for the box, says so, and neither file is asked for.
    await searchBox().pressSequentially('cilium qzwert', { delay: 30 });
    await page.locator('.catalog-summary').filter({ hasText: 'No episodes match.' }).waitFor();
    await searchBox().fill('xqzy');
    await page.locator('.catalog-summary').filter({ hasText: 'No episodes match.' }).waitFor();
    await searchBox().fill('cilium');
    await expectResults(CILIUM_RESULTS);
    expect(await page.locator('.catalog-summary').textContent()).not.toContain('still loading');
    // Pasted into a page just opened (the whole query at once): the list is read as the box is reached for, and waited for.
    await openHome();
    await searchBox().fill('qzwert');
    await page.locator('.catalog-summary').filter({ hasText: 'No episodes match.' }).waitFor();
    expect(catalogCode).toEqual([]);
    expect(missing).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('adds one history entry for a search, so Back returns to every episode', async () => {
    await openHome();
    const entries = await page.evaluate(() => history.length);
    await searchBox().pressSequentially('cilium', { delay: 20 });
    await expectResults(CILIUM_RESULTS);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cilium');

    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(await searchBox().inputValue()).toBe('');
    await grid().getByRole('link', { name: NEWEST.title }).waitFor();
    expect((await cardTitles())[0]).toBe(NEWEST.title);
    expect((await cardTitles()).length).toBeGreaterThan(4);

    // Forward brings the search back as it was left.
    await page.goForward();
    await page.waitForURL((url) => url.search === '?q=cilium');
    expect(await searchBox().inputValue()).toBe('cilium');
  });

  it('begins a new search from every episode by searching, not by showing the search before', async () => {
    await openHome();
    await searchBox().fill('cilium');
    await expectResults(CILIUM_RESULTS);
    await searchBox().fill('');
    await grid().getByRole('link', { name: NEWEST.title }).waitFor();

    // The next search's words are held on their way, so the page can be seen while it searches.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/episode-index/words-*', async (route) => {
      await released;
      await route.continue();
    });
    await searchBox().fill('c++');
    const results = page.locator('.catalog-results');
    await expect.poll(() => results.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Searching…' }).count()).toBe(1);
    // Nothing of the cleared search, and not the whole list either.
    expect(await cardTitles()).toEqual([]);

    release();
    await expectResults([RANKING.cpp.title, RANKING.csharp.title]);
    expect(await results.getAttribute('aria-busy')).toBe('false');
    expect(viewer.pageErrors).toEqual([]);
  });

  it('reads the next cards of a long list of results as the viewer scrolls toward them, down to the oldest', async () => {
    await openHome();
    await searchBox().fill(BULK.name);
    await grid().getByRole('link', { name: BULK.title(BULK.count), exact: true }).waitFor();
    // Only the first cards are read at first; the list is as tall as every match.
    const setSize = Number(await grid().getByRole('listitem').first().getAttribute('aria-setsize'));
    expect(setSize).toBe(BULK.count);
    const oldest = grid().getByRole('link', { name: BULK.title(1), exact: true });
    expect(await oldest.count()).toBe(0);
    // The viewer scrolls on to the end: each time near the last card read, the next ones are read.
    for (let i = 0; i < 40 && (await oldest.count()) === 0; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(100);
    }
    await oldest.waitFor();
    expect(await grid().getByRole('listitem').last().getAttribute('aria-posinset')).toBe(String(BULK.count));
    expect(viewer.pageErrors).toEqual([]);
  });
});
