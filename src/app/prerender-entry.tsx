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
import { EmbedRoot } from './embed-root';

// The same lazily loaded module the browser's app imports, loaded up front.
primeWatchPage(await import('./pages/watch-page'));

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

/** The markup inside the root of an episode's embed page (the player alone), which its own entry takes over (embed-main.tsx). */
export function renderEmbedPage(episode: Episode): string {
  primeEpisode(episode);
  return renderToString(<EmbedRoot slug={episode.slug} address={new URL(embedPath(episode.slug), 'https://prerender.invalid')} />);
}
