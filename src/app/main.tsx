// The browser entry: takes over a prerendered page (a watch page's markup is
// already there, its video loading) or draws the app into the empty shell.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { matchRoute } from './router';
import { preloadEpisode } from './pages/episode-data';
import { loadWatchPage } from './pages/watch-page-loader';
import { untilFirstFrame } from './first-frame';
import { TakenOver } from './taken-over';
import './app.css';

/**
 * Loads what a prerendered page was rendered with, so that the first render
 * here is the same markup and React takes it over rather than replacing it.
 * False when the page cannot be taken over (its code or data will not load).
 */
async function loadPrerenderedPage(pathname: string): Promise<boolean> {
  const route = matchRoute(pathname);
  if (route.page !== 'watch') return false;
  try {
    const [, episode] = await Promise.all([loadWatchPage(), preloadEpisode(route.slug)]);
    return episode !== undefined;
  } catch {
    return false;
  }
}

const container = document.getElementById('root')!;
// A prerendered page's code loads while its video does; the page is taken over once the first frame is up.
const prerendered = container.firstElementChild !== null && (await Promise.all([loadPrerenderedPage(window.location.pathname), untilFirstFrame()]))[0];
await new Promise<void>((takenOver) => {
  const app = (
    <StrictMode>
      <App />
      <TakenOver then={takenOver} />
    </StrictMode>
  );
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
// What the viewer did to the prerendered page meanwhile (noted by its early script), answered now.
window.earlyInteractions?.replay();
