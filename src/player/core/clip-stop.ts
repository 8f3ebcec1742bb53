// Pauses a clip at its end, once (product.md, Clips). `timeupdate` comes
// about every 250 ms, too coarse for "within a quarter of a second": a timer
// is set from the time left at the current speed and set again whenever the
// media's clock may have moved differently (play, seek, speed, a stall), so
// the pause lands within a few milliseconds of the end. Framework-free; the
// store starts it on a clip link (its code loads only then).

/** Closer than this to the end counts as there (a timer may fire a hair early). */
const ARRIVED_SECONDS = 0.02;

const CLOCK_EVENTS = ['play', 'playing', 'pause', 'waiting', 'seeked', 'ratechange', 'timeupdate'];

/**
 * Pauses `media` when playback arrives at `clipEnd()` (undefined: the clip
 * is gone, nothing to stop at), then lets it play on. Only arriving counts: a
 * seek to or past the end is the viewer going beyond the clip. Returns a
 * function that stops watching.
 */
export function watchClipEnd(media: HTMLMediaElement, clipEnd: () => number | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The position has been before the end since the last seek. */
  let approaching = false;

  const check = () => {
    clearTimeout(timer);
    timer = undefined;
    const end = clipEnd();
    if (end === undefined || media.seeking) return;
    const left = end - media.currentTime;
    if (left > ARRIVED_SECONDS) {
      approaching = true;
      if (!media.paused && media.playbackRate > 0) timer = setTimeout(check, (left / media.playbackRate) * 1000);
    } else if (approaching) {
      stop();
      media.pause();
    }
  };
  const onSeeking = () => {
    approaching = false;
    clearTimeout(timer);
  };
  const stop = () => {
    clearTimeout(timer);
    for (const type of CLOCK_EVENTS) media.removeEventListener(type, check);
    media.removeEventListener('seeking', onSeeking);
  };

  for (const type of CLOCK_EVENTS) media.addEventListener(type, check);
  media.addEventListener('seeking', onSeeking);
  check();
  return stop;
}
