// Clips (contract §2): a link with a start and an end opens at the start,
// plays to the end and pauses there once, on both engines; the range is drawn
// and described on the timeline; `Watch full episode` takes it away.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, unhandledRejections, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { axeViolations } from './support/axe';
import { firstFrameTime, openWatch, recordFirstFrame, slider, videoState, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;
openViewerForEachTest((opened) => {
  viewer = opened;
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;

const engines = [
  { engine: 'native', query: '' },
  { engine: 'hls.js', query: 'engine=hls.js&' },
] as const;

/** Where the video paused, once it has: resolved from the media's own `pause` event. */
function nextPause(page: Page): Promise<number> {
  return page.locator('video').evaluate(
    (video: HTMLVideoElement) => new Promise<number>((resolve) => video.addEventListener('pause', () => resolve(video.currentTime), { once: true })),
  );
}

const clipStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Clip / });

describe.each(engines)('a clip link, $engine engine', ({ query }) => {
  it.each([
    [`?${query}t=2807&end=2811`, 2807, 2811],
    [`?${query}t=46:47&end=46m51s`, 2807, 2811],
    [`${query ? `?${query.slice(0, -1)}` : ''}#t=2807,2811`, 2807, 2811],
  ])('%s opens at the start, pauses within 0.25 s of the end, and Play carries on', async (suffix, start, end) => {
    await recordFirstFrame(page);
    await openWatch(page, `${watch}${suffix}`);
    expect(Math.abs((await firstFrameTime(page)) - start)).toBeLessThanOrEqual(1);
    await clipStatus(page).waitFor();

    const paused = nextPause(page);
    await page.getByRole('button', { name: 'Play' }).click();
    const pausedAt = await paused;
    expect(Math.abs(pausedAt - end)).toBeLessThanOrEqual(0.25);
    await page.getByRole('button', { name: 'Play' }).waitFor();

    // Once: Play goes on past the end.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((past) => (document.querySelector('video')?.currentTime ?? 0) > past + 1, end, { timeout: 20_000 });
    expect((await videoState(page)).paused).toBe(false);
    expect(viewer.pageErrors).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });
});

describe('the clip on the page', () => {
  it('says the clip in a status and draws and describes its range on the timeline', async () => {
    await openWatch(page, `${watch}?t=2807&end=2888`);
    await expect.poll(() => clipStatus(page).textContent()).toBe('Clip 46:47–48:08');
    await expect.poll(() => slider(page).evaluate((element) => element.getAttribute('aria-describedby'))).not.toBeNull();
    const description = await slider(page).evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    );
    expect(description).toBe('Clip from 46:47 to 48:08');

    // The band covers the clip's share of the track, and is drawn with more than colour (a hatch, end marks).
    const band = await page.evaluate(() => {
      const slider = document.querySelector('[role="slider"]')!.getBoundingClientRect();
      const element = [...document.querySelectorAll('[role="slider"] *')].find((node) => getComputedStyle(node).backgroundImage.includes('repeating-linear-gradient'));
      if (!element) return undefined;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { left: (box.left - slider.left) / slider.width, right: (box.right - slider.left) / slider.width, height: box.height, borderLeft: style.borderLeftWidth };
    });
    expect(band).toBeDefined();
    expect(band!.left).toBeCloseTo(2807 / SEED.duration, 2);
    expect(band!.right).toBeCloseTo(2888 / SEED.duration, 2);
    expect(band!.height).toBeGreaterThan(0);
    expect(band!.borderLeft).not.toBe('0px');
    expect(viewer.pageErrors).toEqual([]);
  });

  it('has no accessibility violations with the clip shown', async () => {
    await openWatch(page, `${watch}?t=2807&end=2888`);
    await clipStatus(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Watch full episode removes the clip and takes end out of the address, keeping the start', async () => {
    await openWatch(page, `${watch}?t=2807&end=2888`);
    await page.getByRole('button', { name: 'Watch full episode' }).click();
    await clipStatus(page).waitFor({ state: 'detached' });
    await page.waitForFunction(() => !location.search.includes('end='));
    const url = new URL(page.url());
    expect(url.searchParams.get('t')).toBe('2807');
    expect(url.searchParams.has('end')).toBe(false);
    expect(await slider(page).getAttribute('aria-describedby')).toBeNull();
    // Focus stays in the player, so the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('.player') !== null)).toBe(true);

    // The clip no longer stops playback at its end.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.evaluate(() => {
      document.querySelector('video')!.currentTime = 2887;
    });
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 2889, null, { timeout: 20_000 });
    expect((await videoState(page)).paused).toBe(false);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('takes the range out of a #t=a,b address', async () => {
    await openWatch(page, `${watch}#t=2807,2888`);
    await page.getByRole('button', { name: 'Watch full episode' }).click();
    await page.waitForFunction(() => location.hash === '#t=2807');
    expect(viewer.pageErrors).toEqual([]);
  });

  it.each([
    ['?t=2807&end=2807', 'an end at the start'],
    ['?t=2807&end=2000', 'an end before the start'],
    ['?t=2807&end=banana', 'an end that does not parse'],
    ['?t=2807&end=-5', 'a negative end'],
    ['?t=2807&end=NaN', 'NaN'],
    ['?t=2807&end=1e309', '1e309'],
    ['#t=2807,2000', 'a fragment ending before its start'],
  ])('%s (%s) is a plain start-time link', async (suffix) => {
    await openWatch(page, `${watch}${suffix}`);
    await waitForTime(page, 2807, 1);
    // The page has been taken over (the app drew its controls) and the clip's code has come and gone: no clip.
    await page.getByRole('button', { name: 'Share' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await clipStatus(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Watch full episode' }).count()).toBe(0);
    expect(await slider(page).getAttribute('aria-describedby')).toBeNull();
    expect(viewer.pageErrors).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });

  it('clamps an end past the episode to its end', async () => {
    await openWatch(page, `${watch}?t=4440&end=99999`);
    await expect.poll(() => clipStatus(page).textContent()).toBe('Clip 1:14:00–1:14:13');
    expect(viewer.pageErrors).toEqual([]);
  });

  it('works the same way on the embed page (contract §2, §6): the clip stops there too', async () => {
    await recordFirstFrame(page);
    await openWatch(page, `/embed/${SEED.slug}?t=2807&end=2811`);
    expect(Math.abs((await firstFrameTime(page)) - 2807)).toBeLessThanOrEqual(1);
    await expect.poll(() => clipStatus(page).textContent()).toBe('Clip 46:47–46:51');
    const paused = nextPause(page);
    await page.getByRole('button', { name: 'Play' }).click();
    expect(Math.abs((await paused) - 2811)).toBeLessThanOrEqual(0.25);
    expect(viewer.pageErrors).toEqual([]);
  });
});
