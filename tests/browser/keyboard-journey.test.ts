// A viewer without a mouse: from the home page, find an episode by searching,
// open it, play it, skip to the next chapter and copy a link to the moment,
// with Tab, Enter and the player's keys alone.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, siteUrl, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { chapterNav, currentChapterTitles, waitForPlaying } from './support/watch';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
  // Proof that the journey needed no pointer: any pointer event is counted.
  await page.addInitScript(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup']) document.addEventListener(type, () => void w.__pointerEvents++, true);
  });
});

/** What has focus, as a viewer would describe it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase(),
      type: element?.getAttribute('type'),
      text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
      /** A viewer can see where focus is: the focus ring is drawn. */
      ringed: !!element && element.matches(':focus-visible') && getComputedStyle(element).outlineStyle !== 'none',
    };
  });

/** Presses Tab until `wanted` has focus; fails after `limit` presses. */
async function tabTo(page: Page, what: string, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) {
      expect(now.ringed, `${what} shows that it has focus`).toBe(true);
      return;
    }
  }
  throw new Error(`${what} was not reached in ${limit} presses of Tab`);
}

it('finds an episode from the home page, plays it, moves through chapters and copies a link, by keyboard alone', async () => {
  await page.goto('/');
  await page.locator('.episode-grid li').first().waitFor();

  await tabTo(page, 'the search box', (f) => f.tag === 'input' && f.type === 'search');
  await page.keyboard.type('apko');
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();

  await tabTo(page, 'the episode’s link', (f) => f.tag === 'a' && f.text.includes(SEED.title));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: SEED.title }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/watch/${SEED.slug}`);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20_000 });

  await page.keyboard.press('k');
  await waitForPlaying(page);
  await page.getByRole('button', { name: 'Pause' }).waitFor();

  // The first chapter starts at 0; the next at 1:47.
  await page.keyboard.press('Control+ArrowRight');
  await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 107);
  // The list marks the new chapter as soon as the player reports the time (a moment after the seek).
  await page.waitForFunction(() => document.querySelectorAll('nav[aria-label="Chapters"] a')[1]?.getAttribute('aria-current') === 'true');
  const secondChapter = (await chapterNav(page).getByRole('link').nth(1).textContent()) ?? '';
  const current = await currentChapterTitles(page);
  expect(current).toHaveLength(1);
  expect(secondChapter).toContain(current[0]!);

  await tabTo(page, 'the Copy link button', (f) => f.tag === 'button' && f.text === 'Copy link');
  // The controls fade out while playing, and come back for a viewer tabbing into them.
  await page.waitForFunction(() => getComputedStyle(document.activeElement!.closest('.player-controls')!).opacity === '1');
  const before = await page.evaluate(() => Math.floor(document.querySelector('video')!.currentTime));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const after = await page.evaluate(() => Math.floor(document.querySelector('video')!.currentTime));

  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(`${copied.origin}${copied.pathname}`).toBe(`${siteUrl()}/watch/${SEED.slug}`);
  const t = Number(copied.searchParams.get('t'));
  // Playing on: the link holds the second the button was pressed.
  expect(t).toBeGreaterThanOrEqual(before);
  expect(t).toBeLessThanOrEqual(after);
  expect(t).toBeGreaterThanOrEqual(107);

  expect(await page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents)).toBe(0);
  expect(viewer.pageErrors).toEqual([]);
});
