// Search on the home page finds moments (product.md, Search finds moments):
// chapters and transcript lines whose words match, listed as links to the second they start at,
// with the matched words marked, the episode's title and the time. A real
// Chromium against a real build, whose Pagefind index the build wrote.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, unhandledRejections, type Viewer } from './support/browser';
import { MOMENTS } from './support/moment-fixtures';
import { SEED } from './support/fixtures';
import { openWatch, waitForTime } from './support/watch';

interface Violation {
  directive: string;
  blocked: string;
}

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }), true);
  });
});

const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
const searchBox = () => page.getByRole('searchbox', { name: 'Search' });
const moments = () => page.getByRole('list', { name: 'Moments' });
const { planted } = MOMENTS;

async function openHome() {
  await page.goto('/');
  await page.getByRole('list', { name: 'Episodes' }).getByRole('listitem').first().waitFor();
}

describe('moments on /', () => {
  it('lists the chapter whose title matches, its words marked, with the episode and the time, linking to its second', async () => {
    await openHome();
    await searchBox().pressSequentially(planted.word, { delay: 30 });
    const link = moments().getByRole('link').first();
    await link.waitFor();
    expect(await moments().getByRole('link').count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`/watch/${MOMENTS.slug}?t=${planted.second}`);
    const text = await link.textContent();
    expect(text).toContain(planted.title);
    expect(text).toContain(MOMENTS.title);
    expect(text).toContain(planted.time);
    expect(await link.locator('mark').allTextContents()).toEqual([planted.word]);

    await link.click();
    await page.waitForURL((url) => url.pathname === `/watch/${MOMENTS.slug}` && url.searchParams.get('t') === String(planted.second));
    await waitForTime(page, planted.second);
    expect(viewer.pageErrors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('finds chapters of several episodes, and the episodes still list as before', async () => {
    await openHome();
    await searchBox().fill('signing keys');
    await moments().getByRole('link', { name: /Signing Keys/ }).first().waitFor();
    const hrefs = await moments().getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(`/watch/${SEED.slug}?t=2807`);
    expect(await page.getByRole('list', { name: 'Episodes' }).getByText(SEED.title).count()).toBeGreaterThan(0);
  });

  it('lists a line of the transcript whose words match, at its own second', async () => {
    await openHome();
    await searchBox().fill('700');
    // The seed's sample captions (public/media) number their cues: the 700th starts at 41:55.094.
    const line = moments().getByRole('link', { name: /Sample caption 700 of 1,237/ }).first();
    await line.waitFor();
    const second = Number(/\?t=(\d+)$/.exec((await line.getAttribute('href')) ?? '')?.[1]);
    // Not where its paragraph starts (transcript-document.ts), 25 s before it.
    expect(second).toBe(2515);
    expect(await line.locator('mark').allTextContents()).toEqual(['700']);
    const clock = `${Math.floor(second / 60)}:${String(second % 60).padStart(2, '0')}`;
    expect(await line.locator('time').textContent()).toBe(clock);
  });

  it.each([
    ['punctuation a regular expression would choke on', '.*[('],
    ['5,000 characters', 'xylophone '.repeat(500)],
    ['markup', '<mark>x</mark><img src=x onerror="window.__pwned=1">'],
  ])('takes a query of %s without an error', async (_, query) => {
    await openHome();
    await searchBox().fill(query);
    // Settled: the summary answers the query, and the moment search had time to answer it too.
    await page.locator('.catalog-summary').filter({ hasText: /match/ }).waitFor();
    // The moment search (in a worker of its own) answered: its list, empty, says no moment matches.
    await page.locator('.moments[aria-busy="false"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(viewer.pageErrors).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await violations()).toEqual([]);
  });

  it('from a watch page, whose policy runs no WebAssembly, offers to search inside episodes instead, with no violation', async () => {
    // Taken over (openWatch waits for it): before then the header's link is a plain link, loading `/` afresh.
    await openWatch(page, `/watch/${MOMENTS.slug}`);
    // The site header's link home: client navigation, so the watch page's policy stays.
    await page.getByRole('banner').getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await searchBox().fill(planted.word);
    const offer = page.getByRole('link', { name: 'Search inside episodes' });
    await offer.waitFor();
    // Episode results still come (the chapter's words arrive with the search index, a moment later).
    const episodeResult = page.getByRole('list', { name: 'Episodes' }).getByText(MOMENTS.title);
    await episodeResult.waitFor();
    expect(await episodeResult.count()).toBe(1);
    expect(await violations()).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);

    // A full load of the same search: the home page's own policy, and its moments.
    await offer.click();
    await moments().getByRole('link').first().waitFor();
    expect(await moments().getByRole('link').first().getAttribute('href')).toBe(`/watch/${MOMENTS.slug}?t=${planted.second}`);
    expect(await searchBox().inputValue()).toBe(planted.word);
  });
});
