// The moment search's worker logic, driven with a stand-in for Pagefind's
// client: one search at a time, the latest query next, the queries typed in
// between never searched, and only what is needed read.
import { describe, expect, it } from 'vitest';
import { createMomentFinder, RESULTS_READ, RESULTS_READ_AHEAD, type MomentReply, type PagefindClient } from '@/app/catalog/moment-finder';
import type { PagefindResultData } from '@/app/catalog/moments';

/** A record of one episode with one transcript paragraph matching `word`, at `second`. */
const record = (slug: string, word: string, second: number): PagefindResultData => ({
  meta: { slug, title: `Episode ${slug}` },
  sub_results: [{ excerpt: `said <mark>${word}</mark> here`, anchor: { element: 'h3', id: `t-${second}` } }],
});

/** A client whose searches finish only when the test says, and which counts the records read. */
function standInClient() {
  const searched: string[] = [];
  const finish = new Map<string, () => void>();
  let read = 0;
  const client: PagefindClient = {
    preload: () => Promise.resolve(),
    search(term) {
      searched.push(term);
      return new Promise((resolve) =>
        finish.set(term, () =>
          resolve({
            results: Array.from({ length: 20 }, (_, index) => ({
              data: async () => {
                read++;
                return record(`episode-${index}`, term, index * 60);
              },
            })),
          }),
        ),
      );
    },
  };
  return { client, searched, finish: (term: string) => finish.get(term)!(), read: () => read };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the moment finder', () => {
  it('answers a query with its moments from the first results, then reads the next few ahead', async () => {
    const { client, finish, read } = standInClient();
    const replies: MomentReply[] = [];
    let readWhenAnswered = 0;
    const finder = createMomentFinder(client, (reply) => {
      replies.push(reply);
      readWhenAnswered = read();
    });
    finder.search(1, 'melange');
    finish('melange');
    await settle();
    expect(readWhenAnswered).toBe(RESULTS_READ);
    expect(read()).toBe(RESULTS_READ + RESULTS_READ_AHEAD);
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply?.type).toBe('moments');
    if (reply?.type !== 'moments') return;
    expect(reply.id).toBe(1);
    expect(reply.moments[0]).toMatchObject({ slug: 'episode-0', second: 0, kind: 'transcript', excerpt: [{ text: 'said ' }, { text: 'melange', marked: true }, { text: ' here' }] });
  });

  it('searches one query at a time: the ones typed meanwhile are skipped, the latest is searched next', async () => {
    const { client, searched, finish, read } = standInClient();
    const replies: MomentReply[] = [];
    const finder = createMomentFinder(client, (reply) => replies.push(reply));
    finder.search(1, 'mel');
    finder.search(2, 'mela');
    finder.search(3, 'melan');
    // `mela` never got its turn.
    expect(replies).toEqual([{ type: 'skipped', id: 2 }]);
    finish('mel');
    await settle();
    // `mel` was overtaken while it ran: its records are not read, and it is answered as skipped.
    expect(replies).toContainEqual({ type: 'skipped', id: 1 });
    expect(read()).toBe(0);
    expect(searched).toEqual(['mel', 'melan']);
    finish('melan');
    await settle();
    expect(replies.at(-1)).toMatchObject({ type: 'moments', id: 3 });
    // Only the query searched had its records read, and read ahead.
    expect(read()).toBe(RESULTS_READ + RESULTS_READ_AHEAD);
    expect(searched).toEqual(['mel', 'melan']);
  });

  it('answers a query the index fails on as failed, and searches the next one', async () => {
    const replies: MomentReply[] = [];
    let calls = 0;
    const client: PagefindClient = {
      preload: () => Promise.resolve(),
      search: async (term) => {
        calls++;
        if (calls === 1) throw new Error('chunk did not load');
        return { results: [{ data: async () => record('apko', term, 42) }] };
      },
    };
    const finder = createMomentFinder(client, (reply) => replies.push(reply));
    finder.search(1, 'apko');
    await settle();
    finder.search(2, 'apko');
    await settle();
    expect(replies[0]).toEqual({ type: 'failed', id: 1 });
    expect(replies[1]).toMatchObject({ type: 'moments', id: 2, moments: [{ slug: 'apko', second: 42 }] });
  });

  it('answers a query with no results with no moments', async () => {
    const replies: MomentReply[] = [];
    const client: PagefindClient = { preload: () => Promise.resolve(), search: async () => ({ results: [] }) };
    createMomentFinder(client, (reply) => replies.push(reply)).search(7, 'zzzz');
    await settle();
    expect(replies).toEqual([{ type: 'moments', id: 7, moments: [] }]);
  });

  it('answers a query asked again (a letter deleted) at once, without searching it again', async () => {
    const { client, searched, finish } = standInClient();
    const replies: MomentReply[] = [];
    const finder = createMomentFinder(client, (reply) => replies.push(reply));
    finder.search(1, 'melange');
    finish('melange');
    await settle();
    finder.search(2, 'melanges');
    finder.search(3, 'melange');
    // `melange` is known: answered at once, while `melanges` is still being searched.
    const first = replies[0] as Extract<MomentReply, { type: 'moments' }>;
    expect(replies.slice(1)).toEqual([{ type: 'moments', id: 3, moments: first.moments }]);
    finish('melanges');
    await settle();
    // `melanges` was overtaken while it ran: skipped, its records unread.
    expect(replies.slice(2)).toEqual([{ type: 'skipped', id: 2 }]);
    expect(searched).toEqual(['melange', 'melanges']);
  });

  it('readies the index for a word one letter short: its chunks, then one search of it, answered to nobody', async () => {
    const { client, searched, finish } = standInClient();
    const preloaded: string[] = [];
    client.preload = async (word) => void preloaded.push(word);
    const replies: MomentReply[] = [];
    const finder = createMomentFinder(client, (reply) => replies.push(reply));
    finder.preload('ku');
    await settle();
    expect(preloaded).toEqual(['ku']);
    expect(searched).toEqual(['ku']);
    // The viewer types the third letter while the warm-up search runs: theirs waits for it, then runs.
    finder.search(1, 'kub');
    expect(searched).toEqual(['ku']);
    finish('ku');
    await settle();
    expect(searched).toEqual(['ku', 'kub']);
    finish('kub');
    await settle();
    expect(replies).toEqual([expect.objectContaining({ type: 'moments', id: 1 })]);
  });

  it('reads the records of the word\'s best results while readying the index, unless the viewer searched meanwhile', async () => {
    const ready = standInClient();
    createMomentFinder(ready.client, () => undefined).preload('cl');
    await settle();
    ready.finish('cl');
    await settle();
    expect(ready.read()).toBe(RESULTS_READ + RESULTS_READ_AHEAD);

    const overtaken = standInClient();
    const finder = createMomentFinder(overtaken.client, () => undefined);
    finder.preload('cl');
    await settle();
    finder.search(1, 'clu');
    overtaken.finish('cl');
    await settle();
    // Only the viewer's query's records: the warm-up's were not read.
    expect(overtaken.searched).toEqual(['cl', 'clu']);
    expect(overtaken.read()).toBe(0);
  });

  it('does not ready the index while a search is asked or running: the viewer\'s searches come first', async () => {
    const { client, searched, finish } = standInClient();
    const finder = createMomentFinder(client, () => undefined);
    finder.search(1, 'signature');
    finder.preload('wo');
    await settle();
    expect(searched).toEqual(['signature']);
    finish('signature');
    await settle();
    expect(searched).toEqual(['signature']);
  });
});
