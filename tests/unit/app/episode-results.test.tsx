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

let fetched: string[];

beforeEach(() => {
  // Each test starts with nothing read: the module keeps what it has read for the page's life.
  vi.resetModules();
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const content = files.get(url);
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
