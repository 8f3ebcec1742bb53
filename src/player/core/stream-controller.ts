// Puts an episode's HLS stream into its <video> and keeps it there: natively
// where the browser plays HLS, otherwise through hls.js (downloaded only
// then), and afresh on every retry. Framework-free: the player store drives
// it (attach, retry), and a unit test drives it with a stand-in element.
import type { PlaybackFailure } from './store';

export type StreamEngine = 'native' | 'hls.js';

/** `?engine=hls.js` (or `native`) in a page's query forces that engine, for testing both paths; anything else, none. */
export function requestedEngine(search: string): StreamEngine | undefined {
  const engine = new URLSearchParams(search).get('engine');
  return engine === 'hls.js' || engine === 'native' ? engine : undefined;
}

/** What the controller needs of hls.js; `import('hls.js/light')` gives it. */
export type HlsModule = typeof import('hls.js');
export type LoadHls = () => Promise<{ default: HlsModule['default'] }>;

export interface StreamControllerOptions {
  /** The stream's master playlist. */
  url: string;
  /** Use this engine even where the browser would choose the other (`?engine=hls.js`, for testing both paths). */
  engine?: StreamEngine;
  /** Downloads hls.js; only called where the native engine is not used. */
  loadHls: LoadHls;
  /** A failure the element does not report itself (hls.js's fatal errors, hls.js failing to download). */
  onFailure(failure: PlaybackFailure): void;
}

export interface LoadRequest {
  /** Where playback should start: the stream is loaded from there, so no frame from 0 is decoded. */
  startTime: number;
  /** Play once attached (a retry of a viewer who was watching). */
  play: boolean;
}

export interface StreamController {
  /** Attaches the stream to the element (or adopts the one the page's early script attached), replacing any earlier one. */
  load(media: HTMLVideoElement, request: LoadRequest): Promise<void>;
  /** Takes the stream off the element. */
  unload(): void;
}

export const HLS_MIME_TYPE = 'application/vnd.apple.mpegurl';

export function playsHlsNatively(video: Pick<HTMLVideoElement, 'canPlayType'>): boolean {
  return video.canPlayType(HLS_MIME_TYPE) !== '';
}

/** The engine for this element: the one asked for, else native where the browser plays HLS. */
export function chooseEngine(video: Pick<HTMLVideoElement, 'canPlayType'>, requested?: StreamEngine): StreamEngine {
  return requested ?? (playsHlsNatively(video) ? 'native' : 'hls.js');
}

/** A native source that starts at `startTime`: a media fragment, so the element seeks before its first frame. */
export const nativeSourceUrl = (url: string, startTime: number) => (startTime > 0 ? `${url}#t=${startTime}` : url);

/**
 * How hls.js loads segments. Its defaults retry a failing segment six times
 * over about 30 s before giving up; four quick retries (0.5, 1, 2, 4 s) ride
 * out a blip, and a real outage reaches the viewer's Retry in under 10 s.
 * While the browser is offline hls.js does not count retries: it waits for
 * the connection and carries on by itself. Timeouts stay hls.js's own.
 */
const SEGMENT_LOADING = {
  default: {
    maxTimeToFirstByteMs: 10_000,
    maxLoadTimeMs: 120_000,
    timeoutRetry: { maxNumRetry: 4, retryDelayMs: 0, maxRetryDelayMs: 0 },
    errorRetry: { maxNumRetry: 4, retryDelayMs: 500, maxRetryDelayMs: 4_000 },
  },
};

/**
 * How far ahead of the playhead hls.js loads before the viewer first plays.
 * Attached, it fills its buffer at once, playing or not: up to 60 MB of the
 * stream, or 600 s of it at a low bitrate (150 segment requests for the local
 * mirror, seconds after a page opened and never played; a minute or more of
 * HD from the CDN). A browser playing HLS itself keeps, for
 * `preload="metadata"`, the start's frame and a segment or two after it
 * (Chromium: 16 s of the mirror's 4 s segments). This keeps about as much,
 * so that Play starts at once; from the first play, hls.js's own targets.
 */
const SECONDS_AHEAD_BEFORE_PLAY = 8;

interface Attached {
  destroy(): void;
}

/** Caps hls.js's buffer ahead until the element first plays (see SECONDS_AHEAD_BEFORE_PLAY); returns what stops waiting for that. */
function bufferLittleUntilPlayed(hls: { config: { maxMaxBufferLength: number } }, media: HTMLVideoElement): () => void {
  if (!media.paused) return () => undefined;
  const whilePlaying = hls.config.maxMaxBufferLength;
  hls.config.maxMaxBufferLength = SECONDS_AHEAD_BEFORE_PLAY;
  // hls.js reads its config at each step of loading: the cap lifts with the next one.
  const lift = () => {
    hls.config.maxMaxBufferLength = whilePlaying;
  };
  media.addEventListener('play', lift, { once: true });
  return () => media.removeEventListener('play', lift);
}

export function createStreamController(options: StreamControllerOptions): StreamController {
  let attached: Attached | undefined;
  // Attaching through hls.js waits for its download: a later load or unload
  // must win over an earlier one still waiting, so each load has a number.
  let generation = 0;

  const unload = () => {
    generation += 1;
    attached?.destroy();
    attached = undefined;
  };

  const attachNative = (media: HTMLVideoElement, startTime: number): Attached => {
    // The prerendered page's early script may have pointed the element at the
    // stream already, before this code arrived: keep that load going.
    const adopted = media.dataset.engine === 'native' && (media.getAttribute('src') ?? '').startsWith(options.url);
    if (!adopted) {
      media.preload = 'metadata';
      media.src = nativeSourceUrl(options.url, startTime);
    }
    return {
      destroy() {
        media.removeAttribute('src');
        media.load();
      },
    };
  };

  const attachHls = async (media: HTMLVideoElement, startTime: number, isCurrent: () => boolean): Promise<Attached | undefined> => {
    // The light build leaves out what we do not use (alternate audio, subtitles
    // inside the stream, DRM): captions come from our own <track>.
    const { default: Hls } = await options.loadHls();
    if (!isCurrent()) return undefined;
    if (!Hls.isSupported()) {
      options.onFailure('unsupported');
      return undefined;
    }
    const hls = new Hls({ startPosition: startTime, capLevelToPlayerSize: true, fragLoadPolicy: SEGMENT_LOADING });
    let mediaRecoveries = 0;
    hls.on(Hls.Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      // One media-error recovery is cheap and often enough; anything else is the viewer's to retry.
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries++ < 1) {
        hls.recoverMediaError();
        return;
      }
      if (data.type !== Hls.ErrorTypes.NETWORK_ERROR) options.onFailure('decode');
      // A playlist the server says is not there is a missing stream, as the native player reports it.
      else if (data.details === Hls.ErrorDetails.MANIFEST_LOAD_ERROR && data.response?.code === 404) options.onFailure('unsupported');
      else options.onFailure('network');
    });
    // A load that plays at once (a retry) lifts it with its play(); one the browser refuses to autoplay keeps it.
    const stopWaitingForPlay = bufferLittleUntilPlayed(hls, media);
    media.preload = 'metadata';
    hls.loadSource(options.url);
    hls.attachMedia(media);
    return {
      destroy() {
        stopWaitingForPlay();
        hls.destroy();
      },
    };
  };

  return {
    async load(media, { startTime, play }) {
      unload();
      const mine = generation;
      const isCurrent = () => mine === generation;
      const engine = chooseEngine(media, options.engine);
      // Our controls replace the browser's, which the page offers readers without script.
      media.controls = false;
      // Tells tests and bug reports which path plays the stream.
      media.dataset.engine = engine;
      let stream: Attached | undefined;
      try {
        stream = engine === 'native' ? attachNative(media, startTime) : await attachHls(media, startTime, isCurrent);
      } catch {
        // hls.js is downloaded on demand: offline, that fails. Say so (Retry tries again).
        if (isCurrent()) options.onFailure('network');
        return;
      }
      if (!stream) return;
      if (!isCurrent()) {
        stream.destroy();
        return;
      }
      attached = stream;
      // A rejected play() (autoplay policy, source gone) is reported by the element's own events.
      if (play) media.play().catch(() => undefined);
    },
    unload,
  };
}
