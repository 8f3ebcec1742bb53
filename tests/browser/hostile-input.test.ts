// The watch page against input written to trip it: an episode of 1,000
// chapters, a title of 10,000 characters, titles of random Unicode and
// markup, and storage that throws, is full or holds garbage. The page plays,
// shows text as text, and never throws.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { unhandledRejections, openViewerForEachTest, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { LONG_TITLE, THOUSAND_CHAPTERS, UNICODE_TITLES } from './support/hostile-fixtures';
import { chapterNav, currentChapterTitles, openWatch, slider, videoState, waitForPlaying, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

/** No page error, no console error, no unhandled rejection, and no script a title smuggled in ran. */
async function expectNoErrors() {
  expect(viewer.pageErrors).toEqual([]);
  expect(await unhandledRejections(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

const chapterTitlesShown = (target: Page) =>
  chapterNav(target).locator('.chapter-title').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));

describe('an episode of 1,000 chapters', () => {
  it('lists every chapter in order, as text, and seeks to any of them', async () => {
    await openWatch(page, `/watch/${THOUSAND_CHAPTERS.slug}`);
    expect(await chapterNav(page).getByRole('link').count()).toBe(THOUSAND_CHAPTERS.count);
    expect(await chapterTitlesShown(page)).toEqual(THOUSAND_CHAPTERS.titles);
    // Markup in a title stayed text.
    expect(await chapterNav(page).locator('img, script, b').count()).toBe(0);

    const last = THOUSAND_CHAPTERS.count - 1;
    const lastStart = last * THOUSAND_CHAPTERS.spacing;
    await chapterNav(page).getByRole('link', { name: THOUSAND_CHAPTERS.titles[last] }).click();
    await waitForTime(page, lastStart, 1.5);
    expect(await currentChapterTitles(page)).toEqual([THOUSAND_CHAPTERS.titles[last]]);
    await page.keyboard.press('Control+ArrowLeft'); // back to the one before
    await waitForTime(page, lastStart - THOUSAND_CHAPTERS.spacing, 1.5);
    await page.waitForFunction(
      (title) => document.querySelector('[role=slider]')?.getAttribute('aria-valuetext')?.endsWith(`, ${title}`),
      THOUSAND_CHAPTERS.titles[last - 1]!,
    );
    expect(await currentChapterTitles(page)).toEqual([THOUSAND_CHAPTERS.titles[last - 1]]);
    await expectNoErrors();
  });
});

describe('a title of 10,000 characters', () => {
  it('shows it whole, without pushing the player or its controls off the page', async () => {
    await openWatch(page, `/watch/${LONG_TITLE.slug}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(LONG_TITLE.title);
    expect(await page.title()).toContain(LONG_TITLE.title.slice(0, 400));
    // No sideways scrolling, even past a 400-character word.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    for (const control of [page.locator('video'), page.getByRole('button', { name: 'Play' }), slider(page)]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(widths.window);
    }
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
    expect(await currentChapterTitles(page)).toEqual([LONG_TITLE.title]);
    await expectNoErrors();
  });
});

describe('titles of random Unicode and markup', () => {
  it('shows every one exactly as written, in the heading, the chapter list and the slider', async () => {
    await openWatch(page, `/watch/${UNICODE_TITLES.slug}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(UNICODE_TITLES.title);
    expect(await chapterTitlesShown(page)).toEqual(UNICODE_TITLES.chapterTitles);
    for (const index of [0, UNICODE_TITLES.chapterTitles.length - 1]) {
      const title = UNICODE_TITLES.chapterTitles[index]!;
      await chapterNav(page).locator('a').nth(index).click();
      await waitForTime(page, index * UNICODE_TITLES.spacing, 1.5);
      await page.waitForFunction(
        (expected) => document.querySelector('[role=slider]')?.getAttribute('aria-valuetext')?.endsWith(`, ${expected}`),
        title,
      );
    }
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
    await expectNoErrors();
  });
});

describe('storage that misbehaves', () => {
  const watch = `/watch/${SEED.slug}`;

  /** Plays a little, pauses (which saves the position), and leaves: every path that writes. */
  async function playPauseAndLeave(target: Page) {
    await target.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(target);
    await target.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5);
    await target.getByRole('button', { name: 'Pause' }).click();
    await target.waitForFunction(() => document.querySelector('video')?.paused === true);
    await target.keyboard.press('l'); // a seek saves too
    await target.goto('/');
  }

  async function expectFreshStart() {
    await openWatch(page, watch);
    expect((await videoState(page)).currentTime).toBe(0);
    expect(await page.getByText('Resumed at').count()).toBe(0);
  }

  it('plays and resumes nothing when storage cannot even be reached', async () => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    await openWatch(page, `${watch}?t=1401`);
    const reachable = await page.evaluate(() => {
      try {
        return localStorage !== undefined;
      } catch {
        return false;
      }
    });
    expect(reachable).toBe(false);
    await waitForTime(page, 1401);
    await playPauseAndLeave(page);
    await expectFreshStart();
    await expectNoErrors();
  });

  it('plays and resumes nothing when storage is full', async () => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openWatch(page, `${watch}?t=1401`);
    await waitForTime(page, 1401);
    await playPauseAndLeave(page);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expectFreshStart();
    await expectNoErrors();
  });

  it('plays from the start whatever garbage storage holds', async () => {
    const garbage = ['{not json', 'null', '[1500]', '{"t":"1500"}', '{"t":1e999}', '{"t":-20}', '{"t":99999}', '{"__proto__":{"t":1500}}'];
    await page.goto('/');
    for (const value of garbage) {
      await page.evaluate(
        ([key, stored]) => {
          localStorage.setItem(key, stored);
          // The app's own other keys, full of garbage too.
          for (let i = 0; i < sessionStorage.length; i++) sessionStorage.setItem(sessionStorage.key(i)!, stored);
        },
        [`watch-position:${SEED.slug}`, value] as const,
      );
      await expectFreshStart();
    }
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
    await expectNoErrors();
  });
});
