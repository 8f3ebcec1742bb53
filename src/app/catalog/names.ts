// Shows and technologies as people read them: by name, or by id when they
// have no file of their own (product.md, Content). Names only: descriptions load
// where a page shows them (useShow, useTechnology in catalog-data.ts).
import { showNames, technologyNames } from 'virtual:content/names';
import type { Names } from './search';

// Own properties only: `/shows/constructor` must not find Object's.
const nameIn = (named: Readonly<Record<string, string>>, id: string) => (Object.hasOwn(named, id) ? named[id] : undefined);

export const hasShowFile = (id: string) => nameIn(showNames, id) !== undefined;
export const hasTechnologyFile = (id: string) => nameIn(technologyNames, id) !== undefined;

export const names: Names = {
  show: (id) => nameIn(showNames, id) ?? id,
  technology: (id) => nameIn(technologyNames, id) ?? id,
};

export { showPath as showHref, technologyPath as technologyHref, watchPath as watchHref } from '@/content/site';
