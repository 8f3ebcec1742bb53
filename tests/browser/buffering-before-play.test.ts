// What a page opened and not played downloads of the video: the linked
// moment's frame and a few seconds after it, as a browser keeps for
// `preload="metadata"`, and the rest once the viewer plays. Through hls.js,
// which left to itself fills up to 60 MB or 600 s of buffer at once, playing
// or not (the browser's own HLS keeps to its preload by itself).
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { openViewerForEachTest } from './support/browser';
import { SEED } from './support/fixtures';
import { firstFrameTime, openWatch, recordFirstFrame, videoState } from './support/watch';

let page: Page;
openViewerForEachTest((opened) => {
  page = opened.page;
});

/**
 * Follows the page's requests for media from before it opens; `quiet()`
 * resolves once none has been in flight, and none has started, for half a
 * second: the player has taken all it wants for now.
 */
function followMediaRequests(page: Page) {
  const isMedia = (request: Request) => new URL(request.url()).pathname.startsWith('/media/videos/');
  let inFlight = 0;
  let started = 0;
  let settle: () => void = () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    if (inFlight === 0) timer = setTimeout(() => settle(), 500);
  };
  page.on('request', (request) => {
    if (!isMedia(request)) return;
    inFlight += 1;
    started += 1;
    check();
  });
  const ended = (request: Request) => {
    if (!isMedia(request)) return;
    inFlight -= 1;
    check();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    quiet: () =>
      new Promise<void>((resolve) => {
        settle = resolve;
        check();
      }),
    started: () => started,
  };
}

/** Seconds of video buffered ahead of the playhead. */
const bufferedAhead = (page: Page) =>
  page.locator('video').evaluate((video: HTMLVideoElement) => {
    for (let i = 0; i < video.buffered.length; i++) {
      if (video.buffered.start(i) <= video.currentTime + 0.5 && video.currentTime <= video.buffered.end(i)) return video.buffered.end(i) - video.currentTime;
    }
    return 0;
  });

describe('through hls.js, before the viewer plays', () => {
  it.each([
    ['a watch page opened at a moment', `/watch/${SEED.slug}?engine=hls.js&t=2807`, 2807],
    ['an embed page', `/embed/${SEED.slug}?engine=hls.js`, 0],
  ])('%s loads its first frame and a few seconds after it, and the rest once played', async (_page, path, start) => {
    const media = followMediaRequests(page);
    await recordFirstFrame(page);
    await openWatch(page, path);
    expect(Math.abs((await firstFrameTime(page)) - start)).toBeLessThanOrEqual(1);
    await media.quiet();
    expect((await videoState(page)).paused).toBe(true);
    // Left to itself, hls.js had 600 s of this stream by now, in some 150 requests.
    expect(await bufferedAhead(page)).toBeLessThanOrEqual(20);
    expect(media.started()).toBeLessThanOrEqual(8);

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => {
      const video = document.querySelector('video')!;
      const last = video.buffered.length - 1;
      return last >= 0 && video.buffered.end(last) - video.currentTime > 60;
    });
  });
});
