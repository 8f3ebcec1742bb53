// Shows and technologies as people read them: by name, or by id when they
// have no file of their own (contract §1).
import { shows } from 'virtual:content/shows';
import { technologies } from 'virtual:content/technologies';
import type { Show, Technology } from '@/content/schema';
import type { Names } from './search';

// Own properties only: `/shows/constructor` must not find Object's.
export const findShow = (id: string): Show | undefined => (Object.hasOwn(shows, id) ? shows[id] : undefined);
export const findTechnology = (id: string): Technology | undefined =>
  Object.hasOwn(technologies, id) ? technologies[id] : undefined;

export const names: Names = {
  show: (id) => findShow(id)?.name ?? id,
  technology: (id) => findTechnology(id)?.name ?? id,
};

export const showHref = (id: string) => `/shows/${encodeURIComponent(id)}`;
export const technologyHref = (id: string) => `/technologies/${encodeURIComponent(id)}`;
export const watchHref = (slug: string) => `/watch/${encodeURIComponent(slug)}`;
