// The listing modules, as the app imports them: names only, a search index of
// each episode's words, and each show's newest episodes.
import { describe, expect, it } from 'vitest';
import type { Episode, Show, Technology } from '@/content/schema';
import type { PublishedContent } from '@/build/content-store';
import { searchIndexEntry } from '@/build/listing-module-code';
import { virtualModuleCode } from '@/build/virtual-modules';
import { anEpisode } from '../support/episode';

const episode = (slug: string, fields: Partial<Episode> = {}) =>
  anEpisode(slug, { title: slug, publishedAt: '2024-01-01T00:00:00.000Z', videoId: 'video', duration: 60, ...fields });

// Newest first, as the content plugin publishes them.
const content: PublishedContent = {
  episodes: [
    ...Array.from({ length: 9 }, (_, i) => episode(`live-${9 - i}`, { show: 'rawkode-live' })),
    episode('ghost-1', { show: 'ghost-show' }),
    episode('standalone'),
  ],
  shows: { 'rawkode-live': { id: 'rawkode-live', name: 'Rawkode Live', description: 'A long description', hosts: ['rawkode'] } satisfies Show },
  technologies: {
    apko: { id: 'apko', name: 'apko', description: 'Builds images', website: 'https://example.com' } as Technology,
  },
};

/** Published content with its episodes by slug, as the module table reads it. */
const indexed = (published: PublishedContent) => ({
  ...published,
  episodesBySlug: new Map(published.episodes.map((entry) => [entry.slug, entry])),
});

/** Runs a generated module that imports nothing, as the browser would. */
async function run(code: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);
}

describe('virtual:content/names', () => {
  it('holds names only, not descriptions', async () => {
    const code = virtualModuleCode('virtual:content/names', { content: indexed(content) })!;
    expect(code).not.toContain('A long description');
    expect(await run(code)).toMatchObject({ showNames: { 'rawkode-live': 'Rawkode Live' }, technologyNames: { apko: 'apko' } });
  });
});

describe('virtual:content/search-index', () => {
  it('keeps each folded word of the subtitle, description and chapter titles once', () => {
    const entry = searchIndexEntry(
      episode('x', {
        subtitle: 'Déjà vu',
        description: 'Signing keys, signing KEYS!',
        chapters: [{ startTime: 0, title: '<Untitled Chapter 1>' }],
      }),
    );
    expect(entry).toEqual(['x', 'deja vu signing keys untitled chapter 1']);
  });

  it('has an entry per published episode', async () => {
    const module = await run(virtualModuleCode('virtual:content/search-index', { content: indexed(content) })!);
    expect((module.entries as unknown[]).length).toBe(content.episodes.length);
  });
});

describe('virtual:content/show-latest', () => {
  it('loads each show that episodes name, a file or not, from a module of its own', () => {
    const loader = virtualModuleCode('virtual:content/show-latest', { content: indexed(content) })!;
    expect(loader).toContain('["ghost-show", () => import("virtual:content/show-latest/show-0")]');
    expect(loader).toContain('["rawkode-live", () => import("virtual:content/show-latest/show-1")]');
    expect(loader).not.toContain('standalone');
  });

  it('holds a show’s seven newest episodes, newest first, and how many it has', async () => {
    const module = await run(virtualModuleCode('virtual:content/show-latest/show-1', { content: indexed(content) })!);
    expect((module.episodes as Array<{ slug: string }>).map((e) => e.slug)).toEqual(
      ['live-9', 'live-8', 'live-7', 'live-6', 'live-5', 'live-4', 'live-3'],
    );
    expect(module.total).toBe(9);
    expect(virtualModuleCode('virtual:content/show-latest/show-7', { content: indexed(content) })).toBeUndefined();
  });
});

describe('virtual:content/catalog-first-page', () => {
  it('holds the newest episodes, as light as the catalog’s, how many there are, and the filter menus’ counts', async () => {
    const withChapters = { ...content, episodes: content.episodes.map((e) => ({ ...e, description: 'Long text', chapters: [{ startTime: 0, title: 'Intro' }] })) };
    const code = virtualModuleCode('virtual:content/catalog-first-page', { content: indexed(withChapters), listing: { firstPageSize: 4 } })!;
    expect(code).not.toContain('Long text');
    const module = await run(code);
    expect(module.episodes).toEqual([
      { slug: 'live-9', title: 'live-9', publishedAt: '2024-01-01T00:00:00.000Z', duration: 60, videoId: 'video', show: 'rawkode-live', technologies: [], chapterCount: 1 },
      ...['live-8', 'live-7', 'live-6'].map((slug) => expect.objectContaining({ slug })),
    ]);
    expect(module.total).toBe(11);
    // Counted over every episode, not just the first page: a filter's count says what picking it finds.
    expect(module.counts).toEqual({ shows: [['rawkode-live', 9], ['ghost-show', 1]], technologies: [] });
  });

  it('opens with 48 episodes by default, or every one when there are fewer', async () => {
    const many: PublishedContent = { ...content, episodes: Array.from({ length: 60 }, (_, i) => episode(`e-${60 - i}`, { technologies: ['apko'] })) };
    const module = await run(virtualModuleCode('virtual:content/catalog-first-page', { content: indexed(many) })!);
    expect((module.episodes as Array<{ slug: string }>).map((e) => e.slug)).toEqual(Array.from({ length: 48 }, (_, i) => `e-${60 - i}`));
    expect(module.total).toBe(60);
    expect(module.counts).toEqual({ shows: [], technologies: [['apko', 60]] });

    const few = await run(virtualModuleCode('virtual:content/catalog-first-page', { content: indexed(content) })!);
    expect((few.episodes as unknown[]).length).toBe(11);
    expect(few.total).toBe(11);
  });
});
