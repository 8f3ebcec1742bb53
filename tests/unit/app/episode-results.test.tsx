// @vitest-environment jsdom
// The home page's episode results as a keystroke gets them (useEpisodeResults):
// a query whose files are still to come is searched and then shown; a letter
// that narrows a word whose file and cards are already read is answered in
// the very render that draws the keystroke, with no searching state between.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anEpisode } from '../support/episode';
import { episodeIndexFiles } from '@/build/episode-index';
import type { CatalogFilters } from '@/app/catalog/search';

const episode = (slug: string, title: string) => anEpisode(slug, { title });

const files = new Map(
  episodeIndexFiles([
    { episode: episode('cilium-intro', 'Introduction to Cilium'), technologyNames: [] },
    { episode: episode('cilium-deep', 'Cilium in depth'), technologyNames: [] },
    { episode: episode('circus', 'A circus of clusters'), technologyNames: [] },
  ]).map((file) => [`/${file.path}`, file.content]),
);

// A word sixty episodes hold: more than a screen of cards, in several cards files.
const bulkFiles = new Map(
  episodeIndexFiles(
    Array.from({ length: 60 }, (_, index) => ({ episode: episode(`bulk-${index + 1}`, `Bulk ${index + 1}`), technologyNames: [] })),
  ).map((file) => [`/${file.path}`, file.content]),
);

let served: Map<string, string>;
let fetched: string[];
/** When each file was asked for (performance.now()), by URL. */
let fetchedAt: Map<string, number>;

beforeEach(() => {
  // Each test starts with nothing read: the module keeps what it has read for the page's life.
  vi.resetModules();
  fetched = [];
  fetchedAt = new Map();
  served = files;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    fetchedAt.set(url, performance.now());
    const content = served.get(url);
    return new Response(content ?? 'not found', { status: content === undefined ? 404 : 200 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const filters = (query: string): CatalogFilters => ({ query, show: undefined, technology: undefined });

async function renderResults(query: string) {
  const { useEpisodeResults } = await import('@/app/catalog/episode-search');
  const states: string[] = [];
  const hook = renderHook(
    ({ query: typed }) => {
      const results = useEpisodeResults(filters(typed), true);
      states.push(results.state === 'ready' ? `ready${results.stale ? ' (stale)' : ''}: ${results.episodes.map((e) => e.slug).join(', ')}` : results.state);
      return results;
    },
    { initialProps: { query } },
  );
  return { ...hook, states };
}

describe('episode results as the viewer types', () => {
  it('searches a query whose files are still to come, then shows what it found', async () => {
    const { states } = await renderResults('cil');
    expect(states[0]).toBe('searching');
    await waitFor(() => expect(states.at(-1)).toBe('ready: cilium-intro, cilium-deep'));
    expect(fetched.some((url) => url.includes('/words-'))).toBe(true);
  });

  it('finds nothing for a word whose words file the build did not write (no word starts so), but fails when a host fails to serve one', async () => {
    const { states } = await renderResults('cilium qzx');
    await waitFor(() => expect(states.at(-1)).toBe('ready: '));
    expect(states).not.toContain('failed');
    // A words file the host fails to serve is no answer: the catalog's own search answers.
    vi.stubGlobal('fetch', async () => new Response('busy', { status: 503 }));
    const failing = await renderResults('intro');
    await waitFor(() => expect(failing.states.at(-1)).toBe('failed'));
  });

  it('shows a word’s first letters from their words file alone: it carries the cards of their first results', async () => {
    const { states } = await renderResults('ci');
    await waitFor(() => expect(states.at(-1)).toBe('ready: cilium-intro, cilium-deep, circus'));
    expect(fetched.filter((url) => url.includes('/words-'))).toHaveLength(1);
    expect(fetched.filter((url) => url.includes('/cards-'))).toEqual([]);
  });

  it('answers a letter that narrows a word from what is already read, in the render that draws it', async () => {
    const { states, rerender } = await renderResults('ci');
    await waitFor(() => expect(states.at(-1)).toBe('ready: cilium-intro, cilium-deep, circus'));
    const requests = fetched.length;
    const before = states.length;
    act(() => rerender({ query: 'cil' }));
    // The first render for `cil` already holds its results: neither searching nor the stale ones of `ci`.
    expect(states[before]).toBe('ready: cilium-intro, cilium-deep');
    expect(states.slice(before).every((state) => state === 'ready: cilium-intro, cilium-deep')).toBe(true);
    expect(fetched).toHaveLength(requests);
  });

  it('waits, showing the last results as stale, for a word whose file is not read yet', async () => {
    const { states, rerender } = await renderResults('ci');
    await waitFor(() => expect(states.at(-1)).toBe('ready: cilium-intro, cilium-deep, circus'));
    const before = states.length;
    act(() => rerender({ query: 'ci de' }));
    expect(states[before]).toBe('ready (stale): cilium-intro, cilium-deep, circus');
    await waitFor(() => expect(states.at(-1)).toBe('ready: cilium-deep'));
  });
});

describe('reading the cards beyond the screen', () => {
  const cardsFetched = () => fetched.filter((url) => url.includes('/cards-'));
  const shown = (results: { current: { state: string } }) => {
    const current = results.current as { state: string; episodes?: readonly unknown[] };
    return current.state === 'ready' ? current.episodes!.length : 0;
  };

  it('waits until typing has paused: the next letter’s files go first', async () => {
    served = bulkFiles;
    const { result, rerender } = await renderResults('bul');
    const { READ_AHEAD_AFTER_TYPING_MS } = await import('@/app/catalog/episode-search');
    // The words file carries the first screen's cards.
    await waitFor(() => expect(shown(result)).toBe(24));
    expect(cardsFetched()).toEqual([]);

    const typedAt = performance.now();
    act(() => rerender({ query: 'bulk' }));
    expect(shown(result)).toBe(24);
    // The grid, drawn with the last cards read near the screen's bottom, asks for more.
    act(() => (result.current as { readMore(): void }).readMore());
    await waitFor(() => expect(shown(result)).toBe(48), { timeout: 3000 });
    const [first] = cardsFetched();
    expect(fetchedAt.get(first!)! - typedAt).toBeGreaterThanOrEqual(READ_AHEAD_AFTER_TYPING_MS);
  });

  it('reads at once the cards a screen lacks (it shows more of them than the last one did)', async () => {
    served = bulkFiles;
    const { rememberCardsOnScreen, READ_AHEAD_AFTER_TYPING_MS } = await import('@/app/catalog/episode-search');
    rememberCardsOnScreen(4);
    const typedAt = performance.now();
    const { result } = await renderResults('bulk');
    await waitFor(() => expect(shown(result)).toBe(4));

    // The grid says this screen holds two dozen cards, and asks for more.
    rememberCardsOnScreen(24);
    act(() => (result.current as { readMore(): void }).readMore());
    await waitFor(() => expect(shown(result)).toBe(28));
    // Past the carried two dozen: a cards file, asked for without waiting for typing to pause.
    const [first] = cardsFetched();
    expect(fetchedAt.get(first!)! - typedAt).toBeLessThan(READ_AHEAD_AFTER_TYPING_MS);
  });

  it('counts every card a large screen holds, beyond a read’s worth, as lacking', async () => {
    served = bulkFiles;
    const { rememberCardsOnScreen, READ_AHEAD_AFTER_TYPING_MS } = await import('@/app/catalog/episode-search');
    const typedAt = performance.now();
    const { result } = await renderResults('bulk');
    await waitFor(() => expect(shown(result)).toBe(24));

    // Thirty cards fill this screen: six are still missing, and the viewer is waiting for them.
    rememberCardsOnScreen(30);
    act(() => (result.current as { readMore(): void }).readMore());
    await waitFor(() => expect(shown(result)).toBe(48));
    const [first] = cardsFetched();
    expect(fetchedAt.get(first!)! - typedAt).toBeLessThan(READ_AHEAD_AFTER_TYPING_MS);
  });
});
