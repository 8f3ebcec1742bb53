// The moment search on the home page: the site's search index
// (site-search.ts), asked for moments as the viewer types. Where the index is
// unavailable, moments are quietly not offered and the episode results work
// as ever.
import { useEffect, useState } from 'react';
import { momentsOf, type Moment } from './moments';
import { loadSiteSearch, useSiteSearch, type PagefindClient } from './site-search';

/**
 * How many results are read for moments. Each is a request for a record's
 * fragment, and reading one costs time in proportion to its words times its
 * matching parts (Pagefind makes an excerpt for each): records are an
 * episode's own text or a quarter of an hour of its transcript
 * (search-index.ts), and six give the list its twelve moments, or near it.
 */
const RESULTS_READ = 6;
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
/** Moments in a client's results for a query; undefined when `stillWanted` says, before the costly part, that the viewer typed on. */
async function searchMoments(client: PagefindClient, query: string, stillWanted: () => boolean): Promise<Moment[] | undefined> {
  const found = await client.search(query);
  if (!found) return [];
  if (!stillWanted()) return undefined;
  const data = await Promise.all(found.results.slice(0, RESULTS_READ).map((result) => result.data()));
  return momentsOf(data);
}

/** The search running now, or done: the next waits for it. */
let lastInTurn: Promise<unknown> = Promise.resolve();

/**
 * Searches one query at a time, at once when none is running. A viewer who
 * types on while one runs makes the queries typed meanwhile stale: when their
 * turn comes they are skipped, and only the query as it stands is searched.
 * So a keystroke after a pause is answered with no wait, and fast typing
 * never queues work nobody will see.
 */
function searchInTurn(client: PagefindClient, query: string, stillWanted: () => boolean) {
  const turn = lastInTurn.then(() => (stillWanted() ? searchMoments(client, query, stillWanted) : undefined));
  lastInTurn = turn.catch(() => undefined);
  return turn;
}

export type MomentsState =
  | { state: 'none' }
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  | { state: 'searching'; query: string; moments?: Moment[] }
  | { state: 'found'; query: string; moments: Moment[] };

/**
 * The moments matching a query, searched as the viewer types (one search at
 * a time, the latest query next); the last ones found stay shown while the
 * next search runs. While `waiting` (the episode results for the query are
 * not on screen yet), the search waits: the moments come second. A query that
 * fails (a fragment that does not load) is ignored quietly: the moments
 * already shown stay.
 */
export function useMoments(query: string, { waiting = false } = {}): MomentsState {
  const search = useSiteSearch();
  const typed = query.trim();
  const wanted = momentQuery(query);
  const [found, setFound] = useState<{ query: string; moments: Moment[] } | undefined>();

  // The client loads from the first letter, so it is ready by the third.
  const typing = typed !== '';
  useEffect(() => {
    if (typing) loadSiteSearch();
  }, [typing]);

  // Two characters into a word, the index chunks its third will need start loading: by then the search only reads them.
  const starting = wordAboutToCount(query);
  useEffect(() => {
    if (search.state === 'ready' && starting !== '') search.client.preload(starting).catch(() => undefined);
  }, [search, starting]);

  // A keystroke that changes no word of three characters (a space, a word's first letters) keeps the moments found.
  const foundQuery = found?.query;
  useEffect(() => {
    if (search.state !== 'ready' || wanted === '' || waiting || foundQuery === wanted) return;
    let cancelled = false;
    searchInTurn(search.client, wanted, () => !cancelled).then(
      (moments) => {
        if (!cancelled && moments) setFound({ query: wanted, moments });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [search, wanted, waiting, foundQuery]);

  if (wanted === '') return { state: 'none' };
  if (search.state === 'unavailable') return { state: 'unavailable', reason: search.reason };
  if (found?.query === wanted) return { state: 'found', ...found };
  return { state: 'searching', query: wanted, moments: found?.moments };
}
