// The watch page as a viewer uses it: chapters, the seek slider, keys, the
// clipboard, resuming and failures, in a real Chromium against a real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, openViewer, type Viewer } from './support/browser';
import { LATE_START, MANY_CHAPTERS, MISSING_STREAM, SEED } from './support/fixtures';
import { chapterNav, currentChapterTitles, focusFieldOutsideApp, openWatch, slider, videoState, waitForPlaying, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;

const browser = openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;

describe('chapters', () => {
  it('lists every chapter with its start time, and activating one seeks, plays and updates the address', async () => {
    await openWatch(page, watch);
    const links = chapterNav(page).getByRole('link');
    expect(await links.count()).toBe(26);
    const signingKeys = chapterNav(page).getByRole('link', { name: /Melange Signing Keys/ });
    expect(await signingKeys.textContent()).toContain('46:47');
    expect(await chapterNav(page).getByRole('link', { name: /<Untitled Chapter 1>/ }).count()).toBe(1);

    const historyLength = await page.evaluate(() => history.length);
    await signingKeys.click();
    await waitForTime(page, 2807, 1.5);
    await waitForPlaying(page);
    expect(new URL(page.url()).search).toBe('?t=2807');
    expect(await currentChapterTitles(page)).toEqual(['Melange Signing Keys']);
    expect(await signingKeys.getAttribute('href')).toBe(`/watch/${SEED.slug}?t=2807`);
    // The click replaced the history entry rather than adding one.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('marks no chapter before a late first chapter, and lists chapters past the end without seeking to them', async () => {
    await openWatch(page, `/watch/${LATE_START.slug}`);
    expect(await currentChapterTitles(page)).toEqual([]);
    expect(await slider(page).getAttribute('aria-valuetext')).toBe('0:00 of 1:14:13');
    // Every chapter is listed, as a link; those after the video's end say so and do not seek.
    expect(await chapterNav(page).getByRole('link').count()).toBe(4);
    const pastEnd = chapterNav(page).getByRole('link', { name: /^1:15:00 After the end/ });
    expect(await pastEnd.getAttribute('aria-disabled')).toBe('true');
    expect(await pastEnd.textContent()).toContain('after the end of the video');
    await pastEnd.click({ force: true });
    expect((await videoState(page)).currentTime).toBe(0);
    expect(new URL(page.url()).search).toBe('');

    await chapterNav(page).getByRole('link', { name: /Opening/ }).click();
    await waitForTime(page, LATE_START.firstChapter, 1.5);
    expect(await currentChapterTitles(page)).toEqual(['Opening']);
  });

  it('handles an episode of 300 chapters', async () => {
    await openWatch(page, `/watch/${MANY_CHAPTERS.slug}`);
    const links = chapterNav(page).getByRole('link');
    expect(await links.count()).toBe(MANY_CHAPTERS.chapterCount);
    const target = chapterNav(page).getByRole('link', { name: /Part 200$/ });
    const start = 199 * MANY_CHAPTERS.spacing;
    await target.click();
    await waitForTime(page, start, 1.5);
    expect(await currentChapterTitles(page)).toEqual(['Part 200']);
    // The list keeps the active chapter in view without scrolling the page.
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Control+ArrowRight');
    await waitForTime(page, start + MANY_CHAPTERS.spacing, 1.5);
    expect(await currentChapterTitles(page)).toEqual(['Part 201']);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  });
});

describe('the seek slider', () => {
  it('carries the contract ARIA values, with the chapter title', async () => {
    await openWatch(page, `${watch}?t=2807`);
    await waitForTime(page, 2807);
    const seek = slider(page);
    expect(await seek.getAttribute('aria-valuemin')).toBe('0');
    expect(await seek.getAttribute('aria-valuemax')).toBe('4453');
    await page.waitForFunction(() => document.querySelector('[role=slider]')?.getAttribute('aria-valuenow') === '2807');
    expect(await seek.getAttribute('aria-valuetext')).toBe('46:47 of 1:14:13, Melange Signing Keys');
  });

  it('moves its value, its text and the time shown with playback, into the next chapter', async () => {
    // Signing Keys starts at 46:47; the chapter before it ends there.
    await openWatch(page, `${watch}?t=2804`);
    await waitForTime(page, 2804);
    const seek = slider(page);
    expect(await seek.getAttribute('aria-valuetext')).toMatch(/^46:44 of 1:14:13, (?!Melange Signing Keys)/);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction(() => Number(document.querySelector('[role=slider]')?.getAttribute('aria-valuenow')) >= 2808, null, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const second = Math.floor((await videoState(page)).currentTime);
    const shown = await page.evaluate(() => ({
      now: document.querySelector('[role=slider]')!.getAttribute('aria-valuenow'),
      text: document.querySelector('[role=slider]')!.getAttribute('aria-valuetext'),
      time: document.querySelector('.controls-time-now')!.textContent,
    }));
    expect(shown.now).toBe(String(second));
    expect(shown.text).toBe(`46:${second - 2760} of 1:14:13, Melange Signing Keys`);
    expect(shown.time).toBe(`46:${second - 2760}`);
  });

  it('draws its played part where the video is, as it seeks and as the page is resized', async () => {
    // The played fill's scale: 0..1 of the track, reached once it has drawn the video's time.
    const playedReaches = (time: number) =>
      page.waitForFunction(
        (fraction) => Math.abs(new DOMMatrix(getComputedStyle(document.querySelector('.timeline-played')!).transform).a - fraction) < 0.002,
        time / SEED.duration,
        { timeout: 5_000 },
      );
    await openWatch(page, `${watch}?t=2804`);
    await waitForTime(page, 2804);
    await playedReaches(2804);

    await page.setViewportSize({ width: 700, height: 800 });
    await page.keyboard.press('l');
    await waitForTime(page, 2814);
    await playedReaches(2814);
    // Signing Keys (46:47 = 2807) is the chapter playing: 7 s into it.
    const signingKeys = await page.evaluate(() => {
      const links = [...document.querySelectorAll('nav[aria-label=Chapters] a')];
      const chapter = links.find((link) => link.textContent?.includes('Melange Signing Keys'))!.closest('li')!;
      return new DOMMatrix(getComputedStyle(chapter.querySelector('.chapter-progress')!).transform).a;
    });
    expect(signingKeys).toBeGreaterThan(0);
    expect(signingKeys).toBeLessThan(0.5);
  });

  it('seeks where it is clicked and previews the chapter under the pointer', async () => {
    await openWatch(page, watch);
    const box = (await slider(page).boundingBox())!;
    const fraction = 2850 / SEED.duration;
    await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
    const preview = page.locator('.timeline-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Melange Signing Keys');
    await page.mouse.down();
    await page.mouse.up();
    await waitForTime(page, 2850, SEED.duration / box.width + 1);
    expect(await currentChapterTitles(page)).toEqual(['Melange Signing Keys']);
  });
});

describe('keys', () => {
  const press = async (key: string) => {
    await page.keyboard.press(key);
  };

  it('plays and pauses with Space and k', async () => {
    await openWatch(page, watch);
    await press('Space');
    await waitForPlaying(page);
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await press('k');
    await page.waitForFunction(() => document.querySelector('video')?.paused === true);
    await page.getByRole('button', { name: 'Play' }).waitFor();
  });

  it('presses a focused control with Space, as Enter does, rather than playing', async () => {
    await openWatch(page, watch);
    const captions = page.getByRole('button', { name: 'Captions' });
    await captions.focus();
    await press('Space');
    await page.locator('button[aria-label="Captions"][aria-pressed="true"]').waitFor();
    expect((await videoState(page)).paused).toBe(true);
    await press('Enter');
    await page.locator('button[aria-label="Captions"][aria-pressed="false"]').waitFor();
    expect((await videoState(page)).paused).toBe(true);
  });

  it('steps with j, l and the arrows, jumps with digits, Home and End', async () => {
    await openWatch(page, `${watch}?t=1000`);
    await waitForTime(page, 1000);
    await press('l');
    await waitForTime(page, 1010);
    await press('j');
    await waitForTime(page, 1000);
    await press('ArrowRight');
    await waitForTime(page, 1005);
    await press('ArrowLeft');
    await waitForTime(page, 1000);
    await press('5');
    await waitForTime(page, SEED.duration * 0.5);
    await press('0');
    await waitForTime(page, 0);
    await press('End');
    await waitForTime(page, SEED.duration, 1);
    await press('Home');
    await waitForTime(page, 0);
  });

  it('moves between chapters with Ctrl+arrows, restarting the current one when well into it', async () => {
    await openWatch(page, `${watch}?t=2820`);
    await waitForTime(page, 2820);
    await press('Control+ArrowLeft');
    await waitForTime(page, 2807); // more than 3 s in: restart "Melange Signing Keys"
    await press('Control+ArrowLeft');
    await waitForTime(page, 2425); // at its start: the chapter before
    await press('Control+ArrowRight');
    await waitForTime(page, 2807);
    expect(await currentChapterTitles(page)).toEqual(['Melange Signing Keys']);
  });

  it('mutes with m, toggles captions with c, changes speed with < and >', async () => {
    await openWatch(page, watch);
    // The first key may come before the keys' code has loaded (it loads once wanted): it is answered when that arrives.
    await press('m');
    await expect.poll(async () => (await videoState(page)).muted).toBe(true);
    await page.getByRole('button', { name: 'Unmute' }).waitFor();
    await press('m');
    expect((await videoState(page)).muted).toBe(false);

    const captions = page.getByRole('button', { name: 'Captions' });
    expect(await captions.getAttribute('aria-pressed')).toBe('false');
    await press('c');
    await page.locator('button[aria-label="Captions"][aria-pressed="true"]').waitFor();
    expect(await page.evaluate(() => Array.from(document.querySelector('video')!.textTracks).find((t) => t.kind === 'captions')?.mode)).toBe('showing');

    await press('>');
    expect((await videoState(page)).playbackRate).toBe(1.25);
    await press('<');
    await press('<');
    expect((await videoState(page)).playbackRate).toBe(0.75);
  });

  it('opens full screen with f', async () => {
    await openWatch(page, watch);
    await press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: 'Exit full screen' }).waitFor();
  });

  it('lists the keys in a dialog on ?', async () => {
    await openWatch(page, watch);
    await press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Previous chapter');
    // While the dialog is open, the player's keys are the dialog's.
    await press('l');
    expect((await videoState(page)).currentTime).toBe(0);
    await press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('ignores player keys while typing in a text field', async () => {
    await openWatch(page, watch);
    await focusFieldOutsideApp(page);
    await page.keyboard.type('kl5');
    const state = await videoState(page);
    expect(state.paused).toBe(true);
    expect(state.currentTime).toBe(0);
  });
});

describe('picture in picture', () => {
  it('offers its button where the browser has picture in picture, and takes it away where it has not', async () => {
    await openWatch(page, `${watch}?t=2807`);
    const button = page.getByRole('button', { name: 'Picture in picture' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.waitForFunction(() => document.pictureInPictureElement === document.querySelector('video'));
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    await page.waitForFunction(() => document.pictureInPictureElement === null);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');

    // A browser without it: the button drawn before the page was taken over goes.
    const other = await openViewer(browser(), {});
    try {
      await other.page.addInitScript(() => Object.defineProperty(Document.prototype, 'pictureInPictureEnabled', { get: () => false }));
      await openWatch(other.page, `${watch}?t=2807`);
      await expect.poll(() => slider(other.page).getAttribute('aria-valuenow')).toBe('2807');
      await expect.poll(() => other.page.getByRole('button', { name: 'Picture in picture' }).count()).toBe(0);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});

describe('media session', () => {
  it('names the episode, its show and its chapters for the lock screen, fetching its artwork once rather than per chapter', async () => {
    // Fetches the page itself did not ask for (not an <img> or a poster): the session's artwork.
    let artworkFetches = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/thumbnail.webp') && request.resourceType() === 'other') artworkFetches++;
    });
    await openWatch(page, `${watch}?t=2820`);
    await waitForTime(page, 2820);
    // The lock screen shows a session once it plays: its code loads then (use-media-session.ts).
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => navigator.mediaSession.metadata !== null);
    const metadata = await page.evaluate(() => {
      const m = navigator.mediaSession.metadata as (MediaMetadata & { chapterInfo?: ReadonlyArray<{ title: string; startTime: number }> }) | null;
      return m && { title: m.title, artist: m.artist, artwork: m.artwork.length, chapters: m.chapterInfo?.map((c) => c.title) };
    });
    expect(metadata).toMatchObject({ title: SEED.title, artist: 'Rawkode Live', artwork: 1 });
    // chapterInfo is Chrome 127+; where the browser keeps it, it lists every chapter.
    if (metadata?.chapters) expect(metadata.chapters).toHaveLength(26);
    // The artwork is fetched for the session (Chrome 150 asks twice), not once more per chapter
    // (each fetch is decoded on the page's main thread).
    await page.waitForTimeout(500);
    expect(artworkFetches).toBeGreaterThan(0);
    expect(artworkFetches).toBeLessThanOrEqual(2);
  });
});

describe('touch', () => {
  it('seeks 10 s with a double tap on either side of the picture', async () => {
    // A phone of its own, closed here (the file's viewer is closed after each test).
    const phone = await openViewer(browser(), { viewport: { width: 390, height: 800 }, hasTouch: true });
    page = phone.page;
    await openWatch(page, `${watch}?t=1000`);
    await waitForTime(page, 1000);
    const box = (await page.locator('video').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.touchscreen.tap(box.x + box.width * 0.85, y);
    await page.touchscreen.tap(box.x + box.width * 0.85, y);
    await waitForTime(page, 1010, 0.5);
    await page.touchscreen.tap(box.x + box.width * 0.15, y);
    await page.touchscreen.tap(box.x + box.width * 0.15, y);
    await waitForTime(page, 1000, 0.5);
    // A single tap in the middle neither seeks nor plays: it shows the controls.
    await page.touchscreen.tap(box.x + box.width / 2, y);
    const state = await videoState(page);
    expect(state.paused).toBe(true);
    expect(Math.abs(state.currentTime - 1000)).toBeLessThan(0.5);
    expect(await page.locator('.player-stage').getAttribute('data-controls')).toBe('shown');
    // A double tap seeks; only a double click toggles full screen.
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await phone.context.close();
  });
});

describe('sharing', () => {
  it('copies the link at the current whole second', async () => {
    await openWatch(page, `${watch}?t=2807`);
    await waitForTime(page, 2807);
    await page.keyboard.press('l');
    await waitForTime(page, 2817);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL(page.url()).origin}/watch/${SEED.slug}?t=2817`);
    expect(await page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
  });
});

describe('resume', () => {
  it('resumes where the viewer left off, with a way to start over', async () => {
    await openWatch(page, `${watch}?t=1401`);
    await waitForTime(page, 1401);
    await page.keyboard.press('Space');
    await waitForPlaying(page);
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.querySelector('video')?.paused === true);
    const left = Math.floor((await videoState(page)).currentTime);

    await openWatch(page, watch);
    await waitForTime(page, left, 1);
    const notice = page.getByRole('status').filter({ hasText: 'Resumed at' });
    expect(await notice.textContent()).toContain('Resumed at 23:2');
    await page.getByRole('button', { name: 'Start over' }).click();
    await waitForTime(page, 0, 0.5);
  });

  it('lets the link win over the remembered position', async () => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('watch-position:introducing-apko-and-melange', JSON.stringify({ t: 1500 })));
    await openWatch(page, `${watch}?t=60`);
    await waitForTime(page, 60);
    expect(await page.getByText('Resumed at').count()).toBe(0);
  });

  it('ignores garbage in storage', async () => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('watch-position:introducing-apko-and-melange', '{not json'));
    await openWatch(page, watch);
    expect((await videoState(page)).currentTime).toBe(0);
    expect(viewer.pageErrors).toEqual([]);
  });
});

describe('failures', () => {
  it('says so when the stream is missing, keeps chapters usable, and retries', async () => {
    await page.goto(`/watch/${MISSING_STREAM.slug}`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/could not be loaded/);
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await chapterNav(page).getByRole('link').count()).toBe(2);
  });

  it('resumes at the same position after Retry once the stream is back', async () => {
    let blocked = true;
    await page.route('**/media/videos/**', (route) => (blocked ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${watch}?t=2807`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    blocked = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForPlaying(page);
    const { currentTime } = await videoState(page);
    expect(currentTime).toBeGreaterThanOrEqual(2806);
    expect(currentTime).toBeLessThan(2815);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
