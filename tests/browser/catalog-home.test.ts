// The home page as a viewer uses it: every published episode newest first,
// search as you type, filters that live in the address, long lists that stay
// light, and titles that stay text. A real Chromium against a real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { HOSTILE, SCHEDULED, SEED } from './support/fixtures';
import { BULK, COMPASS, FINDABLE, HOSTILE_TECHNOLOGY, NEWEST, NO_POSTER, STANDALONE } from './support/catalog-fixtures';
import { PUBLISHED } from './support/published-fixtures';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const grid = (page: Page) => page.getByRole('list', { name: 'Episodes' });
const cards = (page: Page) => grid(page).getByRole('listitem');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const summary = (page: Page) => page.locator('.catalog-summary');
/** The titles of the cards drawn, in order. */
const cardTitles = (page: Page) => grid(page).locator('.episode-card-title').allTextContents();
/** Errors other than a missing poster (the fallback covers those). */
const realErrors = () => viewer.pageErrors.filter((message) => !message.includes('Failed to load resource'));

async function openHome(path = '/') {
  await page.goto(path);
  await cards(page).first().waitFor();
}

/** Waits until the cards drawn are exactly these titles. */
async function expectTitles(titles: string[]) {
  await page.waitForFunction(
    (expected) =>
      JSON.stringify([...document.querySelectorAll('[aria-label="Episodes"] .episode-card-title')].map((n) => n.textContent)) ===
      JSON.stringify(expected),
    titles,
    { timeout: 5000 },
  ).catch(() => undefined);
  expect(await cardTitles(page)).toEqual(titles);
}

describe('the list of episodes', () => {
  it('starts with the newest published episode and shows what each card promises', async () => {
    await openHome();
    expect(await page.title()).toBe('Rawkode Academy');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All episodes');
    const titles = await cardTitles(page);
    expect(titles.slice(0, 3)).toEqual([NEWEST.title, FINDABLE.byChapter.title, FINDABLE.byDescription.title]);

    const card = cards(page).nth(1);
    const link = card.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`/watch/${FINDABLE.byChapter.slug}`);
    expect(await link.getAttribute('aria-label')).toBeNull();
    expect(await card.locator('img').getAttribute('src')).toBe(`/media/videos/${SEED.videoId}/thumbnail.webp`);
    expect(await card.locator('.episode-card-meta').textContent()).toBe(`${COMPASS.name} · Jun 2, 2025 · 30:00 · 2 chapters`);
    expect(realErrors()).toEqual([]);
  });

  it('counts every published episode and never lists a scheduled one', async () => {
    await openHome();
    const published = PUBLISHED;
    expect(await summary(page).textContent()).toBe(`${published} episodes`);
    expect(await cards(page).first().getAttribute('aria-setsize')).toBe(String(published));
    await searchBox(page).fill('scheduled');
    await expectTitles([]);
    expect(await summary(page).textContent()).toBe('No episodes match.');
    expect(await page.locator(`a[href="/watch/${SCHEDULED.slug}"]`).count()).toBe(0);
  });

  it('shows a standalone episode without a show, and a tidy panel where a poster is missing', async () => {
    await openHome(`/?q=${encodeURIComponent('standalone')}`);
    expect(await cards(page).locator('.episode-card-meta').first().textContent()).toBe('May 1, 2025 · 30:00');

    await openHome(`/?q=${encodeURIComponent('without a poster')}`);
    const fallback = cards(page).first().locator('.poster-fallback');
    await fallback.waitFor();
    expect(await fallback.textContent()).toBe('ghost-show');
    expect(await cards(page).first().locator('img').count()).toBe(0);
    const box = (await fallback.boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // The panel is decoration: the link is named by the title alone.
    expect(await cards(page).first().getByRole('link', { name: NO_POSTER.title, exact: true }).count()).toBe(1);
  });

  it('shows hostile titles as the text they are', async () => {
    await openHome();
    const titleOf = (slug: string) => grid(page).locator(`a[href="/watch/${slug}"] .episode-card-title`).textContent();
    expect(await titleOf(HOSTILE.slug)).toBe(HOSTILE.title);
    expect(await titleOf(STANDALONE.slug)).toBe(STANDALONE.title);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main b').count()).toBe(0);
  });

  it('draws only the cards near the screen, and the rest as the viewer scrolls', async () => {
    await openHome();
    const drawn = await cards(page).count();
    expect(drawn).toBeGreaterThan(8);
    expect(drawn).toBeLessThan(60);
    // The page is as tall as every card would make it.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(20 * 250);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const oldest = grid(page).getByRole('link', { name: SEED.title });
    await oldest.waitFor();
    expect(await oldest.isVisible()).toBe(true);
    expect(await cards(page).last().getAttribute('aria-posinset')).toBe(await cards(page).last().getAttribute('aria-setsize'));
    expect(await cards(page).count()).toBeLessThan(60);
  });
});

describe('search as you type', () => {
  it('narrows with each letter, and keeps the query in the address', async () => {
    await openHome();
    const entries = await page.evaluate(() => history.length);
    await searchBox(page).pressSequentially('bulk number 14', { delay: 20 });
    // Every word of the query starts a word of the title: numbers that start with 14, newest first (149 down to 140, then 14).
    const fourteens = [149, 148, 147, 146, 145, 144, 143, 142, 141, 140, 14];
    await expectTitles(fourteens.map(BULK.title));
    expect(await summary(page).textContent()).toBe(`11 episodes of ${PUBLISHED} match.`);
    await searchBox(page).press('9');
    await expectTitles([BULK.title(149)]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('bulk number 149');
    // The first letter added an entry (back returns to every episode); the rest replaced it.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    expect(await page.title()).toBe('Episodes “bulk number 149” · Rawkode Academy');
  });

  it('finds words in descriptions and chapter titles, and ignores case and accents', async () => {
    await openHome();
    await searchBox(page).fill(FINDABLE.byDescription.word.toUpperCase());
    await expectTitles([FINDABLE.byDescription.title]);
    await searchBox(page).fill(FINDABLE.byChapter.word);
    await expectTitles([FINDABLE.byChapter.title]);
    await searchBox(page).fill(FINDABLE.byAccentedTitle.typed);
    await expectTitles([FINDABLE.byAccentedTitle.title]);
    expect(realErrors()).toEqual([]);
  });

  it('offers a way back from no results', async () => {
    await page.goto('/?q=nothing+matches+this');
    await page.getByText('No episodes match.').waitFor();
    await expectTitles([]);
    await page.getByRole('button', { name: 'show every episode' }).click();
    await cards(page).first().waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await searchBox(page).inputValue()).toBe('');
  });
});

describe('filters', () => {
  it('filters by show and technology, in the address, undone by back', async () => {
    await openHome();
    await page.getByRole('combobox', { name: 'Show' }).selectOption(COMPASS.id);
    await expectTitles([NEWEST.title, FINDABLE.byChapter.title, FINDABLE.byDescription.title]);
    await page.getByRole('combobox', { name: 'Technology' }).selectOption(HOSTILE_TECHNOLOGY.id);
    await expectTitles([FINDABLE.byChapter.title]);
    expect(new URL(page.url()).search).toBe(`?show=${COMPASS.id}&technology=${HOSTILE_TECHNOLOGY.id}`);
    // A technology's name is text, even in a menu.
    const option = page.getByRole('combobox', { name: 'Technology' }).locator(`option[value="${HOSTILE_TECHNOLOGY.id}"]`);
    expect(await option.textContent()).toBe(`${HOSTILE_TECHNOLOGY.name} (1)`);

    await page.goBack();
    await expectTitles([NEWEST.title, FINDABLE.byChapter.title, FINDABLE.byDescription.title]);
    expect(await page.getByRole('combobox', { name: 'Technology' }).inputValue()).toBe('');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('combobox', { name: 'Show' }).inputValue()).toBe('');
    expect((await cardTitles(page)).length).toBeGreaterThan(3);
    await page.goForward();
    await expectTitles([NEWEST.title, FINDABLE.byChapter.title, FINDABLE.byDescription.title]);
  });

  it('keeps the query typed when a show is picked, and the show when the query changes', async () => {
    await openHome();
    await searchBox(page).fill('platform');
    await page.waitForURL((url) => url.search === '?q=platform');
    await page.getByRole('combobox', { name: 'Show' }).selectOption(COMPASS.id);
    await page.waitForURL((url) => url.search === `?q=platform&show=${COMPASS.id}`);
    await searchBox(page).fill('platform engineering');
    await page.waitForURL((url) => url.search === `?q=platform+engineering&show=${COMPASS.id}`);
    expect(await page.getByRole('combobox', { name: 'Show' }).inputValue()).toBe(COMPASS.id);
  });

  it('opens a shared filtered view as it was, and keeps it through a reload', async () => {
    const shared = `/?q=platform&show=${COMPASS.id}&technology=kubernetes`;
    await openHome(shared);
    await expectTitles([FINDABLE.byChapter.title]);
    expect(await searchBox(page).inputValue()).toBe('platform');
    expect(await page.getByRole('combobox', { name: 'Show' }).inputValue()).toBe(COMPASS.id);
    expect(await page.getByRole('combobox', { name: 'Technology' }).inputValue()).toBe('kubernetes');
    await page.reload();
    await expectTitles([FINDABLE.byChapter.title]);
    expect(await searchBox(page).inputValue()).toBe('platform');

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(await searchBox(page).inputValue()).toBe('');
  });
});
