// The player's single source of state: a framework-free zustand store.
// State is committed only when the media element reports it (its events are
// read through MEDIA_EVENTS below); requests act on the element and wait for
// it to confirm. The store owns the media: it attaches the stream (through
// the stream controller), retries, and enters full screen and picture in
// picture. React binds to slices of it in player/ui and sends requests.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Chapter } from '@/content/schema';
import { activeChapterIndex, nextChapterTarget, previousChapterTarget } from './chapters';
import { END_GUARD_SECONDS, seekableTime } from './time';
import { nextPlaybackRate } from './playback-rates';
import { createStreamController, type LoadHls, type StreamEngine } from './stream-controller';
import type { Clip } from './clip';
import type { KeyRequest } from './key-request';
import type { FeedbackState } from './key-feedback';

/** A keyboard action the picture shows the result of (PlayerState.feedback). */
export interface KeyFeedbackRequest {
  request: KeyRequest;
  before: FeedbackState;
  serial: number;
}

export type PlaybackFailure = 'network' | 'decode' | 'unsupported' | 'unknown';

export interface PlayerState {
  /** The episode's chapters, in order (they change only when an author edits them, in the dev server). */
  chapters: readonly Chapter[];
  /** Seconds played, as the media element last reported it. */
  currentTime: number;
  /** The media's own duration once known; the front-matter's before. */
  duration: number;
  paused: boolean;
  ended: boolean;
  /** Playback stalled waiting for data. */
  buffering: boolean;
  seeking: boolean;
  playbackRate: number;
  volume: number;
  muted: boolean;
  captionsOn: boolean;
  /** Buffered time ranges, as [start, end] pairs. */
  buffered: ReadonlyArray<readonly [number, number]>;
  /** True once the media can seek (metadata loaded). */
  ready: boolean;
  /** The stream has loaded at least once: a later failure to load part of it is the network's. */
  streamLoaded: boolean;
  failure: PlaybackFailure | null;
  /** Whether the viewer was watching when playback failed: a reconnection resumes playing only then. */
  wasPlaying: boolean;
  /** A start time waiting for the media to be able to seek. */
  pendingStart: number | null;
  /** Where a remembered position started playback (the viewer is told, with a way to start over); null otherwise. */
  resumedFrom: number | null;
  /** Which engine plays the stream, once attached. */
  engine: StreamEngine | null;
  fullscreen: boolean;
  pictureInPicture: boolean;
  /** Whether this browser can show the video in picture in picture (known once attached). */
  pictureInPictureSupported: boolean;
  /** The keyboard shortcuts dialog is open. */
  keysOpen: boolean;
  /**
   * The last keyboard action, whose result the picture shows briefly (`+10 s`, `Muted`): the key's
   * request and the state it was made in; `serial` tells repeats apart. The words are worked out
   * where they are shown (key-feedback.ts), by code that loads once wanted.
   */
  feedback: KeyFeedbackRequest | null;
  /** Counts the requests to bring the player into view (a chapter activated while it is scrolled away). */
  revealRequests: number;
  /** The clip the link asks for (product.md, Clips): drawn on the timeline, paused at its end once (clip-stop.ts). */
  clip: Clip | null;
}

export interface PlayerRequests {
  /**
   * Takes charge of the media element (and of `container`, which full screen
   * shows): reads its events, attaches the stream at the start time. Returns
   * a function that lets go of both.
   */
  attach(media: HTMLVideoElement, container: HTMLElement): () => void;
  /** The element's position right now, between its time updates (for drawing the played fill each frame). */
  livePosition(): number;
  /**
   * The state as the element has it right now: its events (and so the
   * committed state) lag a request by a task, so two quick key presses would
   * otherwise both be described from the state before the first.
   */
  liveState(): PlayerState;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Seeks to a time (clamped to the episode); held until the media can seek. */
  seek(seconds: number): void;
  seekBy(deltaSeconds: number): void;
  /** Seeks to a fraction of the episode: 0 is its start, 1 its end. */
  seekToFraction(fraction: number): void;
  previousChapter(): void;
  nextChapter(): void;
  setPlaybackRate(rate: number): void;
  /** One step up or down the speed list. */
  stepPlaybackRate(direction: -1 | 1): void;
  setVolume(volume: number): void;
  /** Changes the volume by a step (↑/↓), unmuting. */
  changeVolumeBy(delta: number): void;
  setMuted(muted: boolean): void;
  toggleMute(): void;
  setCaptions(on: boolean): void;
  toggleCaptions(): void;
  toggleFullscreen(): void;
  togglePictureInPicture(): void;
  /** Opens or closes the keyboard shortcuts dialog. */
  setKeysOpen(open: boolean): void;
  /** Shows what a keyboard action (`request`, made in the state `before`) did, briefly, on the picture. */
  showFeedback(request: KeyRequest, before: FeedbackState): void;
  /** Asks the player to scroll itself into view (the picture is where things happen). */
  reveal(): void;
  /** The viewer chose to start over rather than resume: back to 0, and the notice goes. */
  startOver(): void;
  /** `Watch full episode`: the clip goes (the page takes `end` out of its address). */
  clearClip(): void;
  /** An author edited the episode's chapters (dev server): the player shows the new ones. */
  setChapters(chapters: readonly Chapter[]): void;
  /**
   * Marks a playback failure that the media element itself did not report
   * (hls.js's fatal errors, a stall): playback stops where it is.
   */
  fail(failure: PlaybackFailure): void;
  /**
   * Clears a failure and reloads the stream at the same position (or where
   * the viewer moved to since), playing once loaded if `play`.
   */
  retry(play: boolean): void;
}

export type PlayerStore = StoreApi<PlayerState & PlayerRequests>;

type MediaReading = Partial<PlayerState>;

export { END_GUARD_SECONDS, seekableTime };

const noop = () => undefined;

const finite = (value: number, fallback: number) => (Number.isFinite(value) && value > 0 ? value : fallback);

function readBuffered(media: HTMLMediaElement): PlayerState['buffered'] {
  const ranges: Array<readonly [number, number]> = [];
  for (let i = 0; i < media.buffered.length; i++) ranges.push([media.buffered.start(i), media.buffered.end(i)]);
  return ranges;
}

function failureOf(media: HTMLMediaElement, state: PlayerState): PlaybackFailure {
  switch (media.error?.code) {
    case 2: return 'network'; // MEDIA_ERR_NETWORK
    case 3: return 'decode'; // MEDIA_ERR_DECODE
    case 4:
      // MEDIA_ERR_SRC_NOT_SUPPORTED: a missing stream, but Chromium's native HLS
      // also reports a segment that failed to load (server error, connection
      // lost) this way. Once the stream has loaded, or while offline, it is the network.
      return state.streamLoaded || globalThis.navigator?.onLine === false ? 'network' : 'unsupported';
    default: return 'unknown';
  }
}

/** Which media events change which state, and how to read it from the element. */
const MEDIA_EVENTS: Record<string, (media: HTMLMediaElement, state: PlayerState) => MediaReading> = {
  loadedmetadata: (media, state) => ({ ready: true, streamLoaded: true, duration: finite(media.duration, state.duration) }),
  durationchange: (media, state) => ({ duration: finite(media.duration, state.duration) }),
  timeupdate: (media) => ({ currentTime: media.currentTime }),
  play: () => ({ paused: false, ended: false }),
  pause: (media) => ({ paused: true, currentTime: media.currentTime }),
  playing: () => ({ paused: false, buffering: false, failure: null }),
  waiting: () => ({ buffering: true }),
  canplay: () => ({ buffering: false }),
  seeking: (media) => ({ seeking: true, currentTime: media.currentTime, ended: false }),
  seeked: (media) => ({ seeking: false, currentTime: media.currentTime }),
  ended: (media) => ({ ended: true, paused: true, currentTime: media.currentTime }),
  ratechange: (media) => ({ playbackRate: media.playbackRate }),
  volumechange: (media) => ({ volume: media.volume, muted: media.muted }),
  progress: (media) => ({ buffered: readBuffered(media) }),
  error: (media, state) => ({ failure: failureOf(media, state), buffering: false, wasPlaying: !state.paused }),
};

export interface PlayerStoreOptions {
  chapters: readonly Chapter[];
  /** The front-matter's duration: used until the media reports its own. */
  duration: number;
  /** The stream's master playlist. */
  streamUrl: string;
  /** Force an engine (`?engine=hls.js`); by default native where the browser plays HLS. */
  engine?: StreamEngine;
  /** Downloads hls.js where it is needed. */
  loadHls: LoadHls;
  /** The page's address: a clip link (`?t=…&end=…`, `#t=a,b`) makes the clip. */
  pageUrl?: string;
}

/** An address that may be a clip link: only then does the clip's code load (clip-playback.ts reads it exactly). */
const MAYBE_CLIP = /[?&]end=|#.*t=[^&]*(?:,|%2C)/i;

/** Where playback starts: the link's time, or a remembered position (which the viewer is told about). */
export interface StartChoice {
  time: number;
  resumed: boolean;
}

/**
 * The store's state starts as a page rendered before any script ran shows
 * it (at 0, paused): React takes over prerendered markup from that initial
 * state, then moves to `start`, which only the browser knows (the link, the
 * remembered position).
 */
export function createPlayerStore(options: PlayerStoreOptions, start?: StartChoice): PlayerStore {
  const store = createInitialPlayerStore(options);
  if (start) {
    const time = seekableTime(start.time, options.duration);
    store.setState({ currentTime: time, pendingStart: time, resumedFrom: start.resumed ? time : null });
  }
  return store;
}

function createInitialPlayerStore({ chapters, duration, streamUrl, engine, loadHls, pageUrl = '' }: PlayerStoreOptions): PlayerStore {
  let media: HTMLVideoElement | null = null;
  let container: HTMLElement | null = null;
  // The clip is set once its code has arrived: after the page is taken over,
  // which a page rendered before any script (with no clip) must match.
  const clipCode = MAYBE_CLIP.test(pageUrl) ? import('./clip-playback') : undefined;

  const canSeek = () => media !== null && media.readyState >= 1; // HAVE_METADATA

  // Requests start from the element's own values: its events (and so the
  // committed state) lag a request by a task, and two quick key presses must add up.

  return createStore<PlayerState & PlayerRequests>()((set, get) => {
    clipCode?.then(({ clipFromLocation }) => {
      const url = new URL(pageUrl);
      set({ clip: clipFromLocation(url.search, url.hash, duration) ?? null });
    }, noop);
    const stream = createStreamController({ url: streamUrl, engine, loadHls, onFailure: (failure) => get().fail(failure) });
    const loadStream = (play: boolean) => {
      if (!media) return;
      const { pendingStart, currentTime } = get();
      void stream.load(media, { startTime: pendingStart ?? currentTime, play }).then(() => {
        if (media) set({ engine: (media.dataset.engine as StreamEngine | undefined) ?? null });
      });
    };

    const applyPendingStart = () => {
      const { pendingStart } = get();
      if (pendingStart === null || !media || !canSeek()) return;
      const target = seekableTime(pendingStart, get().duration);
      // The stream may have started there already (a media fragment, hls.js's startPosition).
      if (Math.abs(media.currentTime - target) > 0.01) media.currentTime = target;
      set({ pendingStart: null, currentTime: media.currentTime });
    };

    const position = () => {
      const { pendingStart, currentTime } = get();
      if (pendingStart !== null) return pendingStart;
      return media && canSeek() ? media.currentTime : currentTime;
    };

    const seek = (seconds: number) => {
      const target = seekableTime(seconds, get().duration);
      // After a failure, and until the reloaded stream can seek, the element's
      // position is not the viewer's: the target waits as the pending start.
      if (!media || !canSeek() || !get().ready || get().failure !== null) {
        set({ pendingStart: target, currentTime: target });
        return;
      }
      media.currentTime = target;
    };

    return {
      chapters,
      currentTime: 0,
      duration,
      paused: true,
      ended: false,
      buffering: false,
      seeking: false,
      playbackRate: 1,
      volume: 1,
      muted: false,
      captionsOn: false,
      buffered: [],
      ready: false,
      streamLoaded: false,
      failure: null,
      wasPlaying: false,
      pendingStart: null,
      resumedFrom: null,
      engine: null,
      fullscreen: false,
      pictureInPicture: false,
      // Assumed until the element is attached (most browsers have it): a Picture in picture button that
      // appeared only then would move the controls beside it as the page is taken over.
      pictureInPictureSupported: true,
      keysOpen: false,
      feedback: null,
      revealRequests: 0,
      clip: null,

      attach(element, stage) {
        media = element;
        container = stage;
        const listeners = Object.entries(MEDIA_EVENTS).map(([type, read]) => {
          const listener = () => {
            const reading = read(element, get());
            // While a start is pending (before the first seek, or while the
            // stream reloads after a failure), the element's position (often
            // 0) is not the viewer's: the pending start is.
            if (get().pendingStart !== null) delete reading.currentTime;
            set(reading);
            // The start time goes in as soon as the element can seek, before
            // any frame is shown (a start set earlier is dropped by browsers).
            if (type === 'loadedmetadata' || type === 'durationchange') applyPendingStart();
          };
          element.addEventListener(type, listener);
          return () => element.removeEventListener(type, listener);
        });
        const onFullscreenChange = () => set({ fullscreen: document.fullscreenElement !== null && document.fullscreenElement === container });
        const onPictureInPicture = () => set({ pictureInPicture: document.pictureInPictureElement === element });
        document.addEventListener('fullscreenchange', onFullscreenChange);
        element.addEventListener('enterpictureinpicture', onPictureInPicture);
        element.addEventListener('leavepictureinpicture', onPictureInPicture);
        // The element may have been loading for a while (the prerendered page's
        // early script started it): take in what its missed events said.
        const state = get();
        set({
          volume: element.volume,
          muted: element.muted,
          playbackRate: element.playbackRate,
          paused: element.paused,
          ready: canSeek(),
          ...(canSeek() && { streamLoaded: true, duration: finite(element.duration, state.duration), buffered: readBuffered(element) }),
          ...(element.error && { failure: failureOf(element, state) }),
          pictureInPictureSupported: document.pictureInPictureEnabled === true,
        });
        applyPendingStart();
        loadStream(false);
        // The chapters track, for whatever reads the element's tracks (its cues are the chapter list's), loads
        // now rather than with the page: downloaded beside the media's first requests, it delayed the first frame.
        for (const track of Array.from(element.textTracks)) if (track.kind === 'chapters' && track.mode === 'disabled') track.mode = 'hidden';
        // Only a clip link needs the clip's stop: its code loads then.
        let stopWatchingClip: (() => void) | undefined;
        clipCode?.then(({ watchClipEnd }) => {
          if (stopWatchingClip !== noop) stopWatchingClip = watchClipEnd(element, () => get().clip?.end);
        }, noop);
        return () => {
          stopWatchingClip?.();
          stopWatchingClip = noop; // and if its code is still on the way, it will not start
          listeners.forEach((remove) => remove());
          document.removeEventListener('fullscreenchange', onFullscreenChange);
          element.removeEventListener('enterpictureinpicture', onPictureInPicture);
          element.removeEventListener('leavepictureinpicture', onPictureInPicture);
          if (media === element) {
            stream.unload();
            media = null;
            container = null;
          }
        };
      },
      livePosition() {
        return media && canSeek() && get().pendingStart === null ? media.currentTime : get().currentTime;
      },
      liveState() {
        const state = get();
        if (!media) return state;
        return { ...state, currentTime: position(), paused: media.paused, volume: media.volume, muted: media.muted, playbackRate: media.playbackRate };
      },

      play() {
        // Asking to play while the failure alert shows (Play, a key, a chapter) is a retry from the position.
        if (get().failure !== null) {
          get().retry(true);
          return;
        }
        if (!media) return;
        if (get().ended) seek(0);
        // A rejected play() (autoplay policy, source gone) is reported by the
        // element's own events; nothing more to do here.
        media.play().catch(() => undefined);
      },
      pause() {
        media?.pause();
      },
      togglePlay() {
        if (media ? media.paused : get().paused) get().play();
        else get().pause();
      },
      seek,
      seekBy(delta) {
        seek(position() + delta);
      },
      seekToFraction(fraction) {
        seek(fraction * get().duration);
      },
      previousChapter() {
        const target = previousChapterTarget(get().chapters, position());
        if (target !== undefined) seek(target);
      },
      nextChapter() {
        const target = nextChapterTarget(get().chapters, position(), get().duration);
        if (target !== undefined) seek(target);
      },
      setPlaybackRate(rate) {
        if (!media) return;
        // The default rate too: loading a stream (attaching, a retry) resets the rate to it.
        media.defaultPlaybackRate = rate;
        media.playbackRate = rate;
      },
      stepPlaybackRate(direction) {
        if (media) get().setPlaybackRate(nextPlaybackRate(media.playbackRate, direction));
      },
      setVolume(volume) {
        if (!media) return;
        media.volume = Math.min(1, Math.max(0, volume));
        if (volume > 0) media.muted = false;
      },
      changeVolumeBy(delta) {
        if (!media) return;
        // Whole percentages: steps of 0.05 would otherwise gather float noise.
        get().setVolume(Math.round((media.volume + delta) * 100) / 100);
      },
      setMuted(muted) {
        if (media) media.muted = muted;
      },
      toggleMute() {
        if (media) media.muted = !media.muted;
      },
      toggleCaptions() {
        get().setCaptions(!get().captionsOn);
      },
      toggleFullscreen() {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void container?.requestFullscreen?.().catch(() => undefined);
      },
      togglePictureInPicture() {
        if (document.pictureInPictureElement) void document.exitPictureInPicture().catch(() => undefined);
        else void media?.requestPictureInPicture?.().catch(() => undefined);
      },
      setKeysOpen(open) {
        set({ keysOpen: open });
      },
      showFeedback(request, before) {
        set((state) => ({ feedback: { request, before, serial: (state.feedback?.serial ?? 0) + 1 } }));
      },
      reveal() {
        set((state) => ({ revealRequests: state.revealRequests + 1 }));
      },
      startOver() {
        set({ resumedFrom: null });
        seek(0);
      },
      clearClip() {
        set({ clip: null });
      },
      setChapters(next) {
        if (next !== get().chapters) set({ chapters: next });
      },
      setCaptions(on) {
        if (!media) return;
        for (const track of Array.from(media.textTracks)) {
          if (track.kind === 'captions' || track.kind === 'subtitles') track.mode = on ? 'showing' : 'hidden';
        }
        set({ captionsOn: on });
      },
      fail(failure) {
        if (get().failure !== null) return;
        set({ failure, buffering: false, wasPlaying: !get().paused });
        // Whatever is still buffered would play on under the alert and move the
        // position Retry resumes from; stop where the failure happened.
        media?.pause();
      },
      retry(play) {
        // Until the reloaded stream can seek, the position to resume from waits as the pending start.
        set((state) => ({ failure: null, ready: false, pendingStart: state.pendingStart ?? state.currentTime }));
        loadStream(play);
      },
    };
  });
}

/** The index of the chapter playing now, or -1 (a selector: cheap, stable between chapters). */
export const selectActiveChapter = (state: PlayerState) => activeChapterIndex(state.chapters, state.currentTime);
