// Opening the home page downloads only its first page of episodes, so it costs
// the same at any catalog size; the rest arrive when the viewer scrolls toward
// them, searches or filters, without moving what is on screen. The fixtures
// publish over 150 episodes; the first page holds the newest 48.
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { wheelAndSettle } from './support/settle';
import { NO_CAPTIONS } from './support/transcript-fixtures';
import { BULK, NEWEST } from './support/catalog-fixtures';
import { CATALOG_FIRST_PAGE_SIZE } from '@/content/listing-modules';

/** The oldest published episode (transcript-fixtures.ts): only the whole catalog holds it. */
const OLDEST = NO_CAPTIONS;

let viewer: Viewer;
let page: Page;
/** The text of every script the page has downloaded. */
let scripts: Array<Promise<string>>;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
  scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
});

const grid = () => page.getByRole('list', { name: 'Episodes' });
const cards = () => grid().getByRole('listitem');
const summary = () => page.locator('.catalog-summary');
const oldestCard = () => grid().getByRole('link', { name: OLDEST.title });

/** Whether the page has downloaded a script holding this episode. */
const downloaded = async (slug: string) => (await Promise.all(scripts)).some((text) => text.includes(`"${slug}"`));
/** Resolves when a script holding the oldest episode (the whole catalog) arrives. */
const wholeCatalog = (page: Page) =>
  page.waitForResponse(async (response: Response) => response.request().resourceType() === 'script' && (await response.text()).includes(`"${OLDEST.slug}"`));

async function openHome(path = '/') {
  await page.goto(path);
  await cards().first().waitFor();
}

describe('the home page’s first page', () => {
  it('opens with the newest episodes and the full count, without downloading the rest', async () => {
    await openHome();
    await page.waitForLoadState('networkidle');
    expect(await downloaded(NEWEST.slug)).toBe(true);
    expect(await downloaded(OLDEST.slug)).toBe(false);

    // The viewer is told how many there are, and the page scrolls as if all were there.
    const published = Number((await summary().textContent())?.match(/^(\d+) episodes$/)?.[1]);
    expect(published).toBeGreaterThan(BULK.count);
    expect(published).toBeGreaterThan(CATALOG_FIRST_PAGE_SIZE);
    expect(await cards().first().getAttribute('aria-setsize')).toBe(String(published));
    const cardHeight = (await cards().first().boundingBox())!.height;
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan((published / 4) * cardHeight);

    // A first glance down the list is not yet a reason to fetch everything: once the page has
    // scrolled and handled it, every script it asked for meanwhile has arrived, and none is the rest.
    const askedFor: Array<Promise<string>> = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') askedFor.push(request.response().then((response) => response?.text() ?? '').catch(() => ''));
    });
    await wheelAndSettle(page, 800);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect((await Promise.all(askedFor)).some((text) => text.includes(`"${OLDEST.slug}"`))).toBe(false);
    expect(await downloaded(OLDEST.slug)).toBe(false);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('loads the rest as the viewer scrolls toward them, without moving the cards on screen', async () => {
    await openHome();
    await page.waitForLoadState('networkidle');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const rest = wholeCatalog(page);
    let arrived = false;
    void rest.then(() => (arrived = true));
    // Half a screen at a time, as a viewer reads, until the rest is on its way (the page has all its code).
    let requested = false;
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested = true;
    });
    for (let step = 0; step < 20 && !requested; step++) await wheelAndSettle(page, 400);
    expect(requested).toBe(true);
    // Reached before the viewer has seen the end of the first page: cards are still drawn on screen.
    const onScreen = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label="Episodes"] li')]
        .map((card) => ({ title: card.querySelector('.episode-card-title')?.textContent, top: card.getBoundingClientRect().top }))
        .filter((card) => card.top >= 0 && card.top < innerHeight),
    );
    expect(onScreen.length).toBeGreaterThan(0);
    const scrolled = await page.evaluate(() => scrollY);

    await rest;
    await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
    expect(arrived).toBe(true);
    const after = await page.evaluate(
      (titles) =>
        titles.map((title) =>
          [...document.querySelectorAll('[aria-label="Episodes"] li')]
            .find((card) => card.querySelector('.episode-card-title')?.textContent === title)
            ?.getBoundingClientRect().top,
        ),
      onScreen.map((card) => card.title),
    );
    expect(after).toEqual(onScreen.map((card) => card.top));
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);

    // And the end of the list is the oldest episode.
    await page.keyboard.press('End');
    await oldestCard().waitFor();
    expect(await oldestCard().isVisible()).toBe(true);
    const last = cards().last();
    expect(await last.getAttribute('aria-posinset')).toBe(await last.getAttribute('aria-setsize'));
    expect(await last.getByRole('link').textContent()).toContain(OLDEST.title);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('searches every episode, not just the first page, without downloading them all', async () => {
    await openHome();
    await page.getByRole('searchbox', { name: 'Search' }).fill(OLDEST.title.toLowerCase());
    await oldestCard().waitFor();
    expect(await summary().textContent()).toMatch(/^\d+ episodes? of \d+ match\./);
    // The site's search index found it, and read its card alone: the whole catalog stayed where it was.
    await page.waitForLoadState('networkidle');
    expect(await downloaded(OLDEST.slug)).toBe(false);
  });

  it('opens a link with a filter on every episode it names', async () => {
    await openHome(`/?show=${BULK.show}`);
    expect(await summary().textContent()).toMatch(new RegExp(`^${BULK.count} episodes of \\d+ match\\.$`));
    await page.keyboard.press('End');
    await grid().getByRole('link', { name: BULK.title(1), exact: true }).waitFor();
  });

  it('says so when the rest is slow to come, and offers a retry when it fails', async () => {
    let attempts = 0;
    // The first attempt hangs until the viewer has been told it is loading, then fails.
    let fail!: () => void;
    const toldLoading = new Promise<void>((resolve) => (fail = resolve));
    await page.route('**/*.js', async (route) => {
      const response = await route.fetch();
      if (!(await response.text()).includes(`"${OLDEST.slug}"`)) return route.fulfill({ response });
      attempts += 1;
      if (attempts > 1) return route.fulfill({ response });
      await toldLoading;
      return route.abort('connectionfailed');
    });
    await openHome();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    const loading = page.getByRole('status').filter({ hasText: 'Loading more episodes…' });
    await loading.waitFor({ state: 'visible' });
    fail();
    const failure = page.getByRole('alert');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('Could not load the rest of the episodes');

    await failure.getByRole('button', { name: 'Retry' }).click();
    await oldestCard().waitFor();
    expect(await oldestCard().isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
