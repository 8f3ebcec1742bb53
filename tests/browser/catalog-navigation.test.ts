// Moving around the site: show and technology pages, what surrounds the
// player, not-found pages, and what a client-side page change owes the viewer
// (title, focus, scroll position, a loading state).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { nextFrames } from './support/settle';
import { SCHEDULED, SEED } from './support/fixtures';
import {
  BULK,
  COMPASS,
  FINDABLE,
  GHOST_SHOW,
  GHOST_TECHNOLOGY,
  HOSTILE_TECHNOLOGY,
  NEWEST,
  NO_POSTER,
  STANDALONE,
} from './support/catalog-fixtures';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const cardTitles = (page: Page) => page.locator('.episode-grid .episode-card-title').allTextContents();
const realErrors = () => viewer.pageErrors.filter((message) => !message.includes('Failed to load resource'));
/** The text of the element that has focus, and its tag. */
const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));

/** Waits for the page to be scrolled to `y`, then says where it is if it is not. */
async function expectScrolledTo(y: number) {
  await page.waitForFunction((target) => window.scrollY === target, y, { timeout: 10_000 }).catch(() => undefined);
  expect(await page.evaluate(() => ({ y: window.scrollY, tall: document.documentElement.scrollHeight > 4000 }))).toEqual({ y, tall: true });
}

async function waitForHeading(text: string) {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

describe('show and technology pages', () => {
  it('lists a show’s episodes under its name and description, with links kept safe', async () => {
    await page.goto(`/shows/${COMPASS.id}`);
    await page.locator('.episode-grid li').first().waitFor();
    expect(await heading(page).textContent()).toBe(COMPASS.name);
    expect(await page.title()).toBe(`${COMPASS.name} · Rawkode Academy`);
    expect(await cardTitles(page)).toEqual([NEWEST.title, FINDABLE.byChapter.title, FINDABLE.byDescription.title]);
    const link = page.getByRole('link', { name: 'https://example.com/compass' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('gives a show and a technology without a file a page named by its id', async () => {
    await page.goto(`/shows/${GHOST_SHOW.id}`);
    await waitForHeading(GHOST_SHOW.id);
    await page.locator('.episode-grid li').first().waitFor();
    expect(await cardTitles(page)).toEqual([NO_POSTER.title]);

    await page.goto(`/technologies/${GHOST_TECHNOLOGY.id}`);
    await waitForHeading(GHOST_TECHNOLOGY.id);
    await page.locator('.episode-grid li').first().waitFor();
    expect(await cardTitles(page)).toEqual([NO_POSTER.title, STANDALONE.title]);
    expect(await page.title()).toBe(`${GHOST_TECHNOLOGY.id} · Rawkode Academy`);
  });

  it('names a technology as written, as text', async () => {
    await page.goto(`/technologies/${HOSTILE_TECHNOLOGY.id}`);
    await waitForHeading(HOSTILE_TECHNOLOGY.name);
    expect(await page.title()).toBe(`${HOSTILE_TECHNOLOGY.name} · Rawkode Academy`);
    await page.locator('.episode-grid li').first().waitFor();
    expect(await cardTitles(page)).toEqual([FINDABLE.byChapter.title]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('around the player', () => {
  it('shows the show, date, duration and technologies as links, and more from the show', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`/watch/${FINDABLE.byChapter.slug}`);
    await waitForHeading(FINDABLE.byChapter.title);
    const about = page.getByRole('region', { name: 'About this episode' });
    expect(await about.locator('.episode-meta').textContent()).toBe(`${COMPASS.name} · June 2, 2025 · 30:00`);
    expect(await about.getByRole('link', { name: COMPASS.name }).getAttribute('href')).toBe(`/shows/${COMPASS.id}`);
    const technologies = about.getByRole('list', { name: 'Technologies' }).getByRole('link');
    expect(await technologies.allTextContents()).toEqual(['Kubernetes', HOSTILE_TECHNOLOGY.name]);
    expect(await technologies.first().getAttribute('href')).toBe('/technologies/kubernetes');

    const more = page.getByRole('region', { name: `More from ${COMPASS.name}` });
    await more.getByRole('link').first().waitFor();
    expect(await more.locator('.episode-card-title').allTextContents()).toEqual([NEWEST.title, FINDABLE.byDescription.title]);
    // The show's own short list, not the whole catalog, which grows with every episode.
    expect(scripts.filter((script) => /\/catalog-[^/]*\.js$/.test(script))).toEqual([]);

    // Following the show link is a client-side page change to the show's page.
    await about.getByRole('link', { name: COMPASS.name }).click();
    await waitForHeading(COMPASS.name);
    expect(await page.title()).toBe(`${COMPASS.name} · Rawkode Academy`);
    expect(realErrors()).toEqual([]);
  });

  it('turns the description’s http(s) addresses into safe links and leaves the rest as text', async () => {
    await page.goto(`/watch/${STANDALONE.slug}`);
    await waitForHeading(STANDALONE.title);
    const description = page.locator('.episode-description');
    expect(await description.textContent()).toBe(STANDALONE.description);
    const links = await description.locator('a').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })),
    );
    expect(links.map((link) => link.href)).toEqual([STANDALONE.links[0], 'https://evil.example/', STANDALONE.links[1]]);
    for (const link of links) expect(link).toMatchObject({ rel: 'noopener noreferrer nofollow', target: '_blank' });
    expect(await description.locator('script, b').count()).toBe(0);
    // A standalone episode has no show to link, nor more episodes of one.
    expect(await page.getByRole('region', { name: /^More from/ }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('not found', () => {
  it.each([
    ['an unknown path', '/no/such/page', 'Page not found'],
    ['an unknown slug', '/watch/no-such-episode', 'Episode not found'],
    ['a scheduled episode', `/watch/${SCHEDULED.slug}`, 'Episode not found'],
    ['a show nobody names', '/shows/no-such-show', 'Show not found'],
    ['a technology nobody names', '/technologies/constructor', 'Technology not found'],
  ])('says so for %s, with a way home', async (_what, path, title) => {
    await page.goto(path);
    await waitForHeading(title);
    expect(await page.title()).toBe(`${title} · Rawkode Academy`);
    if (title === 'Episode not found') expect(await page.locator('main').textContent()).toContain('no published episode');
    await page.getByRole('link', { name: 'Browse all episodes' }).click();
    await waitForHeading('All episodes');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(realErrors()).toEqual([]);
  });
});

describe('page changes', () => {
  it('moves the title and focus to the new page, and back', async () => {
    await page.goto('/');
    await page.locator('.episode-grid li').first().waitFor();
    await page.getByRole('link', { name: FINDABLE.byChapter.title }).click();
    await waitForHeading(FINDABLE.byChapter.title);
    await page.waitForFunction((title) => document.activeElement?.textContent === title, FINDABLE.byChapter.title);
    expect(await focused(page)).toEqual({ tag: 'H1', text: FINDABLE.byChapter.title });
    expect(await page.title()).toBe(`${FINDABLE.byChapter.title} · Rawkode Academy`);
    // A focused heading is no text field: the player's keys still work.
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('video')?.paused === false, null, { timeout: 20_000 });

    await page.goBack();
    await waitForHeading('All episodes');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.title()).toBe('Rawkode Academy');
    expect(await page.locator('video').count()).toBe(0);
  });

  it('shows that an episode is loading while its module is on the way', async () => {
    await page.goto('/');
    await page.locator('.episode-grid li').first().waitFor();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The episode's own module, wherever the build puts it.
    await page.route(new RegExp(`/${FINDABLE.byDescription.slug}[^/]*\\.js$`), async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('link', { name: FINDABLE.byDescription.title }).click();
    const loading = page.getByRole('status').filter({ hasText: 'Loading episode…' });
    await loading.waitFor({ state: 'visible' });
    expect(await heading(page).count()).toBe(0);
    release();
    await waitForHeading(FINDABLE.byDescription.title);
    expect(await loading.count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  });

  it('returns to the same scroll position on back and forward', async () => {
    await page.goto('/');
    await page.locator('.episode-grid li').first().waitFor();
    // Far down the home page, open a bulk episode.
    await page.evaluate(() => window.scrollTo(0, 3000));
    const target = BULK.title(BULK.count - 30);
    const card = page.getByRole('link', { name: target, exact: true });
    await card.scrollIntoViewIfNeeded();
    // The scroll events have reached the page (and the router has noted where the viewer is).
    await nextFrames(page);
    const homeY = await page.evaluate(() => window.scrollY);
    expect(homeY).toBeGreaterThan(2000);
    await card.click();
    await waitForHeading(target);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // From there to the show's page, scrolled down too.
    await page.getByRole('region', { name: 'About this episode' }).getByRole('link', { name: BULK.name }).click();
    await waitForHeading(BULK.name);
    await page.locator('.episode-grid li').first().waitFor();
    await page.waitForFunction(() => document.documentElement.scrollHeight > 4000);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expectScrolledTo(2000);

    await page.goBack();
    await waitForHeading(target);
    await page.goBack();
    await waitForHeading('All episodes');
    await expectScrolledTo(homeY);
    // The card comes back where it was, once the rest of the catalog has loaded (it is past the first page).
    await card.waitFor({ state: 'visible' });
    await expectScrolledTo(homeY);

    await page.goForward();
    await waitForHeading(target);
    await page.goForward();
    await waitForHeading(BULK.name);
    await expectScrolledTo(2000);
  });

  it('returns to the same scroll position after a reload', async () => {
    await page.goto('/');
    await page.locator('.episode-grid li').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 2500));
    await expectScrolledTo(2500);
    await page.reload();
    await page.locator('.episode-grid li').first().waitFor();
    await expectScrolledTo(2500);
  });

  it('opens a watch page from the address bar at the top, with the seed playing normally', async () => {
    await page.goto(`/watch/${SEED.slug}`);
    await waitForHeading(SEED.title);
    await page.locator('video').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(realErrors()).toEqual([]);
  });
});
