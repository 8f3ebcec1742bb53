// The player's keys as the platform and the ARIA slider pattern have them:
// Space presses a focused control, the Seek slider's own keys, brief feedback
// on the picture that leaves focus alone, ↑/↓ volume, and the keys dialog.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest } from './support/browser';
import { SEED } from './support/fixtures';
import { chapterNav, openWatch, slider, videoState, waitForPlaying, waitForTime } from './support/watch';

let page: Page;

openViewerForEachTest(async (opened) => {
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;

/** What the focused element is, in words a test can compare. */
const focusedName = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName} ${element.getAttribute('aria-label') ?? ''}` : '';
  });

const feedback = () => page.locator('.player-feedback');

/**
 * Records every feedback text the picture shows from now on: each shows for
 * under a second, which a busy machine could let a test's poll miss.
 */
async function recordFeedback() {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __feedback: string[] }).__feedback = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.player-feedback')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const feedbackSeen = () => page.evaluate(() => (window as unknown as { __feedback: string[] }).__feedback);

describe('Space', () => {
  it('presses a focused button instead of playing', async () => {
    await openWatch(page, watch);
    await page.getByRole('button', { name: 'Mute' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Unmute' }).waitFor();
    expect((await videoState(page)).muted).toBe(true);
    expect((await videoState(page)).paused).toBe(true);
  });

  it('presses a focused Play button once: it plays, and does not pause again', async () => {
    await openWatch(page, watch);
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Space');
    await waitForPlaying(page);
    // Pressed twice, it would pause again at once: it plays on, the video a third of a second further.
    const playingFrom = (await videoState(page)).currentTime;
    await page.waitForFunction((from) => document.querySelector('video')!.currentTime > from + 0.3, playingFrom);
    expect((await videoState(page)).paused).toBe(false);
  });

  it('presses a focused chapter link, as Enter does: it seeks there and plays, without scrolling the page', async () => {
    await openWatch(page, watch);
    const chapter = chapterNav(page).getByRole('link', { name: /Melange Signing Keys/ });
    await chapter.focus();
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await waitForTime(page, 2807, 1.5);
    await waitForPlaying(page);
    expect(new URL(page.url()).search).toBe('?t=2807');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    expect(await focusedName()).toBe('A ');
  });

  it('still plays and pauses where focus is on no control', async () => {
    await openWatch(page, watch);
    await page.keyboard.press('Space');
    await waitForPlaying(page);
  });
});

describe('the Seek slider', () => {
  it('steps with the arrows (Up and Down too), Page Up/Page Down, Home and End', async () => {
    await openWatch(page, `${watch}?t=1000`);
    await waitForTime(page, 1000);
    await slider(page).focus();
    await page.keyboard.press('ArrowUp');
    await waitForTime(page, 1005);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await waitForTime(page, 995);
    await page.keyboard.press('PageUp');
    await waitForTime(page, 1055);
    // One step at a time: each lands before the next (two native HLS seeks a frame apart can stall this machine's Chromium).
    await page.keyboard.press('PageDown');
    await waitForTime(page, 995);
    await page.keyboard.press('PageDown');
    await waitForTime(page, 935);
    await page.keyboard.press('End');
    await waitForTime(page, SEED.duration, 1);
    await page.keyboard.press('Home');
    await waitForTime(page, 0, 0.5);
    await page.waitForFunction(() => document.querySelector('[role=slider]')?.getAttribute('aria-valuenow') === '0');
    // Up and Down moved the time, not the volume, and focus never left the slider.
    expect((await videoState(page)).muted).toBe(false);
    expect(await page.locator('video').evaluate((video: HTMLVideoElement) => video.volume)).toBe(1);
    expect(await focusedName()).toBe('DIV Seek');
  });
});

describe('feedback on the picture', () => {
  it('says what a key did, briefly, without taking focus or naming itself to screen readers', async () => {
    await openWatch(page, `${watch}?t=1000`);
    await waitForTime(page, 1000);
    await page.getByRole('button', { name: 'Full screen' }).focus();
    const before = await focusedName();
    expect(before).toBe('BUTTON Full screen');
    await recordFeedback();
    await page.keyboard.press('l');
    await page.waitForFunction(() => document.querySelector('.player-feedback') !== null);
    expect(await feedback().getAttribute('aria-hidden')).toBe('true');
    expect(await focusedName()).toBe(before);
    for (const [key, text] of [['ArrowLeft', '\u22125 s'], ['>', '1.25×'], ['m', 'Muted'], ['c', 'Captions on']] as const) {
      await page.keyboard.press(key);
      await expect.poll(async () => (await feedbackSeen()).at(-1)).toBe(text);
    }
    expect(await feedbackSeen()).toEqual(['+10 s', '\u22125 s', '1.25×', 'Muted', 'Captions on']);
    // It goes again on its own.
    await feedback().waitFor({ state: 'detached', timeout: 3000 });
    expect(await focusedName()).toBe(before);
  });
});

describe('volume keys', () => {
  it('turns the volume down and up with ↓/↑ once the player has focus, and leaves them to the page elsewhere', async () => {
    await openWatch(page, watch);
    const volume = () => page.locator('video').evaluate((video: HTMLVideoElement) => video.volume);
    await page.getByRole('button', { name: 'Captions' }).focus();
    await recordFeedback();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => Math.abs(document.querySelector('video')!.volume - 0.9) < 1e-9);
    // Two quick presses: what shows last is where the volume got to, not a second 95%.
    await expect.poll(async () => (await feedbackSeen()).at(-1)).toBe('Volume 90%');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => Math.abs(document.querySelector('video')!.volume - 0.95) < 1e-9);
    // The Volume slider shows it too (once React has drawn the media's report).
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[aria-label="Volume"]')?.value === '95');

    // Focus on the page, not the player: the arrows are the page's. The key table has loaded (the keys above
    // used it), so an arrow the player took would have changed the volume by the time the press returns.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowDown');
    expect(await volume()).toBe(0.95);

    // A click on the picture puts focus in the player too.
    await page.locator('video').click();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => Math.abs(document.querySelector('video')!.volume - 0.9) < 1e-9);
  });
});

describe('the keys dialog', () => {
  it('lists the volume keys and closes on a click outside it', async () => {
    await openWatch(page, watch);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /↑.*Volume up/ }).count()).toBe(1);
    expect(await dialog.getByRole('row', { name: /↓.*Volume down/ }).count()).toBe(1);
    // A click inside the dialog (its heading) keeps it open.
    await dialog.getByRole('heading').click();
    expect(await dialog.isVisible()).toBe(true);
    // A click on the backdrop, well outside the dialog's box, closes it.
    await page.mouse.click(10, 10);
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
  });
});
