// The embed page as other sites frame it (product.md, The embed page and its
// API): the player alone, filling its frame from 320×180 up, at the linked
// second, with a link to the watch page at the current second; driven from
// a host page on another origin by the real `player.js` library; framed only
// where the served headers allow it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { holdBack, launchBrowser, openViewer, siteUrl, type Viewer } from './support/browser';
import { axeViolations } from './support/axe';
import { SEED } from './support/fixtures';
import { chaptersTrack } from './support/watch';

const EMBED = `/embed/${SEED.slug}`;
const WATCH = `/watch/${SEED.slug}`;

let browser: Browser;
/** A second origin (`localhost`, where the site is `127.0.0.1`) serving host pages and the player.js library. */
let hostServer: Server;
let hostOrigin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // The library as npm ships it (its `main`): what a host site would load.
  const libraryFile = path.join(path.dirname(createRequire(import.meta.url).resolve('player.js/package.json')), 'dist/player-0.1.0.js');
  const library = await readFile(libraryFile, 'utf8');
  hostServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (url.pathname === '/player.js') {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(library);
      return;
    }
    // A page framing `src` (an address on the site) as the embed code does, with the library loaded.
    const src = new URL(url.searchParams.get('src') ?? '/', siteUrl()).href;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host site</title></head><body>
<iframe id="embed" src="${src.replace(/"/g, '&quot;')}" width="640" height="360" title="Episode" allow="fullscreen; picture-in-picture; clipboard-write"></iframe>
<script src="/player.js"></script>
<script>
  window.heard = [];
  window.player = new playerjs.Player('embed');
  player.on('ready', function () { window.playerReady = true; });
</script></body></html>`);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, 'localhost', resolve));
  const address = hostServer.address();
  if (!address || typeof address === 'string') throw new Error('host server has no port');
  hostOrigin = `http://localhost:${address.port}`;
  expect(new URL(hostOrigin).origin).not.toBe(new URL(siteUrl()).origin);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

async function withViewer(options: Parameters<typeof openViewer>[1], test: (viewer: Viewer) => Promise<void>) {
  const viewer = await openViewer(browser, options);
  // Errors in any frame (the embed inside a host page too), recorded from before the page's own scripts run.
  await viewer.page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    window.addEventListener('error', (event) => w.__errors.push(String(event.message)));
  });
  try {
    await test(viewer);
  } finally {
    await viewer.context.close();
  }
}

const videoBox = (page: Page | Frame) => page.locator('video').evaluate((video) => video.getBoundingClientRect().toJSON() as DOMRect);

async function waitForMetadata(page: Page | Frame) {
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20_000 });
}

describe('the embed page', () => {
  for (const viewport of [{ width: 320, height: 180 }, { width: 1280, height: 720 }]) {
    it(`fills a ${viewport.width}×${viewport.height} frame with the player alone, starting at the linked second`, async () => {
      await withViewer({ viewport }, async ({ page, pageErrors }) => {
        await page.goto(`${EMBED}?t=2807`);
        await waitForMetadata(page);
        await page.waitForFunction(() => Math.abs((document.querySelector('video')?.currentTime ?? 0) - 2807) <= 1);
        expect(await videoBox(page)).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });
        // No scrolling: the frame shows all there is.
        expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([viewport.width, viewport.height]);
        // No site header or navigation.
        expect(await page.locator('header, .site-header, nav[aria-label="Site"]').count()).toBe(0);
        expect(await page.getByRole('navigation').count()).toBe(0);
        expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(0);

        // The controls and the timeline are there, inside the frame, and work (Tab reveals them, as on the watch page).
        await page.keyboard.press('Tab');
        const seek = page.getByRole('slider', { name: 'Seek' });
        const play = page.getByRole('button', { name: 'Play' });
        for (const control of [seek, play, page.getByRole('link', { name: 'Watch on Rawkode Academy' })]) {
          const box = (await control.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
          expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
        }
        expect(await seek.getAttribute('aria-valuetext')).toBe('46:47 of 1:14:13, Melange Signing Keys');
        // The chapter behaviour works without the list: Ctrl+→ goes to the next chapter.
        await page.keyboard.press('Control+ArrowRight');
        await expect.poll(() => seek.getAttribute('aria-valuetext'), { timeout: 10_000 }).not.toContain('Melange Signing Keys');
        await play.click();
        await page.waitForFunction(() => document.querySelector('video')?.paused === false);
        expect(pageErrors).toEqual([]);
      });
    });
  }

  /** The embed page, styled, waiting for its picture (at most 2 s: then the controls come anyway). */
  const pictureAwaited = (page: Page) =>
    page.waitForFunction(
      () => document.querySelector('video[src*="#t="]') && !document.documentElement.hasAttribute('data-picture-shown') && document.querySelector('style')?.sheet,
      null,
      { timeout: 2_000 },
    );

  // Opened at a moment, the picture comes first (embed-page.css): the controls and the link
  // over it are left out of the first layout, and come with the picture, or at the viewer's first key.
  it('opened at a moment, shows its controls with the picture, or at once when the viewer reaches for them', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, pageErrors }) => {
      const play = page.getByRole('button', { name: 'Play' });
      const watchLink = page.getByRole('link', { name: 'Watch on Rawkode Academy' });
      // The media's segments held: the picture cannot come.
      const release = await holdBack(page, /\/media\/videos\/.+\.mp4$/);
      await page.goto(`${EMBED}?t=2807`, { waitUntil: 'commit' });
      await pictureAwaited(page);
      expect(await play.isVisible()).toBe(false);
      expect(await watchLink.isVisible()).toBe(false);
      const box = await videoBox(page);
      release();
      await play.waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => document.querySelector('video')!.readyState)).toBeGreaterThanOrEqual(2);
      expect(await watchLink.isVisible()).toBe(true);
      // Nothing moved: the controls and the link lie over the picture.
      expect(await videoBox(page)).toEqual(box);
      expect(pageErrors).toEqual([]);
    });
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, pageErrors }) => {
      const play = page.getByRole('button', { name: 'Play' });
      await holdBack(page, /\/media\/videos\/.+\.mp4$/);
      await page.goto(`${EMBED}?t=2807`, { waitUntil: 'commit' });
      await pictureAwaited(page);
      expect(await play.isVisible()).toBe(false);
      await page.keyboard.press('Tab');
      await play.waitFor({ timeout: 5_000 });
      expect(pageErrors).toEqual([]);
    });
  });

  it('opened at its start, shows its controls from the first', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page }) => {
      await holdBack(page, /\/media\/videos\/.+\.mp4$/);
      await page.goto(EMBED, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelector('video[data-engine]') && document.querySelector('style')?.sheet);
      expect(await page.locator('video[src*="#t="]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Watch on Rawkode Academy' }).isVisible()).toBe(true);
    });
  });

  // The player's code runs only once the first frame is up (src/app/embed-main.tsx): what the viewer
  // does to the prerendered player before then is answered once it is taken over.
  it('plays when its Play button is clicked before the player’s code has come', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, pageErrors }) => {
      const release = await holdBack(page, /\/assets\/embed-player-[\w-]+\.js$/);
      await page.goto(`${EMBED}?t=2807`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Play' }).click();
      release();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      // Playing with data to play: \`paused\` turns false as play() is called, which may be before the media's
      // metadata, and until then its position reads 0 whatever the start.
      await page.waitForFunction(() => document.querySelector('video')!.paused === false && document.querySelector('video')!.readyState >= 3, null, { timeout: 10_000 });
      expect(await page.evaluate(() => Math.abs(document.querySelector('video')!.currentTime - 2807))).toBeLessThan(5);
      expect(pageErrors).toEqual([]);
    });
  });

  it('answers a key pressed before the player’s code has come', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, pageErrors }) => {
      const release = await holdBack(page, /\/assets\/embed-player-[\w-]+\.js$/);
      await page.goto(`${EMBED}?t=2807`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Play' }).waitFor();
      await page.keyboard.press('k');
      release();
      await page.waitForFunction(() => document.querySelector('video')?.paused === false, null, { timeout: 10_000 });
      expect(pageErrors).toEqual([]);
    });
  });

  it('links to the watch page at the current second, in a new tab', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, context, pageErrors }) => {
      await page.goto(`${EMBED}?t=2807`);
      await waitForMetadata(page);
      const link = page.getByRole('link', { name: 'Watch on Rawkode Academy' });
      await expect.poll(() => link.getAttribute('href')).toBe(`${WATCH}?t=2807`);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect((await link.getAttribute('rel'))?.split(' ')).toContain('noopener');
      // The viewer moves on: the link follows.
      await page.keyboard.press('l');
      await expect.poll(() => link.getAttribute('href'), { timeout: 10_000 }).toBe(`${WATCH}?t=2817`);
      const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await opened.waitForURL(`${siteUrl()}${WATCH}?t=2817`);
      expect(pageErrors).toEqual([]);
    });
  });

  it('answers the first key pressed, though the keys’ code loads only once wanted', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page, pageErrors }) => {
      const keysCode: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/player-keys-[\w-]+\.js$/.test(request.url())) keysCode.push(request.url());
      });
      await page.goto(`${EMBED}?t=2807`);
      // Taken over: the link carries the current second.
      await expect.poll(() => page.getByRole('link', { name: 'Watch on Rawkode Academy' }).getAttribute('href')).toBe(`${WATCH}?t=2807`);
      expect(keysCode).toEqual([]);
      await page.keyboard.press('k');
      await page.waitForFunction(() => document.querySelector('video')?.paused === false, null, { timeout: 10_000 });
      expect(keysCode).toHaveLength(1);
      await page.keyboard.press('k');
      await page.waitForFunction(() => document.querySelector('video')?.paused === true, null, { timeout: 10_000 });
      expect(pageErrors).toEqual([]);
    });
  });

  it('says an unknown episode was not found, inside the frame, with a link home', async () => {
    await withViewer({ viewport: { width: 320, height: 180 } }, async ({ page, pageErrors }) => {
      await page.goto('/embed/no-such-episode');
      await page.getByRole('heading', { name: 'Episode not found' }).waitFor();
      await expect.poll(() => page.title()).toBe('Episode not found · Rawkode Academy');
      expect(await page.locator('header, .site-header').count()).toBe(0);
      // A link home, as every not-found page has, in a new tab: the site's pages refuse to be framed.
      const home = page.getByRole('link', { name: 'Browse Rawkode Academy' });
      expect(await home.getAttribute('href')).toBe('/');
      expect(await home.getAttribute('target')).toBe('_blank');
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(180);
      expect(pageErrors).toEqual([]);
    });
  });

  it('has no accessibility violations', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page }) => {
      await page.goto(`${EMBED}?t=2807`);
      await waitForMetadata(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('asks for the player’s code, the episode’s data and its chapters only once its first frame is up, its styles written in', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page }) => {
      // The first frame, as the entry hears of it (embed-main.tsx waits for it): this listener, on the window
      // in the capturing phase, hears it first.
      await page.addInitScript(() => {
        const w = window as unknown as { __firstFrameAt?: number };
        addEventListener('loadeddata', () => (w.__firstFrameAt ??= performance.now()), true);
      });
      await page.goto(`${EMBED}?t=2807`);
      // Taken over: the chapters track is loaded by the player, and the episode's module came with it.
      await expect.poll(() => chaptersTrack(page)).toEqual({ mode: 'hidden', readyState: 2, cues: 26 });
      const { firstFrameAt, resources } = await page.evaluate(() => ({
        firstFrameAt: (window as unknown as { __firstFrameAt?: number }).__firstFrameAt,
        resources: performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime })),
      }));
      expect(firstFrameAt).toBeGreaterThan(0);
      expect(await page.locator('style').count()).toBe(1);
      expect(resources.filter(({ path }) => path.endsWith('.css'))).toEqual([]);
      const startOf = (path: string) => resources.find((resource) => resource.path === path)?.startTime;
      // The entry imports nothing up front: a chunk it shared with the player would come with it.
      const playerCode = resources.find(({ path }) => /\/assets\/embed-player-[\w-]+\.js$/.test(path));
      expect(playerCode?.startTime).toBeGreaterThan(firstFrameAt!);
      expect(startOf(`/episodes/${SEED.slug}.js`)).toBeGreaterThan(firstFrameAt!);
      expect(startOf(`/chapters/${SEED.slug}.vtt`)).toBeGreaterThan(firstFrameAt!);
    });
  });

  it('loads none of the catalog’s code', async () => {
    await withViewer({ viewport: { width: 640, height: 360 } }, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(`${EMBED}?t=2807`);
      await waitForMetadata(page);
      await page.waitForLoadState('networkidle');
      // Its own bundle (src/build/embed-bundle.ts), none of the app's.
      expect(scripts.some((file) => /\/assets\/embed-[\w-]+\.js$/.test(file))).toBe(true);
      expect(scripts.filter((file) => /\/assets\/(index|shared|react-dom|player|watch-page)-[\w-]{8}\.js$/.test(file))).toEqual([]);
      expect(scripts.filter((file) => /catalog|search|continue-watching|episode-grid|\/shows-|\/technologies-|\/show-|\/technology-/.test(file))).toEqual([]);
    });
  });
});

/** A host page on the other origin, framing `src`, once the library says the embed is ready. */
async function openHost(page: Page, src: string): Promise<Frame> {
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
  await page.waitForFunction(() => (window as unknown as { playerReady?: boolean }).playerReady === true, null, { timeout: 20_000 });
  const frame = page.frames().find((candidate) => candidate.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('the host page has no frame');
  return frame;
}

/** Calls the library's Player: getters resolve with the embed's answer, other methods at once. */
function call(page: Page, method: string, value?: unknown): Promise<unknown> {
  return page.evaluate(
    ([name, argument]) =>
      new Promise((resolve) => {
        const player = (window as unknown as { player: Record<string, (...args: unknown[]) => void> }).player;
        if (name.startsWith('get')) player[name]!(resolve);
        else {
          if (argument === undefined) player[name]!();
          else player[name]!(argument);
          resolve(undefined);
        }
      }),
    [method, value] as const,
  );
}

/** Starts recording the events the library hears for `names`, in order. */
async function listen(page: Page, names: string[]) {
  await page.evaluate((events) => {
    const w = window as unknown as { player: { on(name: string, callback: (value: unknown) => void): void }; heard: Array<[string, unknown]> };
    for (const name of events) w.player.on(name, (value) => w.heard.push([name, value]));
  }, names);
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Array<[string, unknown]> }).heard);
const heardNames = async (page: Page) => (await heard(page)).map(([name]) => name);

describe('the player.js protocol, from a host page on another origin', () => {
  it('answers the library’s requests and sends the events it listens for', async () => {
    await withViewer({ viewport: { width: 800, height: 600 } }, async ({ page, pageErrors }) => {
      const frame = await openHost(page, `${EMBED}?t=2807`);
      expect(await call(page, 'getDuration')).toBeCloseTo(SEED.duration, 0);
      expect(await call(page, 'getCurrentTime')).toBeCloseTo(2807, 0);
      expect(await call(page, 'getPaused')).toBe(true);

      await listen(page, ['play', 'pause', 'timeupdate', 'ended']);
      await call(page, 'play');
      await expect.poll(() => heardNames(page), { timeout: 10_000 }).toContain('play');
      await expect
        .poll(async () => (await heard(page)).some(([name, value]) => name === 'timeupdate' && (value as { seconds: number }).seconds > 2807.5), { timeout: 10_000 })
        .toBe(true);
      const update = (await heard(page)).find(([name]) => name === 'timeupdate')![1] as { seconds: number; duration: number };
      expect(update.duration).toBeCloseTo(SEED.duration, 0);
      expect(await call(page, 'getPaused')).toBe(false);

      await call(page, 'pause');
      await expect.poll(() => heardNames(page), { timeout: 10_000 }).toContain('pause');
      expect(await call(page, 'getPaused')).toBe(true);
      expect(await frame.locator('video').evaluate((video: HTMLVideoElement) => video.paused)).toBe(true);

      await call(page, 'setCurrentTime', 600);
      await expect.poll(() => call(page, 'getCurrentTime'), { timeout: 10_000 }).toBeCloseTo(600, 0);
      expect(await frame.getByRole('slider', { name: 'Seek' }).getAttribute('aria-valuenow')).toBe('600');

      await call(page, 'setVolume', 40);
      await expect.poll(() => call(page, 'getVolume')).toBe(40);
      await call(page, 'mute');
      await expect.poll(() => call(page, 'getMuted')).toBe(true);
      expect(await frame.getByRole('button', { name: 'Unmute' }).count()).toBe(1);
      await call(page, 'unmute');
      await expect.poll(() => call(page, 'getMuted')).toBe(false);
      expect(await frame.locator('video').evaluate((video: HTMLVideoElement) => [video.volume, video.muted])).toEqual([0.4, false]);

      // Near the end, playing on: the embed says it ended.
      await call(page, 'setCurrentTime', SEED.duration - 1);
      await call(page, 'play');
      await expect.poll(() => heardNames(page), { timeout: 20_000 }).toContain('ended');

      expect(pageErrors).toEqual([]);
      expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    });
  });

  it('stops sending an event once the host stops listening', async () => {
    await withViewer({ viewport: { width: 800, height: 600 } }, async ({ page }) => {
      await openHost(page, `${EMBED}?t=100`);
      await listen(page, ['timeupdate', 'pause']);
      await call(page, 'play');
      await expect.poll(async () => (await heardNames(page)).includes('timeupdate'), { timeout: 10_000 }).toBe(true);
      await page.evaluate(() => (window as unknown as { player: { off(name: string): void } }).player.off('timeupdate'));
      // The removal reaches the embed before the next request does (one window's messages arrive in order).
      const countAtRemoval = await call(page, 'getPaused').then(async () => (await heardNames(page)).filter((name) => name === 'timeupdate').length);
      const from = (await call(page, 'getCurrentTime')) as number;
      await expect.poll(() => call(page, 'getCurrentTime'), { timeout: 10_000 }).toBeGreaterThan(from + 1.5);
      await call(page, 'pause');
      await expect.poll(() => heardNames(page), { timeout: 10_000 }).toContain('pause');
      expect((await heardNames(page)).filter((name) => name === 'timeupdate')).toHaveLength(countAtRemoval);
    });
  });

  it('ignores messages that are not player.js requests, with no page error', async () => {
    await withViewer({ viewport: { width: 800, height: 600 } }, async ({ page, pageErrors }) => {
      const frame = await openHost(page, `${EMBED}?t=2807`);
      await page.evaluate(() => {
        const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
        const hostile: unknown[] = [
          'not json',
          '{"context":"player.js","method":"play"',
          JSON.stringify({ context: 'something-else', method: 'play', version: '0.0.11' }),
          JSON.stringify({ context: 'player.js', version: '0.0.11', method: 'explode', listener: 'x' }),
          JSON.stringify({ context: 'player.js', version: '0.0.11', method: 'setCurrentTime', value: 'soon' }),
          JSON.stringify({ context: 'player.js', version: '0.0.11', method: 'addEventListener', value: '__proto__', listener: 'x' }),
          JSON.stringify({ context: 'player.js', version: '0.0.11', method: 'play', padding: 'x'.repeat(1024 * 1024) }),
          'x'.repeat(1024 * 1024),
          null,
          42,
          [1, 2, 3],
          { context: 'player.js', method: { toString: 'play' } },
          new ArrayBuffer(16),
        ];
        for (const message of hostile) target.postMessage(message, '*');
      });
      // Answered after all of them (one window's messages arrive in order): the embed took them and is still fine.
      expect(await call(page, 'getPaused')).toBe(true);
      expect(await call(page, 'getCurrentTime')).toBeCloseTo(2807, 0);
      expect(pageErrors).toEqual([]);
      expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
      expect(await frame.evaluate(() => (window as unknown as { __unhandledRejections: string[] }).__unhandledRejections)).toEqual([]);
    });
  });
});

describe('framing, under the headers the site is served with', () => {
  it('lets another site frame the embed page', async () => {
    const response = await fetch(`${siteUrl()}${EMBED}`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    await withViewer({ viewport: { width: 800, height: 600 } }, async ({ page }) => {
      const frame = await openHost(page, EMBED);
      await frame.locator('video').waitFor();
      expect(frame.url()).toBe(`${siteUrl()}${EMBED}`);
    });
  });

  it('does not let another site frame the watch page', async () => {
    const response = await fetch(`${siteUrl()}${WATCH}`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    await withViewer({ viewport: { width: 800, height: 600 } }, async ({ page }) => {
      await page.goto(`${hostOrigin}/?src=${encodeURIComponent(WATCH)}`);
      const child = () => page.frames().find((frame) => frame.parentFrame() === page.mainFrame());
      // Chromium replaces a frame it refuses with its own error page.
      await expect.poll(() => child()?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    });
  });
});
