// The not-found pages (the site's, and the embed's), loaded when first shown (see lazy-page.tsx). Every page
// that can find nothing names it, so its code would otherwise sit in the
// chunk they share, which a shared watch page downloads to open: that page
// finds its episode, and its JavaScript has a budget (product.md, What loads when).
import { lazyPage } from './lazy-page';
import { Loading } from './loading';

export const LazyNotFoundPage = lazyPage(() => import('./not-found-page'), (module) => module.NotFoundPage, {
  what: 'this page',
  fallback: <Loading>Loading…</Loading>,
}).Page;

/** The embed's not-found page, which the app shows for an address the build made no embed page for: as rarely wanted, and loaded alike. */
export const LazyEmbedNotFound = lazyPage(() => import('./embed-not-found'), (module) => module.EmbedNotFound, {
  what: 'this page',
  fallback: <Loading>Loading…</Loading>,
}).Page;
