// The watch page as it arrives from the host: its body already holds the
// player (the <video>, the controls, the timeline, the chapter list as ?t=
// links, the details), its video starts at the linked moment before the
// app's code runs, it plays without script, and the app takes the markup
// over without replacing it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { holdBack, openViewer, openViewerForEachTest, siteUrl, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { isTakenOver } from './support/take-over';
import { chapterNav, chaptersTrack, focusFieldOutsideApp, openWatch, slider, videoState, waitForPlaying, waitForTime } from './support/watch';

let viewer: Viewer;
const browser = openViewerForEachTest((opened) => {
  viewer = opened;
});

const watch = `/watch/${SEED.slug}`;

/** The app's own code (its entry module). */
const holdBackApp = (page: Page) => holdBack(page, /\/assets\/index-[\w-]+\.js$/);
/** The app itself, which the entry imports once the first frame is up or the viewer reaches for the page. */
const holdBackTakeOver = (page: Page) => holdBack(page, /\/assets\/app-start-[\w-]+\.js$/);
/** The video's media segments (its first frame). */
const holdBackSegments = (page: Page) => holdBack(page, /\/media\/videos\/.+\.mp4$/);

/** A link to 46:47 whose app and first frame are both held back: its prerendered seek bar, and what releases each. */
async function openSeekBarBeforeTakeOver(page: Page) {
  const releaseSegments = await holdBackSegments(page);
  const releaseApp = await holdBackTakeOver(page);
  await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
  const seekBar = slider(page);
  await seekBar.waitFor();
  return { seekBar, releaseApp, releaseSegments };
}

describe('the prerendered watch page', () => {
  it('holds the player, the chapter list as links and the details before any script runs', async () => {
    const html = await (await fetch(`${siteUrl()}${watch}`)).text();
    // Parsed, not run: what a crawler or a reader without script gets.
    const found = await viewer.page.evaluate((markup) => {
      const document = new DOMParser().parseFromString(markup, 'text/html');
      const video = document.querySelector('#root video')!;
      const links = [...document.querySelectorAll('nav[aria-label="Chapters"] a')];
      return {
        poster: video.getAttribute('poster'),
        controls: video.hasAttribute('controls'),
        source: video.querySelector('source')?.getAttribute('src'),
        tracks: [...video.querySelectorAll('track')].map((track) => track.getAttribute('kind')),
        heading: document.querySelector('#root h1')?.textContent,
        sliderMax: document.querySelector('[role="slider"][aria-label="Seek"]')?.getAttribute('aria-valuemax'),
        playButton: document.querySelector('button[aria-label="Play"]') !== null,
        chapterLinks: links.length,
        signingKeys: { href: links[13]?.getAttribute('href'), text: links[13]?.textContent },
        description: document.querySelector('#root .episode-description')?.textContent,
      };
    }, html);
    expect(found.poster).toMatch(/\/videos\/f7rvx2rb04zl2vhgoltwedf5\/thumbnail\.webp$/);
    expect(found.controls).toBe(true);
    expect(found.source).toMatch(/\/stream\.m3u8$/);
    expect(found.tracks).toEqual(['captions', 'chapters']);
    expect(found.heading).toBe(SEED.title);
    expect(found.sliderMax).toBe(String(SEED.duration));
    expect(found.playButton).toBe(true);
    expect(found.chapterLinks).toBe(26);
    expect(found.signingKeys.href).toBe(`${watch}?t=2807`);
    expect(found.signingKeys.text).toContain('Melange Signing Keys');
    expect(found.description).toContain('Joined by Ariadne');
  });

  it('starts loading the linked moment with the HTML, before the app’s code has run', async () => {
    const { page, pageErrors } = viewer;
    const release = await holdBackApp(page);
    await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
    // The app is held back, yet the video reaches the linked second.
    await waitForTime(page, 2807, 0.5);
    expect((await videoState(page)).readyState).toBeGreaterThanOrEqual(2);
    expect(await page.locator('video').evaluate((video: HTMLVideoElement) => video.controls)).toBe(false);
    release();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2807');
    expect(pageErrors).toEqual([]);
  });

  it('fits its control bar to the bar’s width before the app’s code has run, as the app goes on to', async () => {
    const fits: Record<string, string | null> = {};
    for (const width of [390, 1366]) {
      const { page, context, pageErrors } = await openViewer(browser(), { viewport: { width, height: 800 } });
      try {
        const release = await holdBackApp(page);
        await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
        await waitForTime(page, 2807, 0.5);
        const bar = page.locator('.player-controls');
        fits[`${width} px, before the app`] = await bar.getAttribute('data-fit');
        release();
        await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2807');
        // Taken over, the bar keeps its fit as the window changes.
        await page.setViewportSize({ width: width === 390 ? 1366 : 390, height: 800 });
        await expect.poll(() => bar.getAttribute('data-fit')).toBe(width === 390 ? '' : 'wraps compact no-volume-slider');
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    // A phone's bar wraps and drops the volume slider; at 1366 px the bar, beside the chapter list, keeps everything on one row.
    expect(fits).toEqual({ '390 px, before the app': 'wraps compact no-volume-slider', '1366 px, before the app': '' });
  });

  it('asks for its chapters track once taken over, not beside the media’s first requests', async () => {
    const { page, pageErrors } = viewer;
    const trackRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/chapters/')) trackRequests.push(request.url());
    });
    const release = await holdBackTakeOver(page);
    await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
    await waitForTime(page, 2807, 0.5);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    // The linked moment's frame is up, the page not yet taken over: the track is there, not downloaded.
    expect(trackRequests).toEqual([]);
    expect(await chaptersTrack(page)).toEqual({ mode: 'disabled', readyState: 0, cues: 0 });
    release();
    await expect.poll(() => chaptersTrack(page)).toEqual({ mode: 'hidden', readyState: 2, cues: 26 });
    expect(trackRequests).toEqual([`${siteUrl()}/chapters/${SEED.slug}.vtt`]);
    expect(pageErrors).toEqual([]);
  });

  it('starts a remembered position with the HTML too, and the link still wins over it', async () => {
    const { page } = viewer;
    await page.addInitScript((slug) => localStorage.setItem(`watch-position:${slug}`, JSON.stringify({ t: 1500, savedAt: 1 })), SEED.slug);
    const release = await holdBackApp(page);
    await page.goto(watch, { waitUntil: 'commit' });
    await waitForTime(page, 1500, 0.5);
    release();
    await page.getByText('Resumed at 25:00').waitFor();
    await openWatch(page, `${watch}?t=600`);
    await waitForTime(page, 600, 0.5);
  });

  it('is taken over without being replaced: the same elements, no console error, no layout shift', async () => {
    const { page, pageErrors } = viewer;
    await page.addInitScript(() => {
      const w = window as unknown as { __prerendered?: { video: Element; heading: Element }; __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // The elements as the parser made them, before any module ran.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        w.__prerendered = { video: document.querySelector('video')!, heading: document.querySelector('h1')! };
      });
    });
    await openWatch(page, `${watch}?t=2807`);
    // The app has taken over once the player reflects the link.
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2807');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const same = await page.evaluate(() => {
      const w = window as unknown as { __prerendered: { video: Element; heading: Element } };
      return w.__prerendered.video === document.querySelector('video') && w.__prerendered.heading === document.querySelector('h1');
    });
    expect(same).toBe(true);
    expect(await page.locator('video').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
    expect(pageErrors).toEqual([]);
  });

  it('shows a linked moment without the poster before it, and the poster on a link to the start', async () => {
    const { page, pageErrors } = viewer;
    const poster = () => page.locator('video').getAttribute('poster');
    // First visit, so no remembered position (which is a moment too).
    await page.goto(watch);
    await page.locator('video[data-engine]').waitFor({ state: 'attached' });
    expect(await poster()).toMatch(/\/videos\/f7rvx2rb04zl2vhgoltwedf5\/thumbnail\.webp$/);
    for (const at of [`${watch}?t=2807`, `/embed/${SEED.slug}?t=2807`]) {
      await page.goto(at);
      await waitForTime(page, 2807, 0.5);
      expect(await poster(), at).toBeNull();
    }
    expect(pageErrors).toEqual([]);
  });

  it('moves nothing that matters as it is taken over, at a phone’s width, nor does the embed in a frame’s size', async () => {
    const cases = [
      { url: `${watch}?t=2807`, viewport: { width: 412, height: 823 } },
      { url: `/embed/${SEED.slug}?t=2807`, viewport: { width: 640, height: 360 } },
    ];
    for (const { url, viewport } of cases) {
      const { page, context, pageErrors } = await openViewer(browser(), { viewport });
      try {
        await page.addInitScript(() => {
          const w = window as unknown as { __moved: string[] };
          w.__moved = [];
          new PerformanceObserver((list) => {
            type Moved = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Moved[] }>) {
              const what = (entry.sources ?? []).map(({ node, previousRect: from, currentRect: to }) => `${(node as Element | undefined)?.className ?? 'text'} (${from.x},${from.y} → ${to.x},${to.y})`);
              w.__moved.push(`${entry.value.toFixed(4)}: ${what.join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url);
        // Taken over once the player reflects the link; then the parts that come after it have time to arrive.
        await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2807');
        await page.waitForTimeout(1000);
        // Each of the shifts this guards against (the Picture in picture button appearing, the time growing,
        // the short chapter list changing height) scored 0.002 or more here. Once in a full CI run the current
        // chapter's title in the controls moved one control's width (0.0006), cause not found: below the bar.
        const moved = await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved);
        const score = moved.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
        expect(score, `${url}: ${moved.join('; ')}`).toBeLessThan(0.001);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('is taken over once its first frame is up, or at once when the viewer reaches for a control first', async () => {
    const { page, pageErrors } = viewer;
    // The video's first frame held back: the page waits for it before taking over, but not for a viewer.
    const release = await holdBackSegments(page);
    await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
    // The prerendered Play button, before the app has taken it over.
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await isTakenOver(page)).toBe(false);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    release();
    await waitForPlaying(page);
    expect(pageErrors).toEqual([]);
  });

  it('answers a key pressed before it is taken over: the key takes it over, and plays', async () => {
    const { page, pageErrors } = viewer;
    const release = await holdBackSegments(page);
    await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await isTakenOver(page)).toBe(false);
    await page.keyboard.press('k');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    release();
    await waitForPlaying(page);
    expect(pageErrors).toEqual([]);
  });

  it('leaves a key typed in a field outside the player to the field, before and after it is taken over', async () => {
    const { page, pageErrors } = viewer;
    const releaseApp = await holdBackTakeOver(page);
    await page.goto(`${watch}?t=2807`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await focusFieldOutsideApp(page);
    await page.keyboard.type('k5');
    expect(await isTakenOver(page)).toBe(false);
    releaseApp();
    await expect.poll(() => isTakenOver(page), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Scratch' }).inputValue()).toBe('k5');
    // Neither `k` (play) nor `5` (to half way) reached the player.
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const state = await videoState(page);
    expect(state.paused).toBe(true);
    expect(state.currentTime).toBeCloseTo(2807, 0);
    expect(pageErrors).toEqual([]);
  });

  it('answers a press on the seek bar before it is taken over: it seeks to where the press was let go', async () => {
    const { page, pageErrors } = viewer;
    const { seekBar, releaseApp, releaseSegments } = await openSeekBarBeforeTakeOver(page);
    // The track is what the seek bar measures the press against: a quarter of the way along it.
    const track = (await page.locator('.timeline-track').boundingBox())!;
    await page.mouse.click(track.x + track.width / 4, track.y + track.height / 2);
    expect(await isTakenOver(page)).toBe(false);
    releaseApp();
    await expect.poll(() => isTakenOver(page), { timeout: 10_000 }).toBe(true);
    // The press, not the link's 46:47, says where the video goes once it can.
    releaseSegments();
    const duration = Number(await seekBar.getAttribute('aria-valuemax'));
    await expect.poll(async () => Math.abs((await videoState(page)).currentTime - duration / 4), { timeout: 10_000 }).toBeLessThan(duration / 100);
    await expect.poll(async () => Math.abs(Number(await seekBar.getAttribute('aria-valuenow')) - duration / 4)).toBeLessThan(duration / 100);
    expect(pageErrors).toEqual([]);
  });

  it('seeks nowhere for a press on the seek bar the browser took back before the take-over', async () => {
    const { page, pageErrors } = viewer;
    const { seekBar, releaseApp, releaseSegments } = await openSeekBarBeforeTakeOver(page);
    // A touch that starts on the seek bar and is cancelled (the system took the gesture): no pointerup follows.
    await seekBar.evaluate((bar) => {
      const track = bar.querySelector('.timeline-track')!.getBoundingClientRect();
      const at = { bubbles: true, pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0, clientX: track.left + track.width / 4, clientY: track.top };
      bar.dispatchEvent(new PointerEvent('pointerdown', { ...at, buttons: 1 }));
      bar.dispatchEvent(new PointerEvent('pointercancel', at));
    });
    releaseApp();
    await expect.poll(() => isTakenOver(page), { timeout: 10_000 }).toBe(true);
    releaseSegments();
    await waitForTime(page, 2807, 1);
    expect(pageErrors).toEqual([]);
  });

  it('is taken over within a few seconds when its first frame is slow to come, with nobody touching it', async () => {
    const { page } = viewer;
    const release = await holdBackSegments(page);
    await page.goto(`${watch}?t=2807`);
    const waitedFrom = Date.now();
    await expect.poll(() => isTakenOver(page), { timeout: 10_000 }).toBe(true);
    expect(Date.now() - waitedFrom).toBeLessThan(5_000);
    expect((await videoState(page)).readyState).toBeLessThan(2);
    // The app's own controls answer: the keys dialog opens from the keyboard.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    release();
  });

  it('reads well and plays without script: the browser’s own controls, chapter links, no dead controls', async () => {
    const context = await browser().newContext({ baseURL: siteUrl(), javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${watch}?t=2807`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(SEED.title);
      expect(await page.locator('video').getAttribute('controls')).not.toBeNull();
      expect(await chapterNav(page).getByRole('link').count()).toBe(26);
      expect(await chapterNav(page).getByRole('link', { name: /Melange Signing Keys/ }).getAttribute('href')).toBe(`${watch}?t=2807`);
      // Our controls need script: they are not shown where they cannot work.
      expect(await page.locator('.player-controls').isVisible()).toBe(false);
      expect(await page.getByText('Joined by Ariadne', { exact: false }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    // The same markup, played by the browser alone: its <source> is the stream.
    const scripted = await openViewer(browser());
    try {
      await scripted.page.goto(`${watch}`);
      const plays = await scripted.page.evaluate(async () => {
        const prerendered = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').querySelector('video')!;
        const video = document.adoptNode(prerendered) as HTMLVideoElement;
        video.muted = true;
        document.body.append(video);
        await video.play();
        await new Promise((resolve) => video.addEventListener('timeupdate', resolve, { once: true }));
        return !video.paused && video.currentTime >= 0 && video.currentSrc.endsWith('/stream.m3u8');
      });
      expect(plays).toBe(true);
    } finally {
      await scripted.context.close();
    }
  });
});
