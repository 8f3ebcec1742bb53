// The app itself, loaded by the browser entry (main.tsx): takes over a
// prerendered page (a watch page's markup is already there, its video
// playing from the linked moment) or draws the app into the empty shell.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { matchRoute } from './router';
import { preloadEpisode } from './pages/episode-data';
import { loadWatchPage } from './pages/watch-page-loader';
import { TakenOver } from './taken-over';

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

/** Takes the page in `container` over (or draws it); resolves once the app's effects have run. */
export async function startApp(container: HTMLElement): Promise<void> {
  const prerendered = container.firstElementChild !== null && (await loadPrerenderedPage(window.location.pathname));
  await new Promise<void>((takenOver) => {
    const app = (
      <StrictMode>
        <App />
        <TakenOver then={takenOver} />
      </StrictMode>
    );
    // As a transition, the take-over is rendered a few milliseconds at a time, yielding to the browser between
    // (an urgent render, React's default, is one task: 100 ms and more on a phone, while the page is already
    // drawn and its video may be playing).
    startTransition(() => {
      if (prerendered) hydrateRoot(container, app);
      else createRoot(container).render(app);
    });
  });
}
