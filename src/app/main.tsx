// The browser entry, and all that runs before a prerendered watch page's
// first frame: the app (app-start.tsx, with React and the page's code) is
// loaded and run only once that frame is up (first-frame.ts). Its chunks
// downloading beside the media's, and evaluating them (50 ms of the main
// thread or more), delayed the frame, and the page has nothing to add
// meanwhile: it is already drawn, and what the viewer does to it is answered
// once it is taken over (early-interactions.ts). A page without a video
// (the home page's shell) loads the app at once.
import { untilFirstFrame, videoLeftToHls } from './first-frame';
import './app.css';
// The site has one stylesheet (vite.config.ts), linked from the page or written into it (a watch page):
// the app, loaded without Vite's helper, brings none of its own (src/build/plain-dynamic-imports.ts
// refuses a build where it would).
import './pages/embed-page.css';

const container = document.getElementById('root')!;
// Playing through hls.js (no early start): it downloads beside the app's code, not after it (first-frame.ts).
if (videoLeftToHls()) import('hls.js/light').catch(() => undefined);
await untilFirstFrame();
const { startApp } = await import('./app-start');
await startApp(container);
// What the viewer did to the prerendered page meanwhile (noted by its early script), answered now.
window.earlyInteractions?.replay();
// The page is the app's now (its take-over renders a little at a time, app-start.tsx): said on <html> for
// whatever waits on it, as the tests do before acting on the page.
document.documentElement.setAttribute('data-taken-over', '');
