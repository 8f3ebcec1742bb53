// @vitest-environment jsdom
// The player store against a scripted stand-in for a media element: state is
// committed from the element's events, requests act on the element, and a
// start time waits until the element can seek.
import { describe, expect, it } from 'vitest';
import { END_GUARD_SECONDS, selectActiveChapter } from '@/player/core/store';
import { attachedStore, settle, TEST_STREAM } from './support/fake-media';

const chapters = [
  { startTime: 30, title: 'Opening' },
  { startTime: 100, title: 'Middle' },
  { startTime: 200, title: 'End' },
];

const setup = (startTime?: number) =>
  attachedStore({ chapters, duration: 300 }, startTime === undefined ? undefined : { time: startTime, resumed: false });

describe('player store', () => {
  it('uses the front-matter duration until the media reports its own', () => {
    const { store, media } = setup();
    expect(store.getState().duration).toBe(300);
    media.loadMetadata(290.5);
    expect(store.getState().duration).toBe(290.5);
  });

  it('holds a start time until the media can seek, then applies it before any frame', () => {
    const { store, media } = setup(150);
    expect(media.currentTime).toBe(0);
    expect(store.getState().currentTime).toBe(150);
    media.loadMetadata(300);
    expect(media.currentTime).toBe(150);
    expect(store.getState().pendingStart).toBeNull();
  });

  it('clamps a start time past the end to just short of the media end, once known', () => {
    const { media } = setup(10_000);
    media.loadMetadata(280);
    expect(media.currentTime).toBe(280 - END_GUARD_SECONDS);
  });

  it('commits play and pause only when the element reports them', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    store.getState().play();
    expect(store.getState().paused).toBe(false);
    media.paused = true;
    media.fire('pause');
    expect(store.getState().paused).toBe(true);
  });

  it('finds the active chapter, none before a late first chapter', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    expect(selectActiveChapter(store.getState())).toBe(-1);
    media.currentTime = 99.9; // just short of a boundary after a float seek
    media.fire('timeupdate');
    expect(selectActiveChapter(store.getState())).toBe(1);
  });

  it('moves between chapters, restarting the current one when more than 3 s in', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    const at = (t: number) => {
      media.currentTime = t;
      media.fire('timeupdate');
    };
    at(150);
    store.getState().previousChapter();
    expect(media.currentTime).toBe(100);
    at(101);
    store.getState().previousChapter();
    expect(media.currentTime).toBe(30);
    at(120);
    store.getState().nextChapter();
    expect(media.currentTime).toBe(200);
    at(250);
    store.getState().nextChapter();
    expect(media.currentTime).toBe(250);
  });

  it('reports a failure, and a retry resumes at the same position', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    media.currentTime = 123;
    media.fire('timeupdate');
    media.error = { code: 2 };
    media.fire('error');
    expect(store.getState().failure).toBe('network');
    store.getState().retry(false);
    expect(store.getState().failure).toBeNull();
    expect(store.getState().pendingStart).toBe(123);
    // The stream is loaded again, from where the viewer was.
    expect(media.sources).toEqual([TEST_STREAM, `${TEST_STREAM}#t=123`]);
    media.currentTime = 0;
    media.loadMetadata(300);
    expect(media.currentTime).toBe(123);
  });

  it('starts the stream at the start time, and plays after a retry only when asked to', async () => {
    const { store, media } = setup(150);
    expect(media.sources).toEqual([`${TEST_STREAM}#t=150`]);
    expect(media.controls).toBe(false);
    await settle();
    expect(store.getState().engine).toBe('native');
    store.getState().fail('network');
    store.getState().retry(true);
    await settle();
    expect(media.paused).toBe(false);
  });

  it('starts as a page without script shows it, then moves to the start: React takes prerendered markup over from the initial state', () => {
    const { store } = setup(150);
    expect(store.getInitialState()).toMatchObject({ currentTime: 0, pendingStart: null, resumedFrom: null });
    expect(store.getState()).toMatchObject({ currentTime: 150, pendingStart: 150 });
  });

  it('says where a remembered position resumed, until the viewer starts over', () => {
    const { store, media } = attachedStore({ chapters, duration: 300 }, { time: 80, resumed: true });
    media.loadMetadata(300);
    expect(store.getState().resumedFrom).toBe(80);
    store.getState().startOver();
    expect(store.getState().resumedFrom).toBeNull();
    expect(media.currentTime).toBe(0);
  });

  it('turns captions on and off on the captions track only', () => {
    const { store, media } = setup();
    store.getState().setCaptions(true);
    expect(media.textTracks.map((t) => t.mode)).toEqual(['showing', 'hidden']);
    expect(store.getState().captionsOn).toBe(true);
    store.getState().setCaptions(false);
    expect(media.textTracks[0]!.mode).toBe('hidden');
  });

  it('stops listening once detached', () => {
    const { store, media, detach } = setup();
    detach();
    media.currentTime = 42;
    media.fire('timeupdate');
    expect(store.getState().currentTime).toBe(0);
  });

  it('steps the volume in whole percent, unmuting, and keeps a chosen speed across a reload', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    media.volume = 0.5;
    media.muted = true;
    store.getState().changeVolumeBy(0.05);
    store.getState().changeVolumeBy(0.05);
    expect(media.volume).toBe(0.6);
    expect(media.muted).toBe(false);
    store.getState().changeVolumeBy(-1);
    expect(media.volume).toBe(0);
    store.getState().setMuted(true);
    expect(media.muted).toBe(true);
    store.getState().setPlaybackRate(1.5);
    expect(media.playbackRate).toBe(1.5);
    // Loading a stream resets the rate to the default one: that is the chosen speed too.
    expect((media as unknown as { defaultPlaybackRate: number }).defaultPlaybackRate).toBe(1.5);
  });

  it('counts requests to reveal the player and numbers each feedback', () => {
    const { store } = setup();
    store.getState().reveal();
    store.getState().reveal();
    expect(store.getState().revealRequests).toBe(2);
    const before = store.getState().liveState();
    store.getState().showFeedback(['toggleMute'], before);
    store.getState().showFeedback(['toggleMute'], before);
    expect(store.getState().feedback).toEqual({ request: ['toggleMute'], before, serial: 2 });
  });

  it('reads the element for the live state, ahead of its events', () => {
    const { store, media } = setup();
    media.loadMetadata(300);
    store.getState().changeVolumeBy(-0.05);
    store.getState().setPlaybackRate(1.5);
    // No volumechange or ratechange yet: the committed state still has the old values.
    expect(store.getState().volume).toBe(1);
    expect(store.getState().liveState()).toMatchObject({ volume: 0.95, playbackRate: 1.5 });
  });
});
