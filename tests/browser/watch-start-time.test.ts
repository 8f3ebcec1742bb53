// Shared links: every start-time form of contract §2 lands on its moment,
// before the first frame is shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openViewer } from './support/browser';
import { SEED } from './support/fixtures';
import { firstFrameTime, nextPresentedFrame, openWatch, recordFirstFrame, videoState, waitForTime } from './support/watch';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const watch = `/watch/${SEED.slug}`;

describe('start time from the link', () => {
  const forms: Array<[string, number]> = [
    ['?t=2807', 2807],
    ['?t=2807s', 2807],
    ['?t=46m47s', 2807],
    ['?t=1h14m13s', 4453],
    ['?t=1h', 3600],
    ['?t=46:47', 2807],
    ['?t=1:14:13', 4453],
    ['#t=2807', 2807],
    ['#t=46m47s', 2807],
    ['#t=npt:2807', 2807],
    ['#t=2807,2900', 2807],
    ['?t=100#t=2807', 100],
    ['?t=99999', SEED.duration],
  ];

  it.each(forms)('%s starts at %d s', async (suffix, expected) => {
    const { context, page, pageErrors } = await openViewer(browser);
    await openWatch(page, `${watch}${suffix}`);
    await waitForTime(page, expected, 1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('ignores a start time that does not parse, quietly', async () => {
    const { context, page, pageErrors } = await openViewer(browser);
    await openWatch(page, `${watch}?t=soon#t=later`);
    const state = await videoState(page);
    expect(state.currentTime).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED.title);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the linked moment as the first frame, and plays from there', async () => {
    const { context, page } = await openViewer(browser);
    await recordFirstFrame(page);
    await openWatch(page, `${watch}?t=2807`);
    expect(await firstFrameTime(page)).toBe(2807);
    const presented = nextPresentedFrame(page);
    await page.getByRole('button', { name: 'Play' }).click();
    expect(Math.abs((await presented) - 2807)).toBeLessThan(1.5);
    await context.close();
  });

  it('plays through hls.js when asked to, from the linked moment', async () => {
    const { context, page, pageErrors } = await openViewer(browser);
    await recordFirstFrame(page);
    const hlsRequests: string[] = [];
    page.on('request', (request) => {
      if (/hls\.light|hls-/.test(request.url())) hlsRequests.push(request.url());
    });
    await openWatch(page, `${watch}?engine=hls.js&t=2807`);
    expect((await videoState(page)).engine).toBe('hls.js');
    expect(hlsRequests.length).toBeGreaterThan(0);
    expect(Math.abs((await firstFrameTime(page)) - 2807)).toBeLessThan(0.5);
    const presented = nextPresentedFrame(page);
    await page.getByRole('button', { name: 'Play' }).click();
    expect(Math.abs((await presented) - 2807)).toBeLessThan(1.5);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('plays natively by default, without downloading hls.js', async () => {
    const { context, page } = await openViewer(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openWatch(page, watch);
    const playsNatively = await page.evaluate(() => document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '');
    const { engine } = await videoState(page);
    expect(engine).toBe(playsNatively ? 'native' : 'hls.js');
    if (playsNatively) expect(scripts.some((url) => /hls/.test(url))).toBe(false);
    await context.close();
  });
});
