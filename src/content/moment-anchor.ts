// How the search index names a moment: the id of the heading where a chapter
// or a stretch of transcript starts carries its second (`t-2807`). The build
// writes these ids (src/build/search-index.ts); the home page reads a hit's
// id back into the second its link starts at (src/app/catalog/moments.ts).

const PREFIX = 't-';

/** `t-2807` for a moment at 2807.4 s: whole seconds, as `?t=` links use. */
export const momentAnchorId = (second: number) => `${PREFIX}${Math.max(0, Math.floor(second))}`;

/** The second an anchor id names, or undefined for anything else (a hostile or foreign id is no moment). */
export function secondOfAnchor(id: string | undefined): number | undefined {
  if (id === undefined || !id.startsWith(PREFIX)) return undefined;
  const digits = id.slice(PREFIX.length);
  if (!/^\d{1,7}$/.test(digits)) return undefined;
  return Number(digits);
}
