// The build's server entry: a watch page rendered from the same components the
// browser takes over (src/app/main.tsx hydrates this markup), so a shared link
// shows the page, and starts its video, before any of the app's code has run.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { Episode } from '@/content/schema';
import { embedPath, watchPath } from '@/content/site';
import { App } from './app';
import { renderingAt } from './router';
import { primeEpisode } from './pages/episode-data';
import { primeWatchPage } from './pages/watch-page-loader';
import { primeEmbedPage } from './pages/embed-page-loader';

// The same lazily loaded module the browser's app imports, loaded up front.
primeWatchPage(await import('./pages/watch-page'));
primeEmbedPage(await import('./pages/embed-page'));

/** The markup inside the app's root for an episode's watch page. */
export function renderWatchPage(episode: Episode): string {
  primeEpisode(episode);
  // Any origin: the markup holds site-relative links only.
  renderingAt(new URL(watchPath(episode.slug), 'https://prerender.invalid'));
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** The markup inside the app's root for an episode's embed page (the player alone). */
export function renderEmbedPage(episode: Episode): string {
  primeEpisode(episode);
  renderingAt(new URL(embedPath(episode.slug), 'https://prerender.invalid'));
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
