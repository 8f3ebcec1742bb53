// The moment search on the home page: the site's search index
// (site-search.ts), asked for moments as the viewer types. Where the index is
// unavailable, moments are quietly not offered and the episode results work
// as ever.
import { useEffect, useState } from 'react';
import type { Moment } from './moments';
import { loadSiteSearch, useSiteSearch } from './site-search';

/** A word counts for moments from this many characters on: a letter or two matches nearly every paragraph, and says nothing yet. */
export const MOMENT_QUERY_MIN_LENGTH = 3;

const wordsOf = (typed: string) => typed.split(/\s+/).filter(Boolean);

/**
 * What moments are searched for: the typed words of three characters or more
 * (`signature w` is searched as `signature` until the `w` grows into a word:
 * a letter would match every word that starts with it, across every hour of
 * speech, and change nothing a viewer would read).
 */
export const momentQuery = (typed: string) => wordsOf(typed).filter((word) => [...word].length >= MOMENT_QUERY_MIN_LENGTH).join(' ');

/** The word being typed when it is one character short of counting: the index chunks it will need can load meanwhile. */
export function wordAboutToCount(typed: string): string {
  const last = /\s$/.test(typed) ? undefined : wordsOf(typed).at(-1);
  return last !== undefined && [...last].length === MOMENT_QUERY_MIN_LENGTH - 1 ? last : '';
}
export type MomentsState =
  | { state: 'none' }
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  | { state: 'searching'; query: string; moments?: Moment[] }
  | { state: 'found'; query: string; moments: Moment[] };

/**
 * The moments matching a query, searched as the viewer types (in the moment
 * search's worker: one search at a time, the latest query next); the last
 * ones found stay shown while the next search runs. While `waiting` (the
 * episode results for the query are not on screen yet), the moments found
 * wait to be shown: they come second. The search itself does not wait: it
 * runs off the page, beside the episode results' own. A query that fails (a
 * fragment that does not load) is ignored quietly: the moments already
 * shown stay.
 */
export function useMoments(query: string, { waiting = false } = {}): MomentsState {
  const search = useSiteSearch();
  const typed = query.trim();
  const wanted = momentQuery(query);
  // The moments found last, and the ones found before them: still shown while the new ones wait for the episode results.
  const [found, setFound] = useState<{ query: string; moments: Moment[]; before: Moment[] | undefined } | undefined>();

  // The client loads from the first letter, so it is ready by the third.
  const typing = typed !== '';
  useEffect(() => {
    if (typing) loadSiteSearch();
  }, [typing]);

  // Two characters into a word, the index is readied for its third (moment-finder.ts, preload): by then the search only reads it.
  const starting = wordAboutToCount(query);
  useEffect(() => {
    if (search.state === 'ready' && starting !== '') search.client.preload(starting);
  }, [search, starting]);

  // A keystroke that changes no word of three characters (a space, a word's first letters) keeps the moments found.
  const foundQuery = found?.query;
  useEffect(() => {
    if (search.state !== 'ready' || wanted === '' || foundQuery === wanted) return;
    let cancelled = false;
    search.client.search(wanted).then(
      (moments) => {
        if (!cancelled && moments) setFound((last) => ({ query: wanted, moments, before: last?.moments }));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [search, wanted, foundQuery]);

  if (wanted === '') return { state: 'none' };
  if (search.state === 'unavailable') return { state: 'unavailable', reason: search.reason };
  if (found?.query === wanted) {
    return waiting ? { state: 'searching', query: wanted, moments: found.before } : { state: 'found', query: wanted, moments: found.moments };
  }
  return { state: 'searching', query: wanted, moments: found?.moments };
}
