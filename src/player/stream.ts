// Puts an HLS stream into a <video>: natively where the browser plays HLS,
// otherwise through hls.js, which is downloaded only then.
import type { PlaybackFailure } from './core/store';

export type StreamEngine = 'native' | 'hls.js';

export interface StreamOptions {
  /** Where playback should start; hls.js loads from there rather than from 0. */
  startTime: number;
  /** Use hls.js even where the browser plays HLS itself (for testing both paths). */
  engine?: StreamEngine;
  /** A failure the element does not report itself (hls.js's fatal errors). */
  onFailure(failure: PlaybackFailure): void;
}

export interface Stream {
  readonly engine: StreamEngine;
  destroy(): void;
}

const HLS_TYPE = 'application/vnd.apple.mpegurl';

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

export function playsHlsNatively(video: HTMLVideoElement): boolean {
  return video.canPlayType(HLS_TYPE) !== '';
}

export async function attachStream(video: HTMLVideoElement, url: string, options: StreamOptions): Promise<Stream> {
  const engine = options.engine ?? (playsHlsNatively(video) ? 'native' : 'hls.js');
  if (engine === 'native') {
    // A media fragment makes the element start there: no frame from 0 is ever decoded.
    video.src = options.startTime > 0 ? `${url}#t=${options.startTime}` : url;
    return {
      engine,
      destroy() {
        video.removeAttribute('src');
        video.load();
      },
    };
  }

  // The light build leaves out what we do not use (alternate audio, subtitles
  // inside the stream, DRM): captions come from our own <track>.
  const { default: Hls } = await import('hls.js/light');
  if (!Hls.isSupported()) {
    options.onFailure('unsupported');
    return { engine, destroy() {} };
  }
  const hls = new Hls({ startPosition: options.startTime, capLevelToPlayerSize: true, fragLoadPolicy: SEGMENT_LOADING });
  let mediaRecoveries = 0;
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (!data.fatal) return;
    // One media-error recovery is cheap and often enough; anything else is
    // the viewer's to retry.
    if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries++ < 1) {
      hls.recoverMediaError();
      return;
    }
    if (data.type !== Hls.ErrorTypes.NETWORK_ERROR) options.onFailure('decode');
    // A playlist the server says is not there is a missing stream, as the native player reports it.
    else if (data.details === Hls.ErrorDetails.MANIFEST_LOAD_ERROR && data.response?.code === 404) options.onFailure('unsupported');
    else options.onFailure('network');
  });
  hls.loadSource(url);
  hls.attachMedia(video);
  return {
    engine,
    destroy() {
      hls.destroy();
    },
  };
}
