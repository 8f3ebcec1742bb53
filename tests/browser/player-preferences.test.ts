// The viewer's volume, mute, speed and captions choices, remembered across
// visits; storage holding garbage (or refusing access) is ignored quietly.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { SEED } from './support/fixtures';
import { nextFrames } from './support/settle';
import { openWatch, videoState } from './support/watch';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;

const choices = async () => ({
  ...(await page.locator('video').evaluate((video: HTMLVideoElement) => ({
    volume: video.volume,
    muted: video.muted,
    playbackRate: video.playbackRate,
    captions: video.textTracks[0]?.mode,
  }))),
  speedShown: await page.getByRole('combobox', { name: 'Speed' }).inputValue(),
  captionsPressed: await page.getByRole('button', { name: 'Captions' }).getAttribute('aria-pressed'),
  muteButton: await page.locator('.controls-volume button').getAttribute('aria-label'),
});

describe('remembered choices', () => {
  it('brings back volume, mute, speed and captions on the next visit', async () => {
    await openWatch(page, watch);
    await page.getByRole('slider', { name: 'Volume' }).fill('40');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
    await page.getByRole('button', { name: 'Captions' }).click();
    await page.keyboard.press('m');
    // Left once the controls show the mute: the choice is remembered when the
    // media reports it (its volumechange event), a task after \`muted\` is set.
    await expect.poll(() => page.locator('.controls-volume button').getAttribute('aria-label')).toBe('Unmute');

    await openWatch(page, watch);
    await page.waitForFunction(() => document.querySelector('video')!.playbackRate === 1.5);
    // Polled: the controls draw what the media reports a moment after it reports it.
    await expect.poll(choices).toEqual({
      volume: 0.4,
      muted: true,
      playbackRate: 1.5,
      captions: 'showing',
      speedShown: '1.5',
      captionsPressed: 'true',
      muteButton: 'Unmute',
    });
    // Still the chosen speed once playing (a stream load resets the rate to the default one).
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => !document.querySelector('video')!.paused);
    expect((await videoState(page)).playbackRate).toBe(1.5);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('starts from the defaults when storage holds garbage, without an error', async () => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('player-preferences', '{"volume": "loud", "muted": 1, "playbackRate": 99, "captionsOn": "yes"'));
    await openWatch(page, watch);
    // Remembered choices are applied as the page is taken over (the next test sees good ones arrive): nothing more comes.
    await nextFrames(page);
    expect(await choices()).toEqual({
      volume: 1,
      muted: false,
      playbackRate: 1,
      captions: expect.not.stringMatching(/^showing$/),
      speedShown: '1',
      captionsPressed: 'false',
      muteButton: 'Mute',
    });
    expect(viewer.pageErrors).toEqual([]);
  });

  it('keeps the good values when only some are garbage', async () => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('player-preferences', JSON.stringify({ volume: 12, muted: 'no', playbackRate: 0.75, captionsOn: true })));
    await openWatch(page, watch);
    await page.waitForFunction(() => document.querySelector('video')!.playbackRate === 0.75);
    await expect.poll(choices).toMatchObject({ volume: 1, playbackRate: 0.75, captionsPressed: 'true' });
    expect(viewer.pageErrors).toEqual([]);
  });

  it('plays with storage that throws on access', async () => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openWatch(page, watch);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.25');
    await page.waitForFunction(() => document.querySelector('video')!.playbackRate === 1.25);
    expect(viewer.pageErrors).toEqual([]);
  });
});
