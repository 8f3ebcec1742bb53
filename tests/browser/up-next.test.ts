// Up next (contract §3): an ending episode of a show offers the show's next
// one, counts down to it and plays it from its start; Cancel, Escape and the
// Autoplay switch stop that. A real Chromium against a real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, unhandledRejections, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { SERIES } from './support/up-next-fixtures';
import { openWatch, videoState, waitForPlaying } from './support/watch';
import { axeViolations } from './support/axe';
import { fakeClock, letTimePass, nextFrames } from './support/settle';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

/** A few seconds before the end of the media (4453 s). */
const NEAR_THE_END = SEED.duration - 3;

const upNext = () => page.getByRole('region', { name: 'Up next', exact: true });
const autoplay = () => page.getByRole('checkbox', { name: 'Autoplay' });
const countdown = () => upNext().getByText(/^Next in \d+ s$/);

/** Records every new text of the page's status regions that mentions up next, from now on. */
async function recordAnnouncements() {
  await page.evaluate(() => {
    const w = window as unknown as { __announced: string[] };
    w.__announced = [];
    const said = new Map<Element, string>();
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (said.get(status) === text) continue;
        said.set(status, text);
        if (text.includes('Up next')) w.__announced.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const announcements = () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

/** Opens an episode a few seconds before its end and plays it to the end. */
async function watchTheEnd(slug: string) {
  await openWatch(page, `/watch/${slug}?t=${NEAR_THE_END}`);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForPlaying(page);
}

const endedVideo = () => page.waitForFunction(() => document.querySelector('video')?.ended === true, null, { timeout: 20_000 });

/** The next episode's page, playing from its start. */
async function expectNextEpisodePlayingFromItsStart() {
  await page.waitForURL((url) => url.pathname === `/watch/${SERIES.second.slug}`, { timeout: 20_000 });
  await page.getByRole('heading', { level: 1, name: SERIES.second.title }).waitFor();
  await waitForPlaying(page);
  const { currentTime } = await videoState(page);
  expect(currentTime).toBeLessThan(5);
}

describe('when an episode of a show ends', () => {
  it('offers the next episode, announces it once, counts down and plays it from its start', async () => {
    // A position remembered part way through the next episode: up next still starts it from the beginning.
    await page.addInitScript(
      ([slug]) => localStorage.setItem(`watch-position:${slug}`, JSON.stringify({ t: 1000, savedAt: Date.now() })),
      [SERIES.second.slug],
    );
    await watchTheEnd(SERIES.first.slug);
    await recordAnnouncements();
    // Nothing is offered before the end.
    expect(await upNext().count()).toBe(0);
    await upNext().waitFor({ timeout: 20_000 });

    expect(await upNext().getByText(SERIES.second.title, { exact: true }).count()).toBe(1);
    expect(await upNext().locator('img').getAttribute('src')).toBe(`/media/videos/${SEED.videoId}/thumbnail.webp`);
    expect(await upNext().getByRole('button', { name: 'Play now' }).count()).toBe(1);
    expect(await upNext().getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    expect(await countdown().textContent()).toMatch(/^Next in (10|9) s$/);
    // The ticking text is no live region: screen readers hear the start once, not every second.
    expect(await countdown().evaluate((node) => node.closest('[role="status"], [role="alert"], [aria-live]'))).toBeNull();
    await page.waitForFunction(() => /Next in [0-7] s/.test(document.body.textContent ?? ''), null, { timeout: 10_000 });
    expect(await announcements()).toEqual([`Up next: ${SERIES.second.title}, in 10 seconds`]);

    await expectNextEpisodePlayingFromItsStart();
    expect(new URL(page.url()).search).toBe('?t=0');
    expect(viewer.pageErrors).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });

  it('plays the next episode at once with Play now, without taking the focus before', async () => {
    await watchTheEnd(SERIES.first.slug);
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.focus();
    await upNext().waitFor({ timeout: 20_000 });
    // The offer appeared without moving the viewer's focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Play');
    await upNext().getByRole('button', { name: 'Play now' }).click();
    await expectNextEpisodePlayingFromItsStart();
  });

  it('stops counting down on Cancel, and keeps Play now', async () => {
    await fakeClock(page);
    await watchTheEnd(SERIES.first.slug);
    await upNext().waitFor({ timeout: 20_000 });
    await upNext().getByRole('button', { name: 'Cancel' }).click();
    expect(await countdown().count()).toBe(0);
    // Longer than the countdown: the page stays.
    await letTimePass(page, 11_000);
    expect(new URL(page.url()).pathname).toBe(`/watch/${SERIES.first.slug}`);
    expect(await countdown().count()).toBe(0);
    // Cancel went with the countdown; its focus went to Play now.
    const playNow = upNext().getByRole('button', { name: 'Play now' });
    expect(await playNow.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expectNextEpisodePlayingFromItsStart();
  });

  it('stops counting down on Escape', async () => {
    await fakeClock(page);
    await watchTheEnd(SERIES.first.slug);
    await upNext().waitFor({ timeout: 20_000 });
    await countdown().waitFor();
    // From Cancel itself, which goes away: the focus goes to Play now.
    await upNext().getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Escape');
    await countdown().waitFor({ state: 'detached' });
    const playNow = upNext().getByRole('button', { name: 'Play now' });
    expect(await playNow.evaluate((button) => button === document.activeElement)).toBe(true);
    await letTimePass(page, 11_000);
    expect(new URL(page.url()).pathname).toBe(`/watch/${SERIES.first.slug}`);
    expect(await playNow.count()).toBe(1);
  });

  it('waits while the page is hidden', async () => {
    await fakeClock(page);
    await watchTheEnd(SERIES.first.slug);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await upNext().waitFor({ timeout: 20_000 });
    const shown = await countdown().textContent();
    await letTimePass(page, 3000);
    expect(await countdown().textContent()).toBe(shown);
    expect(new URL(page.url()).pathname).toBe(`/watch/${SERIES.first.slug}`);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Shown again, it counts on from where it stood: three seconds later, three fewer (four, if a
    // second of the page's own time passed between the two readings).
    await letTimePass(page, 3000);
    const secondsLeft = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0]);
    const left = secondsLeft(await countdown().textContent());
    expect(left).toBeLessThanOrEqual(secondsLeft(shown) - 3);
    expect(left).toBeGreaterThanOrEqual(secondsLeft(shown) - 4);
  });

  it('moves nothing when the viewer prefers reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await watchTheEnd(SERIES.first.slug);
    await upNext().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => /Next in [0-8] s/.test(document.body.textContent ?? ''), null, { timeout: 5000 });
    const moving = await upNext().evaluate((region) => region.getAnimations({ subtree: true }).length);
    expect(moving).toBe(0);
  });

  it('offers nothing when the only later episode of the show is scheduled', async () => {
    await watchTheEnd(SERIES.second.slug);
    await endedVideo();
    // The page has drawn the ending (an offer would be drawn with it: the first test sees it come).
    await nextFrames(page);
    expect(await upNext().count()).toBe(0);
    expect(await autoplay().count()).toBe(0);
    expect(await page.getByText(SERIES.scheduled.title).count()).toBe(0);
  });

  it('has no accessibility violation while offering the next episode, in dark and light colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await watchTheEnd(SERIES.first.slug);
    await upNext().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    expect(await axeViolations(page), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'light').toEqual([]);
  });
});

describe('the Autoplay switch', () => {
  it('is on at first and reachable by keyboard while the episode plays', async () => {
    await watchTheEnd(SERIES.first.slug);
    expect(await autoplay().isChecked()).toBe(true);
    await autoplay().focus();
    expect(await autoplay().evaluate((input) => input === document.activeElement)).toBe(true);
    expect((await videoState(page)).paused).toBe(false);
  });

  it('turns the countdown off, and is remembered across a reload', async () => {
    await fakeClock(page);
    await openWatch(page, `/watch/${SERIES.first.slug}?t=${NEAR_THE_END}`);
    await autoplay().focus();
    // Space on a focused checkbox presses it, as everywhere (contract §3); it does not play.
    await page.keyboard.press('Space');
    expect(await autoplay().isChecked()).toBe(false);
    expect((await videoState(page)).paused).toBe(true);

    await page.reload();
    await page.locator('video').waitFor();
    expect(await autoplay().isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Play' }).click();
    await upNext().waitFor({ timeout: 20_000 });
    expect(await upNext().getByRole('button', { name: 'Play now' }).count()).toBe(1);
    expect(await upNext().getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    expect(await countdown().count()).toBe(0);
    await letTimePass(page, 11_000);
    expect(new URL(page.url()).pathname).toBe(`/watch/${SERIES.first.slug}`);
  });

  it('is on when storage holds garbage', async () => {
    await page.addInitScript(() => localStorage.setItem('up-next:autoplay', '{"garbage'));
    await openWatch(page, `/watch/${SERIES.first.slug}`);
    expect(await autoplay().isChecked()).toBe(true);
  });

  it('is on, and can be turned off for the visit, when storage throws', async () => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openWatch(page, `/watch/${SERIES.first.slug}`);
    expect(await autoplay().isChecked()).toBe(true);
    await autoplay().uncheck();
    expect(await autoplay().isChecked()).toBe(false);
    expect(viewer.pageErrors).toEqual([]);
  });
});
