// Helpers that read the watch page as a viewer (and its <video>) would.
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { waitForTakeOver } from './take-over';

export interface VideoState {
  currentTime: number;
  duration: number;
  paused: boolean;
  readyState: number;
  engine: string | undefined;
  muted: boolean;
  playbackRate: number;
}

export async function videoState(page: Page): Promise<VideoState> {
  return page.locator('video').evaluate((video: HTMLVideoElement) => ({
    currentTime: video.currentTime,
    duration: video.duration,
    paused: video.paused,
    readyState: video.readyState,
    engine: video.dataset.engine,
    muted: video.muted,
    playbackRate: video.playbackRate,
  }));
}

/**
 * Records where the video stood when its first frame became available
 * ('loadeddata': the element can render the current position for the first
 * time), from before the page's own scripts run.
 */
export async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFrameTime?: number };
    window.addEventListener(
      'loadeddata',
      (event) => {
        if (event.target instanceof HTMLVideoElement) w.__firstFrameTime ??= event.target.currentTime;
      },
      true,
    );
  });
}

export async function firstFrameTime(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstFrameTime?: number }).__firstFrameTime !== undefined, null, { timeout: 20_000 });
  return page.evaluate(() => (window as unknown as { __firstFrameTime: number }).__firstFrameTime);
}

/** The media time of the next frame the compositor presents. */
export async function nextPresentedFrame(page: Page): Promise<number> {
  return page.locator('video').evaluate(
    (video: HTMLVideoElement) => new Promise<number>((resolve) => video.requestVideoFrameCallback((_now, frame) => resolve(frame.mediaTime))),
  );
}

/** Opens a watch page and waits until its video can seek and the app has taken the page over. */
export async function openWatch(page: Page, path: string) {
  await page.goto(path);
  await page.locator('video').waitFor();
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20_000 });
  await waitForTakeOver(page);
}

/** Focuses a text field of the page's own (or an extension's), outside the app's root, named `Scratch`. */
export async function focusFieldOutsideApp(page: Page) {
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Scratch');
    document.body.append(field);
    field.focus();
  });
}

export async function waitForTime(page: Page, expected: number, tolerance = 1) {
  const reached = await page
    .waitForFunction(
      ([t, tol]) => {
        const video = document.querySelector('video');
        return !!video && !video.seeking && Math.abs(video.currentTime - t) <= tol;
      },
      [expected, tolerance] as const,
      { timeout: 20_000 },
    )
    .then(() => true, () => false);
  if (reached) return;
  // Said with where the video is instead (once reached, it is not read again: playing, it would have moved on),
  // and with what else could explain a seek that never came: where focus is, the element's state, an alert.
  const context = await page.evaluate(() => {
    const video = document.querySelector('video');
    const focused = document.activeElement;
    return JSON.stringify({
      focus: focused ? `${focused.tagName} ${focused.getAttribute('aria-label') ?? ''}`.trim() : null,
      seeking: video?.seeking,
      readyState: video?.readyState,
      networkState: video?.networkState,
      error: video?.error?.code ?? null,
      alert: document.querySelector('[role=alert]')?.textContent ?? null,
    });
  });
  expect((await videoState(page)).currentTime, `the video at ${expected} s within ${tolerance} s (${context})`).toBe(expected);
}

export async function waitForPlaying(page: Page) {
  await page.waitForFunction(() => {
    const video = document.querySelector('video');
    return !!video && !video.paused && video.readyState >= 3;
  }, null, { timeout: 20_000 });
}

/** The video's chapters track as the element has it: its mode, whether it has loaded (2) and its cues. */
export function chaptersTrack(page: Page | Frame) {
  return page.locator('video').evaluate((video: HTMLVideoElement) => {
    const element = video.querySelector<HTMLTrackElement>('track[kind="chapters"]');
    return element && { mode: element.track.mode, readyState: element.readyState, cues: element.track.cues?.length ?? 0 };
  });
}

export const slider = (page: Page) => page.getByRole('slider', { name: 'Seek' });
export const chapterNav = (page: Page) => page.getByRole('navigation', { name: 'Chapters' });

/** The chapter links carrying aria-current="true". */
export async function currentChapterTitles(page: Page): Promise<string[]> {
  return chapterNav(page).locator('[aria-current="true"]').evaluateAll((nodes) => nodes.map((n) => n.querySelector('.chapter-title')?.textContent ?? ''));
}
