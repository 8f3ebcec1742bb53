// A prerendered watch page's first script, tiny and loaded `async` in its
// head: it points the page's <video> at the linked moment as soon as the
// element is parsed, so the media starts loading with the HTML instead of
// waiting for the app to download, run and take the page over. It reads the
// start exactly as the player does (link, then remembered position) and does
// only the native engine's part; hls.js (`?engine=hls.js`, browsers without
// native HLS) is left to the app, which adopts whatever this started.
//
// It also starts the app (its entry is this script's `data-app`): once the
// video shows its first frame, or at once when it did not start the video.
// The browser's media pipeline waits on the main thread, so the app's code
// running before that frame would delay it; downloading meanwhile does not.
import { startTimeFromLocation, seekableTime } from '@/player/core/time';
import { chooseEngine, nativeSourceUrl, type StreamEngine } from '@/player/core/stream-controller';
import { chooseStart } from '@/player/start-choice';

/** The prerendered player's stream: the <source> the page offers readers without script. */
const STREAM_SOURCE = 'video[data-slug] > source';

/** The app's entry module, given to this script by the page. */
const appEntry = document.currentScript instanceof HTMLScriptElement ? document.currentScript.dataset.app : undefined;
/** Never hold the app back longer than this for the video: a slow network must not keep the page's controls dead. */
const LONGEST_WAIT_MS = 1500;

let appStarted = false;
function startApp() {
  if (appStarted || !appEntry) return;
  appStarted = true;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = appEntry;
  document.head.append(script);
}

/** Starts the app once the video presents its first frame (or fails, or takes too long). */
function startAppAfterFirstFrame(video: HTMLVideoElement) {
  window.setTimeout(startApp, LONGEST_WAIT_MS);
  video.addEventListener('error', startApp, { once: true });
  // A frame callback asked for once the metadata is in fires with the first frame;
  // where none comes (a hidden tab), the first frame's data will do.
  video.addEventListener('loadedmetadata', () => video.requestVideoFrameCallback?.(startApp), { once: true });
  video.addEventListener('loadeddata', () => window.setTimeout(startApp, 50), { once: true });
}

function startMedia(source: HTMLSourceElement) {
  const video = source.parentElement as HTMLVideoElement;
  // The app got there first (it loaded from cache before this did).
  if (video.dataset.engine) return startApp();
  const stream = source.getAttribute('src');
  const slug = video.dataset.slug;
  const duration = Number(video.dataset.duration);
  if (!stream || !slug || !Number.isFinite(duration)) return startApp();
  const requested: StreamEngine | undefined = new URLSearchParams(window.location.search).get('engine') === 'hls.js' ? 'hls.js' : undefined;
  if (chooseEngine(video, requested) !== 'native') return startApp();
  startAppAfterFirstFrame(video);
  const start = chooseStart(startTimeFromLocation(window.location.search, window.location.hash), { slug, duration });
  video.controls = false;
  video.preload = 'metadata';
  video.src = nativeSourceUrl(stream, start ? seekableTime(start.time, duration) : 0);
  video.dataset.engine = 'native';
}

const parsed = document.querySelector<HTMLSourceElement>(STREAM_SOURCE);
if (parsed) startMedia(parsed);
else {
  // Still parsing: catch the element the moment it arrives.
  const observer = new MutationObserver(() => {
    const source = document.querySelector<HTMLSourceElement>(STREAM_SOURCE);
    if (!source) return;
    observer.disconnect();
    startMedia(source);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.disconnect();
      // A page without the player (it should not happen) still gets its app.
      if (!document.querySelector(STREAM_SOURCE)) startApp();
    },
    { once: true },
  );
}
