// @vitest-environment jsdom
// The clip in the player store (product.md, Clips): read from the page's
// address once its code arrives (after a prerendered page is taken over),
// paused at once at its end, and cleared on request.
import { describe, expect, it } from 'vitest';
import { createPlayerStore } from '@/player/core/store';
import { FakeMedia, TEST_STREAM } from './support/fake-media';

const PAGE = 'https://rawkode.academy/watch/x';

function clipStore(pageUrl: string) {
  const store = createPlayerStore(
    { chapters: [], duration: 300, streamUrl: TEST_STREAM, pageUrl, loadHls: () => Promise.reject(new Error('not used')) },
    { time: 100, resumed: false },
  );
  const media = new FakeMedia();
  store.getState().attach(media as unknown as HTMLVideoElement, {} as HTMLElement);
  return { store, media };
}

/** The clip's code is a dynamic import: give it time to arrive. */
async function untilClipRead(store: ReturnType<typeof clipStore>['store']) {
  for (let i = 0; i < 100 && store.getState().clip === null; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the clip in the store', () => {
  it('starts without one, as the prerendered page was drawn, and reads it from the address', async () => {
    const { store } = clipStore(`${PAGE}?t=100&end=160`);
    expect(store.getInitialState().clip).toBeNull();
    await untilClipRead(store);
    expect(store.getState().clip).toEqual({ start: 100, end: 160 });
  });

  it('clamps the end to the episode', async () => {
    const { store } = clipStore(`${PAGE}#t=100,9999`);
    await untilClipRead(store);
    expect(store.getState().clip).toEqual({ start: 100, end: 300 });
  });

  it('has none on a plain start-time link, or one whose end cannot be used', async () => {
    for (const address of [`${PAGE}?t=100`, `${PAGE}?t=100&end=50`, `${PAGE}?t=100&end=banana`]) {
      const { store } = clipStore(address);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(store.getState().clip).toBeNull();
    }
  });

  it('pauses the media at the end once the clip is read; clearing takes the clip away', async () => {
    const { store, media } = clipStore(`${PAGE}?t=100&end=100.05`);
    await untilClipRead(store);
    media.loadMetadata(300);
    media.playTo(100);
    await media.play();
    // 50 ms left: the clip's timer pauses the element.
    media.currentTime = 100.05;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(media.paused).toBe(true);

    store.getState().clearClip();
    expect(store.getState().clip).toBeNull();
  });
});
