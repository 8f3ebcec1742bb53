// An episode in today's Rawkode format, as a viewer and a screen reader meet its
// watch page: guests by name (linked to their website when they have one),
// what you will learn, and resources grouped by category, all of it text.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { EXTRAS, SEED } from './support/fixtures';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const section = (name: string) => page.getByRole('region', { name, exact: true });

async function openExtras() {
  await page.goto(`/watch/${EXTRAS.slug}`);
  await page.getByRole('heading', { level: 1, name: EXTRAS.title }).waitFor();
  await section('Guests').waitFor();
}

/** Each link in a list: its text and where it goes. */
const links = (list: ReturnType<Page['getByRole']>) =>
  list.getByRole('link').evaluateAll((anchors) => anchors.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));

describe('an episode named by `id`, with guests, resources and what you will learn', () => {
  it('plays its video, named by `id`', async () => {
    await openExtras();
    expect(await page.locator('video').count()).toBe(1);
    // The poster and stream come from the video id the front-matter named as `id`.
    expect(await page.locator('video').getAttribute('poster')).toContain(`/videos/${SEED.videoId}/`);
  });

  it('names its guests, linking the one with an http(s) website; a website of another kind and no file stay plain names', async () => {
    await openExtras();
    const guests = section('Guests');
    expect(await guests.getByRole('heading', { level: 2 }).textContent()).toBe('Guests');
    expect(await guests.getByRole('listitem').allTextContents()).toEqual(EXTRAS.guests.map((guest) => guest.name));
    expect(await links(guests.getByRole('list'))).toEqual([{ text: 'Ariadne Conill', href: 'https://ariadne.space/' }]);
    expect(await guests.locator('b').count()).toBe(0);
  });

  it('lists what you will learn, as text', async () => {
    await openExtras();
    const learn = section('What you will learn');
    expect(await learn.getByRole('listitem').allTextContents()).toEqual(EXTRAS.whatYouWillLearn);
    expect(await learn.locator('b').count()).toBe(0);
  });

  it('groups resources by category under headings, each link to the resource’s own URL, hostile titles as text', async () => {
    await openExtras();
    const resources = section('Resources');
    expect(await resources.getByRole('heading').allTextContents()).toEqual(['Resources', 'Slides', 'Code']);
    expect(await resources.getByRole('heading', { level: 3 }).count()).toBe(2);
    const lists = resources.getByRole('list');
    expect(await lists.count()).toBe(2);
    expect(await links(lists.nth(0))).toEqual([{ text: EXTRAS.resources[0]!.title, href: EXTRAS.resources[0]!.url }]);
    expect(await links(lists.nth(1))).toEqual(
      EXTRAS.resources.slice(1).map((resource) => ({ text: resource.title, href: resource.url })),
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(viewer.pageErrors).toEqual([]);
  });

  it('a resource link opens the resource itself, in a new tab, keeping the episode', async () => {
    await openExtras();
    await page.context().route('https://example.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'slides' }));
    const link = section('Resources').getByRole('link', { name: EXTRAS.resources[0]!.title });
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(EXTRAS.resources[0]!.url);
    expect(new URL(page.url()).pathname).toBe(`/watch/${EXTRAS.slug}`);
  });

  it('every link is reached with Tab', async () => {
    await openExtras();
    const expected = ['Ariadne Conill', ...EXTRAS.resources.map((resource) => resource.title)];
    const reached: string[] = [];
    for (let presses = 0; presses < 200 && reached.length < expected.length; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.closest('.episode-extra') ? element.textContent : null;
      });
      if (focused !== null && !reached.includes(focused)) reached.push(focused);
    }
    expect(reached).toEqual(expected);
  });
});

describe('for a screen reader', () => {
  it('axe finds nothing serious or critical in the guests, resources and what-you-will-learn sections', async () => {
    await openExtras();
    // Evaluated through the DevTools protocol, which the site's Content Security Policy does not govern.
    await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run({ include: [['.episode-extra']] }),
    );
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  });
});

describe('an episode without them', () => {
  it('shows no guests, resources or what you will learn', async () => {
    await page.goto(`/watch/${SEED.slug}`);
    await page.getByRole('heading', { level: 1, name: SEED.title }).waitFor();
    await page.getByRole('region', { name: 'About this episode' }).waitFor();
    for (const name of ['Guests', 'Guest', 'Resources', 'What you will learn']) expect(await section(name).count()).toBe(0);
  });
});
