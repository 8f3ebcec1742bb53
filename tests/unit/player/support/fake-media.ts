// A scripted stand-in for a media element: just enough of HTMLMediaElement for
// the player store and its stream controller, with its events fired by hand as
// a browser would fire them. It plays HLS natively, so loading a stream is
// setting `src`: `sources` records each one.
import { createPlayerStore, type PlayerStoreOptions, type StartChoice } from '@/player/core/store';

export const TEST_STREAM = 'https://media.test/videos/v/stream.m3u8';

export class FakeMedia extends EventTarget {
  /** Every source the stream controller gave the element, in order. */
  sources: string[] = [];
  dataset: Record<string, string> = {};
  preload = 'none';
  controls = true;
  #src: string | null = null;
  canPlayType(type: string) {
    return type === 'application/vnd.apple.mpegurl' ? 'maybe' : '';
  }
  get src() {
    return this.#src ?? '';
  }
  set src(value: string) {
    this.#src = value;
    this.sources.push(value);
  }
  getAttribute(name: string) {
    return name === 'src' ? this.#src : null;
  }
  removeAttribute(name: string) {
    if (name === 'src') this.#src = null;
  }
  load() {}
  currentTime = 0;
  duration = NaN;
  readyState = 0;
  paused = true;
  volume = 1;
  muted = false;
  playbackRate = 1;
  error: { code: number } | null = null;
  buffered = { length: 0, start: () => 0, end: () => 0 };
  textTracks = [
    { kind: 'captions', mode: 'disabled' },
    { kind: 'chapters', mode: 'hidden' },
  ];
  play() {
    this.paused = false;
    this.fire('play');
    return Promise.resolve();
  }
  pause() {
    if (this.paused) return;
    this.paused = true;
    this.fire('pause');
  }
  fire(type: string) {
    this.dispatchEvent(new Event(type));
  }
  loadMetadata(duration = 300) {
    this.duration = duration;
    this.readyState = 1;
    this.fire('loadedmetadata');
  }
  playTo(seconds: number) {
    this.currentTime = seconds;
    this.fire('timeupdate');
  }
  /** The element's own reset when the player reloads the stream. */
  reload() {
    this.readyState = 0;
    this.error = null;
    this.playTo(0);
  }
  failWith(code: number) {
    this.error = { code };
    this.fire('error');
    this.pause();
  }
}

/** A store for the chapters and duration given, its stream at TEST_STREAM, attached to a fresh FakeMedia. */
export function attachedStore(options: Pick<PlayerStoreOptions, 'chapters' | 'duration'>, start?: StartChoice) {
  const store = createPlayerStore(
    { ...options, streamUrl: TEST_STREAM, loadHls: () => Promise.reject(new Error('hls.js is not used where HLS plays natively')) },
    start,
  );
  const media = new FakeMedia();
  const detach = store.getState().attach(media as unknown as HTMLVideoElement, {} as HTMLElement);
  return { store, media, detach };
}

/** Lets the stream controller's promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
