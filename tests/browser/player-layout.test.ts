// The watch page's player at the widths viewers bring, asserted by geometry
// rather than pixels: no sideways scrolling, one row of controls from 1024 px,
// previews and confirmations inside the player, captions clear of the bar,
// the player brought into view from the chapter list, a short chapter list on
// phones, and axe's verdict.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { openViewer, openViewerForEachTest, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { captionCueBoxes } from './support/captions';
import { animationsFinished, fakeClock, letTimePass } from './support/settle';
import { chapterNav, openWatch, slider, videoState, waitForPlaying, waitForTime } from './support/watch';

const browser = openViewerForEachTest(() => undefined);

let viewer: Viewer | undefined;
afterEach(async () => {
  await viewer?.context.close();
  viewer = undefined;
});

/** A viewer with a window of this size (a phone, a laptop, a wide screen). */
async function openAt(width: number, height = 800): Promise<Page> {
  viewer = await openViewer(browser(), { viewport: { width, height } });
  return viewer.page;
}

const watch = `/watch/${SEED.slug}`;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

const box = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).first().evaluate((element) => {
    const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
    return { top, bottom, left, right, width, height };
  });

const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;

const WIDTHS = [320, 390, 768, 1024, 1366, 1920];

describe('widths', () => {
  it.each(WIDTHS)('at %i px nothing scrolls sideways, and from 1024 px the control bar is one row', async (width) => {
    const page = await openAt(width);
    await openWatch(page, `${watch}?t=2807`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // Every control inside the bar, at every width: nothing pushed off its end.
    const bar = await box(page, '.player-controls');
    const rights = await page.locator('.controls > *').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(bar.right + 0.5);
    if (width >= 1024) {
      // Every control's vertical middle on one line, and the bar no taller than one control.
      const middles = await page.locator('.controls > *').evaluateAll((elements) =>
        elements
          .map((element) => element.getBoundingClientRect())
          .filter((rect) => rect.width > 0)
          .map((rect) => Math.round(rect.top + rect.height / 2)),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
      expect((await box(page, '.controls')).height).toBeLessThanOrEqual(48);
    }
  });

  it('at 200 % zoom (a 1366 px window, 683 CSS px wide) keeps one row of controls and most of the picture clear', async () => {
    const page = await openAt(683, 384);
    await openWatch(page, watch);
    const video = await box(page, 'video');
    const controls = await box(page, '.player-controls');
    expect((await box(page, '.controls')).height).toBeLessThanOrEqual(48);
    expect(controls.height / video.height).toBeLessThan(0.4);
    const rights = await page.locator('.controls > *').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(controls.right + 0.5);
  });
});

describe('the timeline preview', () => {
  it.each([320, 390, 1366])('stays inside the player at both ends at %i px', async (width) => {
    const page = await openAt(width);
    await openWatch(page, watch);
    const track = await box(page, '.timeline');
    const stage = await box(page, '.player-stage');
    for (const x of [track.left + 1, track.right - 1]) {
      await page.mouse.move(x, track.top + track.height / 2);
      await page.locator('.timeline-preview').waitFor();
      const preview = await box(page, '.timeline-preview');
      expect(inside(preview, stage), `preview at x=${x}: ${JSON.stringify(preview)} in ${JSON.stringify(stage)}`).toBe(true);
      // Its time is whole on screen, not cut off.
      const time = await box(page, '.timeline-preview-time');
      expect(inside(time, stage)).toBe(true);
    }
  });

  it('moves the time readout and the picture with the pointer while dragging', async () => {
    const page = await openAt(1366);
    await openWatch(page, watch);
    const track = await box(page, '.timeline');
    const y = track.top + track.height / 2;
    await page.mouse.move(track.left + track.width * 0.1, y);
    await page.mouse.down();
    await page.mouse.move(track.left + track.width * 0.5, y, { steps: 8 });
    // Still held: the readout and the video are already near the middle.
    const middle = SEED.duration * 0.5;
    const tolerance = SEED.duration / track.width + 1;
    await waitForTime(page, middle, tolerance);
    await page.waitForFunction(
      ([expected, tol]) => {
        const [minutes, seconds] = (document.querySelector('.controls-time span')?.textContent ?? '').split(':').map(Number).slice(-2);
        const hours = (document.querySelector('.controls-time span')?.textContent ?? '').split(':').length === 3 ? Number(document.querySelector('.controls-time span')!.textContent!.split(':')[0]) : 0;
        const shown = hours * 3600 + minutes! * 60 + seconds!;
        return Math.abs(shown - expected) <= tol;
      },
      [middle, tolerance] as const,
      { timeout: 5000 },
    );
    await page.mouse.up();
    await waitForTime(page, middle, tolerance);
  });
});

describe('captions', () => {
  it.each([390, 1366])('at %i px are drawn above the shown control bar, at least 16 px high', async (width) => {
    const page = await openAt(width);
    await openWatch(page, `${watch}?t=1000`);
    await waitForTime(page, 1000);
    await page.keyboard.press('c');
    await page.waitForFunction(() => (document.querySelector('video')!.textTracks[0]?.activeCues?.length ?? 0) > 0, null, { timeout: 10_000 });
    expect(await page.locator('.player-stage').getAttribute('data-controls')).toBe('shown');
    await animationsFinished(page); // the lift's transition
    const cues = await captionCueBoxes(page);
    expect(cues.length).toBeGreaterThan(0);
    const controls = await box(page, '.player-controls');
    const video = await box(page, 'video');
    if (width < 600) {
      // The bar sits under the picture on a phone: the captions stay at the picture's foot.
      expect(controls.top).toBeGreaterThanOrEqual(video.bottom - 0.5);
      for (const cue of cues) expect(video.bottom - cue.bottom).toBeLessThan(video.height * 0.15);
    }
    for (const cue of cues) {
      expect(cue.bottom, 'cue bottom above the control bar').toBeLessThanOrEqual(controls.top + 0.5);
      expect(cue.top, 'cue inside the picture').toBeGreaterThanOrEqual(video.top - 0.5);
      expect(cue.fontSize).toBeGreaterThanOrEqual(16);
    }
  });

  it('grow with the player', async () => {
    const sizes: number[] = [];
    for (const width of [390, 1920]) {
      const page = await openAt(width, 1080);
      await openWatch(page, `${watch}?t=1000`);
      await page.keyboard.press('c');
      await page.waitForFunction(() => (document.querySelector('video')!.textTracks[0]?.activeCues?.length ?? 0) > 0, null, { timeout: 10_000 });
      await animationsFinished(page);
      sizes.push(Math.max(...(await captionCueBoxes(page)).map((cue) => cue.fontSize)));
      await viewer!.context.close();
      viewer = undefined;
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]! * 1.5);
  });

  it('get the picture back once the bar hides after a mouse click, as after a tap', async () => {
    const page = await openAt(1366);
    await openWatch(page, `${watch}?t=1000`);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => document.querySelector('.player-stage')?.getAttribute('data-controls') === 'hidden', null, { timeout: 8000 });
    // Focus stayed on the clicked button, yet the bar is hidden and the captions are at the bottom again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pause');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.player-controls')!).opacity === '0');
    expect(await page.locator('.player-stage').evaluate((element) => getComputedStyle(element).getPropertyValue('--captions-lift'))).toBe('0px');
  });

  it('keep the bar while the keyboard works in it', async () => {
    const page = await openAt(1366);
    await fakeClock(page);
    await openWatch(page, `${watch}?t=1000`);
    await page.getByRole('button', { name: 'Play' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await waitForPlaying(page);
    // Longer than the bar waits (3 s) before it hides while playing.
    await letTimePass(page, 10_000);
    expect(await page.locator('.player-stage').getAttribute('data-controls')).toBe('shown');
    expect((await videoState(page)).paused).toBe(false);
  });
});

describe('phones', () => {
  it('keeps the Copy link confirmation on screen at 320 px', async () => {
    const page = await openAt(320, 640);
    await openWatch(page, `${watch}?t=2807`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await status.waitFor();
    const confirmation = await box(page, '.controls-copy-status');
    expect(inside(confirmation, { top: 0, left: 0, right: 320, bottom: 640, width: 320, height: 640 })).toBe(true);
    // And inside the player, which clips what leaves it.
    expect(inside(confirmation, await box(page, '.player-stage'))).toBe(true);
  });

  it('brings the player into view when a chapter is activated with the player scrolled away', async () => {
    const page = await openAt(390, 700);
    await openWatch(page, watch);
    await chapterNav(page).getByRole('button', { name: 'Show all 26 chapters' }).click();
    const last = chapterNav(page).getByRole('link', { name: /Conclusion and Thank You/ });
    await last.scrollIntoViewIfNeeded();
    expect((await box(page, '.player-stage')).bottom).toBeLessThan(0);
    await last.click();
    await waitForTime(page, 4362, 1.5);
    await page.waitForFunction(() => {
      const stage = document.querySelector('.player-stage')!.getBoundingClientRect();
      return stage.top >= -1 && stage.bottom <= window.innerHeight + 1;
    }, null, { timeout: 5000 });
  });

  it('lists a few chapters around the current one, with a button to show all', async () => {
    const page = await openAt(390, 800);
    await openWatch(page, `${watch}?t=2807`);
    const shown = () => chapterNav(page).getByRole('link').evaluateAll((links) => links.filter((link) => link.getClientRects().length > 0).map((link) => link.querySelector('.chapter-title')?.textContent));
    await page.waitForFunction(() => document.querySelector('[aria-current="true"] .chapter-title')?.textContent === 'Melange Signing Keys');
    expect(await shown()).toEqual(['Standard Entry Point', 'Introducing Melange and Recipe Structure', 'Melange Signing Keys', 'Building a Package with Melange', 'Using the Custom Package in an apko Image']);
    const details = await box(page, '.episode-details');
    expect(details.top).toBeLessThan(800 * 2);
    const showAll = chapterNav(page).getByRole('button', { name: 'Show all 26 chapters' });
    expect(await showAll.getAttribute('aria-expanded')).toBe('false');
    await showAll.click();
    expect((await shown()).length).toBe(26);
    expect(await chapterNav(page).getByRole('button', { name: 'Show fewer chapters' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists every chapter beside the picture on a wide screen, with no Show all button', async () => {
    const page = await openAt(1366);
    await openWatch(page, watch);
    expect(await chapterNav(page).getByRole('link').evaluateAll((links) => links.filter((link) => link.getClientRects().length > 0).length)).toBe(26);
    expect(await chapterNav(page).getByRole('button', { name: /Show all/ }).isVisible()).toBe(false);
  });
});

describe('the control bar', () => {
  it('shows the current chapter title, in full screen too, and double-clicking the picture toggles full screen', async () => {
    const page = await openAt(1366);
    await openWatch(page, `${watch}?t=2807`);
    await page.waitForFunction(() => document.querySelector('.controls-chapter')?.textContent === 'Melange Signing Keys');
    expect((await box(page, '.controls-chapter')).width).toBeGreaterThan(50);
    await page.locator('video').dblclick();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: 'Exit full screen' }).waitFor();
    expect(await page.locator('.controls-chapter').isVisible()).toBe(true);
    await page.locator('video').dblclick();
    await page.waitForFunction(() => document.fullscreenElement === null);
  });
});

describe('accessibility', () => {
  const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  it.each([390, 1366])('the watch page at %i px, with captions on and every chapter listed, has no axe violation of any severity, light or dark', async (width) => {
    const page = await openAt(width);
    await openWatch(page, `${watch}?t=2807`);
    await page.keyboard.press('c');
    const showAll = chapterNav(page).getByRole('button', { name: /Show all/ });
    if (await showAll.isVisible()) await showAll.click();
    await slider(page).focus();
    await page.evaluate(await axeSource);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`)), colorScheme).toEqual([]);
    }
  });
});
