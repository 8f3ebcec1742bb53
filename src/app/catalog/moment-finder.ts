// What the moment search's worker (moment-search-worker.ts) does with the
// queries the home page sends it: asks Pagefind's client and hands back only
// the moments found, a dozen small objects. Plain TypeScript, no DOM: a unit
// test drives it with a stand-in client.
//
// Why a worker of our own around Pagefind (product.md, Search finds moments):
// Pagefind's client, run on the page, passes every result of a search (thousands
// for a common word across an hour of speech per episode) from its own worker
// to the page, and later one message per result back to release it; at 10,000
// records a keystroke's search made the page busy for a quarter of a second and
// more. Here its results never leave the worker.
import { momentsOf, type Moment, type PagefindResultData } from './moments';

/** One result of a search, before its record is read. */
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

/** The parts of Pagefind's client the moment search uses. */
export interface PagefindClient {
  /** Fetches the index chunks a term's words need, without searching. */
  preload(term: string): Promise<unknown>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * How many results are read for moments. Each is a record's fragment to read,
 * and reading one costs time in proportion to its words times its matching
 * parts (Pagefind makes an excerpt for each): records are an episode's own
 * text or a quarter of an hour of its transcript (search-index.ts), and six
 * give the list its twelve moments, or near it.
 */
export const RESULTS_READ = 6;

/**
 * How many results after those read are read ahead, once a query is
 * answered: the next keystroke narrows the query, and its first results are
 * mostly among these, so their records are already at hand, or on their
 * way (Pagefind keeps each record it has read, and reads one once).
 */
export const RESULTS_READ_AHEAD = 6;

/** How many queries' moments are kept, to answer a query asked again at once. */
const QUERIES_REMEMBERED = 50;

/** What the page asks the worker. */
export type MomentRequest = { type: 'search'; id: number; query: string } | { type: 'preload'; word: string };

/** What the worker answers: once it can search (or cannot), then one answer per query it searched. */
export type MomentReply =
  | { type: 'ready' }
  | { type: 'unavailable' }
  | { type: 'moments'; id: number; moments: Moment[] }
  /** A later query overtook this one: nobody will see its moments. */
  | { type: 'skipped'; id: number }
  /** The index could not answer (a record that did not load). */
  | { type: 'failed'; id: number };

/**
 * Searches one query at a time, the latest asked next: a query asked while
 * one runs waits for it, and is dropped when another is asked before its
 * turn (the viewer typed on). A query that a later one overtakes while its
 * search runs is not read further (its records are what costs). Every query
 * asked gets one answer: its moments, or that it was skipped or failed.
 */
export function createMomentFinder(client: PagefindClient, answer: (reply: MomentReply) => void) {
  let next: { id: number; query: string } | undefined;
  let running = false;
  /** The query asked last: a search overtaken by it reads no records. */
  let latest = 0;
  // The moments of the queries lately answered: a viewer who deletes a letter asks one again, and it is answered at once.
  const answered = new Map<string, Moment[]>();
  const remember = (query: string, moments: Moment[]) => {
    answered.delete(query);
    answered.set(query, moments);
    if (answered.size > QUERIES_REMEMBERED) answered.delete(answered.keys().next().value!);
  };

  async function find(id: number, query: string): Promise<{ moments: Moment[]; later: PagefindResult[] } | undefined> {
    const found = await client.search(query);
    if (!found) return { moments: [], later: [] };
    if (latest !== id) return undefined;
    const data = await Promise.all(found.results.slice(0, RESULTS_READ).map((result) => result.data()));
    return { moments: momentsOf(data), later: found.results.slice(RESULTS_READ, RESULTS_READ + RESULTS_READ_AHEAD) };
  }

  /** Reads these results' records ahead, all at once (their fetches overlap), unless another query was asked since. */
  function readAhead(id: number, results: readonly PagefindResult[]) {
    if (latest !== id) return;
    for (const result of results) result.data().catch(() => undefined);
  }

  async function run() {
    running = true;
    while (next) {
      const { id, query } = next;
      next = undefined;
      try {
        const found = await find(id, query);
        if (found) remember(query, found.moments);
        answer(found ? { type: 'moments', id, moments: found.moments } : { type: 'skipped', id });
        if (found) readAhead(id, found.later);
      } catch {
        answer({ type: 'failed', id });
      }
    }
    running = false;
  }

  return {
    search(id: number, query: string) {
      // The query waiting for its turn is overtaken: it is answered now.
      if (next) answer({ type: 'skipped', id: next.id });
      next = undefined;
      latest = id;
      const known = answered.get(query);
      if (known) {
        remember(query, known);
        answer({ type: 'moments', id, moments: known });
        return;
      }
      next = { id, query };
      if (!running) void run();
    },
    /**
     * Readies the index for a word one letter short of being searched: its
     * chunks fetched, then the word itself searched, unanswered, and its best
     * results' records read. Pagefind's first search among a chunk's words
     * costs two to three times a later one's (at 1,000 hour-long episodes,
     * 80–190 ms against 30–80), and the word's next letter, its first moment
     * search, is a later one; its first results are often among these (where
     * one common word leads the prefix: `ku`, then `kub`, are Kubernetes).
     * Only when no search is asked or running: the viewer's own searches come
     * first, and one asked meanwhile waits for this one to end (one search at
     * a time).
     */
    preload(word: string) {
      client
        .preload(word)
        .then(async () => {
          if (running || next) return;
          running = true;
          try {
            const found = await client.search(word);
            if (found && !next) for (const result of found.results.slice(0, RESULTS_READ + RESULTS_READ_AHEAD)) result.data().catch(() => undefined);
          } finally {
            running = false;
            if (next) void run();
          }
        })
        .catch(() => undefined);
    },
  };
}
