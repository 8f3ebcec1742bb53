// @vitest-environment jsdom
// What moves every second of playback (the time shown, the seek slider's
// value) is written into the page as it changes, without a React render
// (player-context.ts, useLiveValue): the page must still show the store's
// value after each change, whether it came by a write or by a render.
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { PlayerContext, useLiveValue, usePlayer } from '@/player/ui/player-context';
import type { PlayerStore } from '@/player/core/store';
import { formatTime } from '@/player/core/time';
import { attachedStore } from './support/fake-media';

const chapters = [
  { startTime: 0, title: 'Opening' },
  { startTime: 200, title: 'Later' },
];

/** A clock drawn with useLiveValue, which also renders on a change of length, and counts its renders. */
function Clock({ renders }: { renders: { count: number } }) {
  renders.count++;
  const ref = useRef<HTMLSpanElement>(null);
  const now = useLiveValue(
    (state) => formatTime(Math.floor(state.currentTime)),
    (text) => (ref.current!.textContent = text),
  );
  const duration = usePlayer((state) => state.duration);
  return (
    <span ref={ref} data-duration={duration}>
      {now}
    </span>
  );
}

function renderClock(store: PlayerStore) {
  const renders = { count: 0 };
  const view = render(
    <PlayerContext.Provider value={store}>
      <Clock renders={renders} />
    </PlayerContext.Provider>,
  );
  const clock = view.container.querySelector('span')!;
  return { renders, clock };
}

describe('useLiveValue', () => {
  it('writes each new second into the page with no render', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 });
    media.loadMetadata();
    const { renders, clock } = renderClock(store);
    const rendered = renders.count;
    act(() => media.playTo(65.4));
    expect(clock.textContent).toBe('1:05');
    act(() => media.playTo(125));
    expect(clock.textContent).toBe('2:05');
    expect(renders.count).toBe(rendered);
  });

  it('keeps the page right when a render for another reason follows the writes', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 });
    media.loadMetadata();
    const { renders, clock } = renderClock(store);
    act(() => media.playTo(90));
    act(() => store.setState({ duration: 400 }));
    expect(renders.count).toBeGreaterThan(1);
    expect(clock.textContent).toBe('1:30');
    expect(clock.dataset.duration).toBe('400');
    // Back to the second the first render drew: written, although React would see no change of its own.
    act(() => {
      store.getState().seek(0);
      media.fire('seeked');
    });
    expect(clock.textContent).toBe('0:00');
    act(() => media.playTo(12));
    expect(clock.textContent).toBe('0:12');
  });

  it('writes nothing when the second is the same', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 });
    media.loadMetadata();
    const { clock } = renderClock(store);
    act(() => media.playTo(10.1));
    const writes: string[] = [];
    new MutationObserver((records) => writes.push(...records.map((record) => record.type))).observe(clock, { childList: true, characterData: true, subtree: true });
    act(() => media.playTo(10.6));
    act(() => media.playTo(10.9));
    return Promise.resolve().then(() => expect(writes).toEqual([]));
  });
});
