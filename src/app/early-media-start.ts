// A prerendered watch or embed page's first script, tiny and written inline
// at the top of its head (src/build/early-script.ts): it points the page's
// <video> at the linked moment as soon as the element is parsed, so the media starts loading with the HTML instead of
// waiting for the app to download, run and take the page over. It reads the
// start exactly as the player does (link, then remembered position) and does
// only the native engine's part; hls.js (`?engine=hls.js`, browsers without
// native HLS) is left to the app, which adopts whatever this started. It also
// fits the prerendered control bar to its width before the bar is first
// drawn (control-bar-fit.ts), which the app then keeps doing.
import { startTimeFromLocation, seekableTime } from '@/player/core/time';
import { chooseEngine, nativeSourceUrl, type StreamEngine } from '@/player/core/stream-controller';
import { chooseStart } from '@/player/start-choice';
import { fitControlBarNow } from '@/player/ui/control-bar-fit';
import { noteEarlyInteractions } from './early-interactions';

/** The prerendered player's stream: the <source> the page offers readers without script. */
const STREAM_SOURCE = 'video[data-slug] > source';
/** The prerendered player's control bar, which comes after the <video>. */
const CONTROL_BAR = '.player-controls';

function startMedia(source: HTMLSourceElement) {
  const video = source.parentElement as HTMLVideoElement;
  // The app got there first (it loaded from cache before this did).
  if (video.dataset.engine) return;
  const stream = source.getAttribute('src');
  const slug = video.dataset.slug;
  const duration = Number(video.dataset.duration);
  if (!stream || !slug || !Number.isFinite(duration)) return;
  const requested: StreamEngine | undefined = new URLSearchParams(window.location.search).get('engine') === 'hls.js' ? 'hls.js' : undefined;
  if (chooseEngine(video, requested) !== 'native') return;
  const start = chooseStart(startTimeFromLocation(window.location.search, window.location.hash), { slug, duration });
  video.controls = false;
  // A link to a moment shows that moment: the poster (the episode's picture) would be seen only until the
  // video has sought there, and fetching it beside the media's first segments delays the frame.
  if (start && start.time > 0) video.removeAttribute('poster');
  video.preload = 'metadata';
  video.src = nativeSourceUrl(stream, start ? seekableTime(start.time, duration) : 0);
  video.dataset.engine = 'native';
}

/**
 * Does `found` with the first element matching `selector`: now, if it has been
 * parsed, or the moment it is (a MutationObserver's callback runs before the
 * page next renders).
 */
function whenParsed<E extends Element>(selector: string, found: (element: E) => void) {
  const parsed = document.querySelector<E>(selector);
  if (parsed) {
    found(parsed);
    return;
  }
  let done = false;
  const look = () => {
    const element = done ? null : document.querySelector<E>(selector);
    if (!element) return;
    done = true;
    observer.disconnect();
    found(element);
  };
  const observer = new MutationObserver(look);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A page with no deferred script fires DOMContentLoaded in the parser's last task, before the
  // observer has been told of the element it parsed: look once more then, rather than miss it.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      look();
      observer.disconnect();
    },
    { once: true },
  );
}

whenParsed<HTMLSourceElement>(STREAM_SOURCE, startMedia);
// Fitted at the start of the page's next frame, before that frame's paint, by measuring it then (so its
// style and layout are that frame's own, done once). A ResizeObserver alone reports only after the frame's
// layout: the browser counted the bar's first, unfitted layout and then its fitted one as a layout shift.
// Once taken over (at the first frame, or sooner), the app keeps it fitted as the window changes.
whenParsed<HTMLElement>(CONTROL_BAR, (bar) => requestAnimationFrame(() => fitControlBarNow(bar)));

// What the viewer does to the page before the app takes it over, answered once it has.
window.earlyInteractions = noteEarlyInteractions(() => document.getElementById('root'));
