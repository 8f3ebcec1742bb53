// /shows and /technologies, and the header links to them: every show and
// technology with its episode count, each a link to its page; no accessibility
// violation of any severity. A real Chromium against a real build.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { BULK, COMPASS, GHOST_SHOW, GHOST_TECHNOLOGY, HOSTILE_TECHNOLOGY, RANKING } from './support/catalog-fixtures';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const siteNav = () => page.getByRole('navigation', { name: 'Site' });
const heading = () => page.getByRole('heading', { level: 1 });

/** Each entry of the page's list: the link's name and href, and the count beside it. */
async function entries(listName: string) {
  const list = page.getByRole('list', { name: listName });
  await list.getByRole('listitem').first().waitFor();
  return list.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('a')?.textContent,
      href: item.querySelector('a')?.getAttribute('href'),
      count: item.querySelector('.index-count')?.textContent,
    })),
  );
}

/** Every axe violation, whatever its impact. */
async function violations(): Promise<string[]> {
  await page.evaluate(await axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}`));
}

describe('/shows', () => {
  it('lists every show by name with its episode count, each linking to its page', async () => {
    await page.goto('/shows');
    expect(await heading().textContent()).toBe('Shows');
    expect(await page.title()).toBe('Shows · Rawkode Academy');
    const shows = await entries('Shows');
    expect(shows).toEqual(
      expect.arrayContaining([
        { name: BULK.name, href: `/shows/${BULK.show}`, count: `${BULK.count} episodes` },
        { name: COMPASS.name, href: `/shows/${COMPASS.id}`, count: '3 episodes' },
        // A show without a file of its own is named by its id.
        { name: GHOST_SHOW.id, href: `/shows/${GHOST_SHOW.id}`, count: '1 episode' },
      ]),
    );
    // By name, as the filter menus list them.
    const names = shows.map((show) => show.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.locator('.catalog-summary').textContent()).toBe(`${shows.length} shows`);

    await page.getByRole('link', { name: COMPASS.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: COMPASS.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/shows/${COMPASS.id}`);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('is served for the address with a trailing slash too', async () => {
    await page.goto('/shows/');
    expect(await heading().textContent()).toBe('Shows');
  });
});

describe('/technologies', () => {
  it('lists every technology by name with its episode count, names as text', async () => {
    await page.goto('/technologies');
    expect(await heading().textContent()).toBe('Technologies');
    expect(await page.title()).toBe('Technologies · Rawkode Academy');
    const technologies = await entries('Technologies');
    expect(technologies).toEqual(
      expect.arrayContaining([
        { name: RANKING.technologies.cilium.name, href: '/technologies/cilium', count: '2 episodes' },
        { name: 'C++', href: '/technologies/cpp', count: '1 episode' },
        { name: HOSTILE_TECHNOLOGY.name, href: `/technologies/${HOSTILE_TECHNOLOGY.id}`, count: '1 episode' },
        { name: GHOST_TECHNOLOGY.id, href: `/technologies/${GHOST_TECHNOLOGY.id}`, count: '2 episodes' },
      ]),
    );
    expect(await page.locator('.catalog-summary').textContent()).toBe(`${technologies.length} technologies`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.getByRole('link', { name: 'C++', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'C++' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/technologies/cpp');
  });
});

describe('the header', () => {
  it('links to Shows and Technologies from every page, and marks the one shown', async () => {
    await page.goto('/');
    await siteNav().getByRole('link', { name: 'Shows' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shows' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/shows');
    expect(await siteNav().getByRole('link', { name: 'Shows' }).getAttribute('aria-current')).toBe('page');
    // Focus moves to the new page's heading, as on every page change.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await siteNav().getByRole('link', { name: 'Technologies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Technologies' }).waitFor();
    expect(await siteNav().getByRole('link', { name: 'Shows' }).getAttribute('aria-current')).toBeNull();
    expect(await siteNav().getByRole('link', { name: 'Technologies' }).getAttribute('aria-current')).toBe('page');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Shows' }).waitFor();
    expect(viewer.pageErrors).toEqual([]);
  });
});

describe('accessibility', () => {
  it.each(['/shows', '/technologies'])('%s has no axe violation of any severity, in dark and light colours', async (path) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(path);
    await page.locator('.index-list li').first().waitFor();
    expect(await violations(), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await violations(), 'light').toEqual([]);
  });
});
