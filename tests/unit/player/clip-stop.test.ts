// The clip's pause at its end (product.md, Clips), on a media clock driven by fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchClipEnd } from '@/player/core/clip-stop';

/** A media element whose position moves with the (fake) clock while it plays, and which fires the events a browser would. */
class PlayingMedia extends EventTarget {
  paused = true;
  seeking = false;
  #rate = 1;
  #at = 0;
  #since = 0;
  pauses: number[] = [];
  get currentTime() {
    return this.paused ? this.#at : this.#at + ((Date.now() - this.#since) / 1000) * this.#rate;
  }
  set currentTime(seconds: number) {
    this.seeking = true;
    this.fire('seeking');
    this.#at = seconds;
    this.#since = Date.now();
    this.seeking = false;
    this.fire('seeked');
  }
  get playbackRate() {
    return this.#rate;
  }
  set playbackRate(rate: number) {
    this.#at = this.currentTime;
    this.#since = Date.now();
    this.#rate = rate;
    this.fire('ratechange');
  }
  play() {
    this.#since = Date.now();
    this.paused = false;
    this.fire('play');
    this.fire('playing');
  }
  pause() {
    this.#at = this.currentTime;
    this.paused = true;
    this.pauses.push(this.#at);
    this.fire('pause');
  }
  fire(type: string) {
    this.dispatchEvent(new Event(type));
  }
}

let media: PlayingMedia;
beforeEach(() => {
  vi.useFakeTimers();
  media = new PlayingMedia();
});
afterEach(() => vi.useRealTimers());

const watch = (end: number | undefined) => watchClipEnd(media as unknown as HTMLMediaElement, () => end);

describe('watchClipEnd', () => {
  it('pauses at the end, to the millisecond, and lets playback carry on after', () => {
    media.currentTime = 10;
    watch(14);
    media.play();
    vi.advanceTimersByTime(3990);
    expect(media.paused).toBe(false);
    vi.advanceTimersByTime(20);
    expect(media.pauses).toHaveLength(1);
    expect(Math.abs(media.pauses[0]! - 14)).toBeLessThan(0.03);

    media.play();
    vi.advanceTimersByTime(5000);
    expect(media.paused).toBe(false);
    expect(media.pauses).toHaveLength(1);
  });

  it('follows the speed: twice as fast, there in half the time', () => {
    media.currentTime = 10;
    watch(14);
    media.play();
    vi.advanceTimersByTime(1000);
    media.playbackRate = 2;
    vi.advanceTimersByTime(1500);
    expect(media.paused).toBe(true);
    expect(Math.abs(media.pauses[0]! - 14)).toBeLessThan(0.03);
  });

  it('follows a seek back: the end is still ahead', () => {
    media.currentTime = 10;
    watch(14);
    media.play();
    vi.advanceTimersByTime(3000);
    media.currentTime = 5;
    vi.advanceTimersByTime(3000);
    expect(media.paused).toBe(false);
    vi.advanceTimersByTime(6100);
    expect(media.pauses).toHaveLength(1);
    expect(Math.abs(media.pauses[0]! - 14)).toBeLessThan(0.03);
  });

  it('does not stop a viewer who seeks past the end', () => {
    media.currentTime = 10;
    watch(14);
    media.play();
    media.currentTime = 30;
    vi.advanceTimersByTime(10_000);
    expect(media.pauses).toEqual([]);
  });

  it('keeps no timer while paused, and none once stopped watching', () => {
    media.currentTime = 10;
    const stop = watch(14);
    expect(vi.getTimerCount()).toBe(0);
    media.play();
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(media.pauses).toEqual([]);
  });

  it('stops nothing when the clip has gone', () => {
    media.currentTime = 10;
    watch(undefined);
    media.play();
    vi.advanceTimersByTime(10_000);
    expect(media.pauses).toEqual([]);
  });
});
