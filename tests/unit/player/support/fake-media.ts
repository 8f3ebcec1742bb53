// A scripted stand-in for a media element: just enough of HTMLMediaElement for
// the player store, with its events fired by hand as a browser would fire them.
export class FakeMedia extends EventTarget {
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
