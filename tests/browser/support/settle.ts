// Waits on what the page does rather than on the clock, so that a test which
// then asserts that something did NOT happen has given it every chance to; and
// where that something is timed (a countdown cancelled, a control bar kept),
// runs seconds of the page's timers at once rather than waiting for them.
import type { Page } from 'playwright-core';

/**
 * Resolves once the page has drawn two more frames: by then the scroll and
 * resize events of anything that moved have been dispatched and the page's
 * listeners have run (the browser fires them in a frame's rendering steps,
 * before its animation-frame callbacks).
 */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => drawn()))));
}

/**
 * Turns the mouse wheel and resolves when the page has finished scrolling
 * (`scrollend`, which follows the last `scroll` event, however the browser
 * animates the scroll) and drawn the frames after it. The page must be able
 * to scroll that way: a page already at its end never sends `scrollend`.
 */
export async function wheelAndSettle(page: Page, deltaY: number): Promise<void> {
  const key = '__testScrollEnded';
  // Listening before the wheel turns, so that even an instant scroll is seen.
  await page.evaluate((key) => {
    (window as unknown as Record<string, Promise<void>>)[key] = new Promise<void>((ended) =>
      document.addEventListener('scrollend', () => ended(), { once: true }),
    );
  }, key);
  await page.mouse.wheel(0, deltaY);
  await page.evaluate((key) => (window as unknown as Record<string, Promise<void>>)[key], key);
  await nextFrames(page);
}

/** Fakes the page's clock from its first script on; time flows as ever until a test runs some of it at once. */
export const fakeClock = (page: Page) => page.clock.install();

/**
 * Runs `ms` of the page's timers at once (after fakeClock), then lets the page
 * finish what they started: React's render, its effects, a navigation (each a
 * task behind the last; three rounds of tasks, then a frame, are more than
 * they take).
 */
export async function letTimePass(page: Page, ms: number) {
  await page.clock.runFor(ms);
  await page.evaluate(async () => {
    const task = () =>
      new Promise<void>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(undefined);
      });
    for (let round = 0; round < 3; round++) await task();
    await new Promise((drawn) => requestAnimationFrame(drawn));
  });
}

/** Waits until every animation and transition on the page has finished (a caption's lift above the bar). */
export const animationsFinished = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))).then(() => undefined));
