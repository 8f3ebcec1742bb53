// The catalog's pages (home, the shows and technologies indexes, a show's or
// a technology's episodes), loaded apart (see lazy-page.tsx): a viewer opening
// a shared watch page does not download them. They share one chunk, as they
// share most of their code (the grid, the cards, the catalog's data).
import type { ComponentType } from 'react';
import { lazyPage } from './lazy-page';
import { Loading } from './loading';

type CatalogPages = typeof import('./catalog-pages');

const importCatalogPages = () => import('./catalog-pages');

function catalogPage<P extends object>(pageOf: (module: CatalogPages) => ComponentType<P>) {
  return lazyPage(importCatalogPages, pageOf, { what: 'the episodes', fallback: <Loading>Loading episodes…</Loading> }).Page;
}

export const LazyHomePage = catalogPage((pages) => pages.HomePage);
export const LazyShowPage = catalogPage((pages) => pages.ShowPage);
export const LazyTechnologyPage = catalogPage((pages) => pages.TechnologyPage);
export const LazyShowsPage = catalogPage((pages) => pages.ShowsPage);
export const LazyTechnologiesPage = catalogPage((pages) => pages.TechnologiesPage);
