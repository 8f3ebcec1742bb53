// Playback when the network misbehaves, in a real Chromium, on both stream
// engines (Chromium's own HLS player and hls.js): a missing stream, segments
// failing mid-playback, a slow network, the connection dropping and coming
// back, a connection that stops answering. Each ends in the contract's alert
// with Retry, or in recovery by itself, at the same position; the chapter list
// stays usable; the page never throws or leaves a promise rejection unhandled.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { unhandledRejections, openViewerForEachTest, siteUrl, type Viewer } from './support/browser';
import { formatTime } from '@/player/core/time';
import { STALL_SECONDS } from '@/player/ui/use-connection-recovery';
import { MISSING_STREAM, SEED } from './support/fixtures';
import { chapterNav, currentChapterTitles, openWatch, slider, videoState, waitForPlaying } from './support/watch';

let viewer: Viewer;
let page: Page;

/** The seed's video, as the mirror serves it: one MP4 that the playlist addresses by byte ranges. */
const SEGMENT_SECONDS = 4;
let videoFile: Uint8Array;
let segmentOffsets: number[];

beforeAll(async () => {
  const folder = `${siteUrl()}/media/videos/${SEED.videoId}`;
  const playlist = await (await fetch(`${folder}/144p.m3u8`)).text();
  segmentOffsets = [...playlist.matchAll(/#EXT-X-BYTERANGE:\d+@(\d+)/g)].map((match) => Number(match[1]));
  videoFile = new Uint8Array(await (await fetch(`${folder}/144p.mp4`)).arrayBuffer());
});
openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

/** Where in the video file the segment playing at `seconds` starts. */
const byteAt = (seconds: number) => segmentOffsets[Math.floor(seconds / SEGMENT_SECONDS)]!;

type Fault = 'fail' | 'hang' | 'drop';

/**
 * A server for the video file that can break: from `fromByte` on, requests
 * fail with 503, never get an answer, or find the connection gone (the browser
 * goes offline). A request that starts before `fromByte` gets the bytes up to it
 * and no further, so a player that reads ahead meets the fault where a real one would.
 */
async function breakableVideo(target: Page) {
  const fault: { kind: Fault | null; fromByte: number } = { kind: null, fromByte: 0 };
  const held: Route[] = [];
  let failures = 0;
  await target.route(`**/videos/${SEED.videoId}/144p.mp4`, async (route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '');
    const start = Number(range?.[1] ?? 0);
    const end = range?.[2] ? Number(range[2]) : videoFile.length - 1;
    if (fault.kind === null || end < fault.fromByte) return route.continue();
    if (start < fault.fromByte) {
      const last = fault.fromByte - 1;
      return route.fulfill({
        status: 206,
        headers: { 'content-type': 'video/mp4', 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${last}/${videoFile.length}` },
        body: Buffer.from(videoFile.subarray(start, last + 1)),
      });
    }
    failures++;
    if (fault.kind === 'hang') held.push(route);
    else if (fault.kind === 'fail') await route.fulfill({ status: 503, body: 'Service Unavailable' });
    else {
      await target.context().setOffline(true);
      await route.abort('internetdisconnected');
    }
  });
  return {
    /** Breaks every request for bytes at or past `fromByte` (0: every request). */
    breakFrom(kind: Fault, fromByte = 0) {
      fault.kind = kind;
      fault.fromByte = fromByte;
    },
    /** Serves again; held requests are dropped, as a server coming back would. */
    async mend() {
      fault.kind = null;
      await Promise.all(held.splice(0).map((route) => route.abort('connectionreset').catch(() => undefined)));
    },
    get failures() {
      return failures;
    },
  };
}

/** No page error, no console error, no unhandled rejection. */
async function expectNoErrors() {
  expect(viewer.pageErrors).toEqual([]);
  expect(await unhandledRejections(page)).toEqual([]);
}

const position = async () => (await videoState(page)).currentTime;
const alert = () => page.getByRole('alert');

async function waitUntilPlayedTo(seconds: number) {
  await page.waitForFunction((t) => {
    const media = document.querySelector('video');
    return !!media && !media.paused && media.currentTime >= t;
  }, seconds, { timeout: 30_000 });
}

const watchAt = (start: number, engine: 'native' | 'hls.js') =>
  `/watch/${SEED.slug}?t=${start}${engine === 'hls.js' ? '&engine=hls.js' : ''}`;

async function playFrom(start: number, engine: 'native' | 'hls.js') {
  await openWatch(page, watchAt(start, engine));
  expect((await videoState(page)).engine).toBe(engine);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForPlaying(page);
}

describe('a stream that is missing', () => {
  it('says so on hls.js too, and a chapter chosen meanwhile is where Retry starts', async () => {
    await page.goto(`/watch/${MISSING_STREAM.slug}?engine=hls.js`);
    await alert().waitFor({ timeout: 20_000 });
    expect(await alert().textContent()).toMatch(/stream is missing/);

    // The chapter list still works: the position, the slider, the active chapter and the address follow.
    await chapterNav(page).getByRole('link', { name: /Half way/ }).click();
    await page.waitForFunction(() => document.querySelector('[role=slider]')?.getAttribute('aria-valuenow') === '300');
    expect(await currentChapterTitles(page)).toEqual(['Half way']);
    expect(new URL(page.url()).searchParams.get('t')).toBe('300');
    // Choosing a chapter tried the stream again from there; it is still missing, so the alert is back, from 5:00.
    await page.getByRole('alert').filter({ hasText: 'from 5:00' }).waitFor({ timeout: 20_000 });
    expect(await alert().getByRole('button', { name: 'Retry' }).count()).toBe(1);
    await expectNoErrors();
  });
});

describe('a connection lost before hls.js arrives', () => {
  it('says so, without an unhandled rejection, and Retry loads it and plays from the link', async () => {
    let blocked = true;
    // hls.js is downloaded only when needed: here, its download fails.
    await page.route('**/assets/hls*.js', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(watchAt(2807, 'hls.js'));
    await alert().waitFor({ timeout: 20_000 });
    expect(await alert().textContent()).toMatch(/network/);
    blocked = false;
    await alert().getByRole('button', { name: 'Retry' }).click();
    await waitForPlaying(page);
    expect((await videoState(page)).engine).toBe('hls.js');
    expect(await position()).toBeGreaterThanOrEqual(2807);
    expect(await position()).toBeLessThan(2815);
    await expectNoErrors();
  });
});

describe('segments failing mid-playback', () => {
  it('native: stops where it was with the alert; a chapter moves it; Retry plays from there', async () => {
    const server = await breakableVideo(page);
    await playFrom(1000, 'native');
    await waitUntilPlayedTo(1002);
    server.breakFrom('fail');

    await alert().waitFor({ timeout: 30_000 });
    expect(await alert().textContent()).toMatch(/network/);
    const stoppedAt = await position();
    expect(stoppedAt).toBeGreaterThanOrEqual(1002);
    expect((await videoState(page)).paused).toBe(true);
    expect(await alert().textContent()).toContain(`from ${formatTime(stoppedAt)}`);

    // While the server still fails, a chapter moves the position and tries again from there.
    const failuresBefore = server.failures;
    await chapterNav(page).getByRole('link', { name: /Melange Signing Keys/ }).click();
    await expect.poll(() => server.failures, { timeout: 20_000 }).toBeGreaterThan(failuresBefore);
    await page.getByRole('alert').filter({ hasText: 'from 46:47' }).waitFor({ timeout: 20_000 });
    expect(await alert().textContent()).toMatch(/network/);
    expect(await currentChapterTitles(page)).toEqual(['Melange Signing Keys']);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2807');

    await server.mend();
    await alert().getByRole('button', { name: 'Retry' }).click();
    await waitForPlaying(page);
    expect(await position()).toBeGreaterThanOrEqual(2807);
    expect(await position()).toBeLessThan(2815);
    expect(await alert().count()).toBe(0);
    await expectNoErrors();
  });

  it('hls.js: retries a few times, then stops with the alert; Retry resumes at the same position', async () => {
    const server = await breakableVideo(page);
    server.breakFrom('fail', byteAt(1008));
    await playFrom(1000, 'hls.js');

    await alert().waitFor({ timeout: 30_000 });
    expect(await alert().textContent()).toMatch(/network/);
    expect(server.failures).toBeGreaterThan(1); // it retried before giving up
    const stoppedAt = await position();
    expect(stoppedAt).toBeGreaterThan(1000);
    expect(stoppedAt).toBeLessThanOrEqual(1008.5);

    await server.mend();
    await alert().getByRole('button', { name: 'Retry' }).click();
    await waitForPlaying(page);
    expect(await position()).toBeGreaterThanOrEqual(stoppedAt - 0.5);
    expect(await position()).toBeLessThan(stoppedAt + 5);
    await waitUntilPlayedTo(1010); // on through what failed before
    expect(await alert().count()).toBe(0);
    await expectNoErrors();
  });

  it('hls.js: rides out a brief failure by itself', async () => {
    const server = await breakableVideo(page);
    server.breakFrom('fail', byteAt(1004));
    await playFrom(1002, 'hls.js');
    await expect.poll(() => server.failures, { timeout: 10_000 }).toBeGreaterThan(0);
    await server.mend();
    await waitUntilPlayedTo(1005); // on through the segment that failed
    expect(await alert().count()).toBe(0);
    await expectNoErrors();
  });
});

describe.each(['native', 'hls.js'] as const)('on %s', (engine) => {
  it('plays a shared link on a slow network, from its moment, without an alert', async () => {
    const cdp = await viewer.context.newCDPSession(page);
    await cdp.send('Network.enable');
    // A poor mobile connection: 400 ms before every answer, 200 KB/s.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 200 * 1024, uploadThroughput: 100 * 1024 });
    await playFrom(2807, engine);
    expect(await position()).toBeGreaterThanOrEqual(2807);
    await waitUntilPlayedTo(2808);
    expect(await alert().count()).toBe(0);
    await expectNoErrors();
  });

  it('says so when the connection drops, and carries on by itself when it comes back', async () => {
    const server = await breakableVideo(page);
    // hls.js loads minutes ahead, so the connection must drop before it gets far; Chromium reads a few seconds ahead.
    if (engine === 'hls.js') server.breakFrom('drop', byteAt(1006));
    await playFrom(1000, engine);
    if (engine === 'native') {
      await waitUntilPlayedTo(1002);
      server.breakFrom('drop');
    }

    await alert().waitFor({ timeout: 30_000 });
    expect(await alert().textContent()).toMatch(/network/);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const stoppedAt = await position();
    expect(stoppedAt).toBeGreaterThan(1000);

    await server.mend();
    await viewer.context.setOffline(false);
    // No click: the player reloads where it stopped and plays on.
    await waitForPlaying(page);
    await page.getByRole('alert').waitFor({ state: 'detached' });
    expect(await position()).toBeGreaterThanOrEqual(stoppedAt - 0.5);
    expect(await position()).toBeLessThan(stoppedAt + 5);
    await expectNoErrors();
  });
});

describe('a connection that stops answering', () => {
  it('native: turns a silent stall into the alert; Retry resumes at the same position', async () => {
    // The stall timeout is the page's own timer: the test moves the page's clock on rather than waiting.
    await page.clock.install();
    const server = await breakableVideo(page);
    // Chromium wants some 20 s of data before it starts; past that, nothing more comes.
    server.breakFrom('hang', byteAt(1028));
    await playFrom(1000, 'native');
    await page.locator('video').evaluate((media: HTMLVideoElement) => {
      media.playbackRate = 4; // to reach the end of the data sooner
    });
    // Out of data, waiting for an answer that never comes; no error from the browser.
    await page.waitForFunction(() => {
      const media = document.querySelector('video');
      return !!media && !media.paused && media.readyState < 3 && media.currentTime > 1010;
    }, null, { timeout: 30_000 });
    expect(await alert().count()).toBe(0);
    await page.clock.fastForward(STALL_SECONDS * 1000);

    await alert().waitFor({ timeout: 10_000 });
    expect(await alert().textContent()).toMatch(/network/);
    const stoppedAt = await position();
    await server.mend();
    await alert().getByRole('button', { name: 'Retry' }).click();
    await waitForPlaying(page);
    expect(await position()).toBeGreaterThanOrEqual(stoppedAt - 0.5);
    expect(await position()).toBeLessThan(stoppedAt + 5);
    await expectNoErrors();
  });
});
