// The embed page's code, loaded apart (see lazy-page.tsx): the player and the
// player.js bridge, and nothing of the catalog. A prerendered embed page
// preloads this chunk.
import { lazyPage } from './lazy-page';
import { LoadingEpisode } from './loading';

const embedPage = lazyPage(
  () => import('./embed-page'),
  (module) => module.EmbedPage,
  { what: 'the player', fallback: <LoadingEpisode /> },
);

export const LazyEmbedPage = embedPage.Page;
export const loadEmbedPage = embedPage.load;
export const primeEmbedPage = embedPage.prime;
