// Waits on what the page does rather than on the clock, so that a test which
// then asserts that something did NOT happen has given it every chance to.
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
