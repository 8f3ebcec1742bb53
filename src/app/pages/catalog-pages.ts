// The catalog's pages in one chunk, loaded when one is first shown (catalog-page-loaders.tsx).
export { HomePage } from './home-page';
export { ShowPage, TechnologyPage } from './collection-pages';
export { ShowsPage, TechnologiesPage } from './index-pages';
