// @vitest-environment jsdom
// Failure and recovery in the player store and its connection watch, against
// a scripted stand-in for the media element: where playback stops, where a
// retry resumes, what a chapter or Play does while the alert shows, and how a
// stall or a returning connection is handled. The real browser runs are in
// tests/browser/faults.test.ts.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachedStore, TEST_STREAM } from './support/fake-media';
import { STALL_SECONDS, useConnectionRecovery } from '@/player/ui/use-connection-recovery';

const chapters = [
  { startTime: 0, title: 'Opening' },
  { startTime: 200, title: 'Later' },
];

function playing(at = 120) {
  const { store, media } = attachedStore({ chapters, duration: 300 });
  media.loadMetadata();
  store.getState().play();
  media.fire('playing');
  media.playTo(at);
  return { store, media };
}

let online = true;
beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a failure reported by the media element', () => {
  it('names a segment that failed after the stream loaded a network failure, not a missing stream', () => {
    const { store, media } = playing();
    media.failWith(4); // Chromium's native HLS reports a failed segment as "not supported"
    expect(store.getState().failure).toBe('network');
  });

  it('names a stream that never loaded missing', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 });
    media.failWith(4);
    expect(store.getState().failure).toBe('unsupported');
  });

  it('names any failure while offline a network failure', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 });
    online = false;
    media.failWith(4);
    expect(store.getState().failure).toBe('network');
  });
});

describe('while the alert shows', () => {
  it('stops where it failed, and remembers the viewer was watching', () => {
    const { store, media } = playing(120);
    store.getState().fail('network');
    expect(media.paused).toBe(true);
    expect(store.getState()).toMatchObject({ failure: 'network', paused: true, wasPlaying: true, currentTime: 120 });
  });

  it('keeps the first failure when another follows', () => {
    const { store } = playing();
    store.getState().fail('network');
    store.getState().fail('decode');
    expect(store.getState().failure).toBe('network');
  });

  it('moves the position on a chapter or a key without touching the failed element, and Play retries from there', () => {
    const { store, media } = playing(120);
    media.failWith(2);
    store.getState().seek(200);
    expect(media.currentTime).toBe(120);
    expect(store.getState()).toMatchObject({ currentTime: 200, pendingStart: 200, failure: 'network' });
    store.getState().seekBy(10);
    expect(store.getState().pendingStart).toBe(210);

    const loads = media.sources.length;
    store.getState().play();
    expect(store.getState()).toMatchObject({ failure: null, pendingStart: 210 });
    // The stream is loaded afresh from the viewer's position, and plays.
    expect(media.sources.slice(loads)).toEqual([`${TEST_STREAM}#t=210`]);
    expect(media.paused).toBe(false);
  });

  it('keeps the viewer position through the reload, and seeks there once the new stream can', () => {
    const { store, media } = playing(120);
    media.failWith(2);
    store.getState().retry(true);
    media.reload(); // the element's time drops to 0 while the stream reloads
    expect(store.getState().currentTime).toBe(120);
    store.getState().seek(130); // a key pressed before the stream is back
    expect(media.currentTime).toBe(0);
    media.loadMetadata();
    expect(media.currentTime).toBe(130);
    expect(store.getState()).toMatchObject({ failure: null, pendingStart: null, currentTime: 130 });
  });
});

describe('the connection watch', () => {
  function watched(at = 120) {
    vi.useFakeTimers();
    const player = playing(at);
    renderHook(() => useConnectionRecovery(player.store));
    return player;
  }

  it('turns a stall with nothing arriving into a network failure after the stall time', () => {
    const { store, media } = watched();
    media.fire('waiting');
    act(() => vi.advanceTimersByTime((STALL_SECONDS - 1) * 1000));
    expect(store.getState().failure).toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState()).toMatchObject({ failure: 'network', paused: true, currentTime: 120 });
  });

  it('waits as long as data keeps arriving', () => {
    const { store, media } = watched();
    media.fire('waiting');
    for (let i = 0; i < 5; i++) {
      act(() => vi.advanceTimersByTime((STALL_SECONDS - 1) * 1000));
      media.fire('progress');
    }
    expect(store.getState().failure).toBeNull();
    media.fire('canplay');
    act(() => vi.advanceTimersByTime(STALL_SECONDS * 2000));
    expect(store.getState().failure).toBeNull();
  });

  it('does not count waiting while paused', () => {
    const { store, media } = watched();
    media.pause();
    media.fire('waiting');
    act(() => vi.advanceTimersByTime(STALL_SECONDS * 2000));
    expect(store.getState().failure).toBeNull();
  });

  it('fails at once when the media runs dry while offline, and retries, playing, when the connection is back', () => {
    const { store, media } = watched();
    online = false;
    window.dispatchEvent(new Event('offline'));
    expect(store.getState().failure).toBeNull(); // still playing what is buffered
    media.fire('waiting');
    expect(store.getState().failure).toBe('network');

    const loads = media.sources.length;
    online = true;
    act(() => window.dispatchEvent(new Event('online')));
    expect(store.getState()).toMatchObject({ failure: null, pendingStart: 120 });
    expect(media.sources.slice(loads)).toEqual([`${TEST_STREAM}#t=120`]);
    expect(media.paused).toBe(false);
  });

  it('reloads without playing when the viewer was not watching', () => {
    const { store, media } = watched();
    media.pause();
    store.getState().fail('network');
    const loads = media.sources.length;
    act(() => window.dispatchEvent(new Event('online')));
    expect(store.getState()).toMatchObject({ failure: null });
    expect(media.sources.length).toBe(loads + 1);
    expect(media.paused).toBe(true);
  });

  it('leaves a missing stream alone when the connection comes back', () => {
    vi.useFakeTimers();
    const { store, media } = attachedStore({ chapters, duration: 300 });
    renderHook(() => useConnectionRecovery(store));
    media.failWith(4);
    act(() => window.dispatchEvent(new Event('online')));
    expect(store.getState()).toMatchObject({ failure: 'unsupported' });
    expect(media.sources).toEqual([TEST_STREAM]);
  });
});
