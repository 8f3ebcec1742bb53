// Shared links: every start-time form of contract §2 lands on its moment,
// before the first frame is shown.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { firstFrameTime, nextPresentedFrame, openWatch, recordFirstFrame, videoState, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;
openViewerForEachTest((opened) => {
  viewer = opened;
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;

/**
 * The two ways the page plays the stream: the browser's own HLS where it has
 * it, and hls.js, which `?engine=hls.js` forces.
 */
const engines = [
  { engine: 'native', param: '' },
  { engine: 'hls.js', param: 'engine=hls.js' },
] as const;

/** The watch page's address for a link's `?query#hash`, with the engine's parameter first in the query. */
function linkOn(param: string, suffix: string): string {
  if (param === '') return `${watch}${suffix}`;
  const hashAt = suffix.indexOf('#');
  const query = hashAt === -1 ? suffix : suffix.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : suffix.slice(hashAt);
  return `${watch}?${param}${query.startsWith('?') ? `&${query.slice(1)}` : ''}${hash}`;
}

/** The engine the page should use: hls.js when forced, else native where the browser plays HLS. */
async function expectedEngine(engine: 'native' | 'hls.js'): Promise<string> {
  if (engine === 'hls.js') return 'hls.js';
  const playsNatively = await page.evaluate(() => document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '');
  return playsNatively ? 'native' : 'hls.js';
}

/** Where a viewer remembered to have left the seed episode, stored before the page's scripts run. */
async function rememberPosition(seconds: number) {
  await page.addInitScript(
    ([key, t]) => localStorage.setItem(key, JSON.stringify({ t, savedAt: Date.now() })),
    [`watch-position:${SEED.slug}`, seconds] as const,
  );
}

describe.each(engines)('start time from the link, $engine engine', ({ engine, param }) => {
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
    // The query wins over the hash.
    ['?t=100#t=2807', 100],
    // A query that does not parse is ignored, so the hash applies.
    ['?t=soon#t=2807', 2807],
    // Past the end: clamped.
    ['?t=99999', SEED.duration],
  ];

  it.each(forms)('%s starts at %d s, from the first frame', async (suffix, expected) => {
    await recordFirstFrame(page);
    await openWatch(page, linkOn(param, suffix));
    expect(Math.abs((await firstFrameTime(page)) - expected)).toBeLessThanOrEqual(1);
    await waitForTime(page, expected, 1);
    expect((await videoState(page)).engine).toBe(await expectedEngine(engine));
    expect(viewer.pageErrors).toEqual([]);
  });

  it('ignores a start time that does not parse, quietly', async () => {
    await recordFirstFrame(page);
    await openWatch(page, linkOn(param, '?t=soon#t=later'));
    // The first frame is the moment the page settled on: the start.
    expect(await firstFrameTime(page)).toBe(0);
    expect((await videoState(page)).currentTime).toBe(0);
    expect((await videoState(page)).engine).toBe(await expectedEngine(engine));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED.title);
    expect(viewer.pageErrors).toEqual([]);
  });

  it.each([
    ['?t=60', 60],
    ['#t=60', 60],
  ])('%s wins over a remembered position', async (suffix, expected) => {
    await rememberPosition(1500);
    await recordFirstFrame(page);
    await openWatch(page, linkOn(param, suffix));
    expect(Math.abs((await firstFrameTime(page)) - expected)).toBeLessThanOrEqual(1);
    await waitForTime(page, expected, 1);
    expect(await page.getByText('Resumed at').count()).toBe(0);
  });

  it('without a start time, resumes at the remembered position', async () => {
    await rememberPosition(1500);
    await recordFirstFrame(page);
    await openWatch(page, linkOn(param, ''));
    expect(Math.abs((await firstFrameTime(page)) - 1500)).toBeLessThanOrEqual(1);
    await waitForTime(page, 1500, 1);
    await page.getByRole('status').filter({ hasText: 'Resumed at 25:00' }).waitFor();
    expect((await videoState(page)).engine).toBe(await expectedEngine(engine));
  });
});

describe('start time and engine', () => {
  it('shows the linked moment as the first frame, and plays from there', async () => {
    await recordFirstFrame(page);
    await openWatch(page, `${watch}?t=2807`);
    expect(await firstFrameTime(page)).toBe(2807);
    const presented = nextPresentedFrame(page);
    await page.getByRole('button', { name: 'Play' }).click();
    expect(Math.abs((await presented) - 2807)).toBeLessThan(1.5);
  });

  it('plays through hls.js when asked to, from the linked moment', async () => {
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
    expect(viewer.pageErrors).toEqual([]);
  });

  it.each([
    ['watch page', `${watch}?engine=hls.js&t=2807`, /\/watch-page-[\w-]+\.js$/],
    ['embed page', `/embed/${SEED.slug}?engine=hls.js&t=2807`, /\/embed-player-[\w-]+\.js$/],
  ])('on the %s, asks for hls.js beside the app’s code, not once the player is up', async (_page, link, playerCode) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await recordFirstFrame(page);
    await page.goto(link);
    expect(Math.abs((await firstFrameTime(page)) - 2807)).toBeLessThan(0.5);
    const hls = scripts.findIndex((path) => /\/hls\.light-[\w-]+\.js$/.test(path));
    const player = scripts.findIndex((path) => playerCode.test(path));
    expect(player, scripts.join('\n')).toBeGreaterThan(-1);
    // Asked for by the entry, before the code that draws the player, which would otherwise ask for it.
    expect(hls, scripts.join('\n')).toBeGreaterThan(-1);
    expect(hls, scripts.join('\n')).toBeLessThan(player);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('plays natively by default, without downloading hls.js', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openWatch(page, watch);
    const playsNatively = await page.evaluate(() => document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '');
    const { engine } = await videoState(page);
    expect(engine).toBe(playsNatively ? 'native' : 'hls.js');
    if (playsNatively) expect(scripts.some((url) => /hls/.test(url))).toBe(false);
  });
});
