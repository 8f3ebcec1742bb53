// The browser entry, kept tiny: on a prerendered watch page whose video is
// already loading (the early script started it), the app's code waits to run
// until that video shows its first frame, so that the linked moment reaches
// the screen as fast as a page with a bare <video> would. The app's code
// downloads meanwhile (the page preloads it); then it starts and takes over.
import './app.css';

/** Never wait longer than this for the video: a slow network must not hold the page's controls back for long. */
const LONGEST_WAIT_MS = 1500;

/** Resolves once the prerendered video has shown its first frame, failed, or kept the app waiting long enough. */
function firstFrameOfLoadingVideo(): Promise<void> {
  // The early script marks the video it started; elsewhere there is nothing to wait for.
  const video = document.querySelector<HTMLVideoElement>('#root video[data-engine]');
  if (!video || video.readyState >= 2 || video.error) return Promise.resolve();
  return new Promise((resolve) => {
    const events: Array<[string, () => void]> = [];
    const done = () => {
      window.clearTimeout(timer);
      for (const [type, listener] of events) video.removeEventListener(type, listener);
      resolve();
    };
    const timer = window.setTimeout(done, LONGEST_WAIT_MS);
    const on = (type: string, listener: () => void) => {
      events.push([type, listener]);
      video.addEventListener(type, listener);
    };
    // A frame callback asked for once the metadata is in fires when the first frame is presented.
    const askForFrame = () => video.requestVideoFrameCallback?.(() => done());
    if (video.readyState >= 1) askForFrame();
    else on('loadedmetadata', askForFrame);
    // Where frame callbacks do not come (a hidden tab), the first frame's data will do.
    on('loadeddata', () => window.setTimeout(done, 50));
    on('error', done);
  });
}

await firstFrameOfLoadingVideo();
const { startApp } = await import('./start-app');
await startApp();
