// Which episode is offered when one ends: the show's next published episode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upNextBySlug, upNextFor } from '@/build/up-next';
import { virtualModuleCode } from '@/build/virtual-modules';
import type { Episode } from '@/content/schema';
import { anEpisode } from '../support/episode';

const episode = (slug: string, publishedAt: string, show?: string) =>
  anEpisode(slug, { title: `Title of ${slug}`, publishedAt: new Date(publishedAt).toISOString(), duration: 600, show });

/** As the content store lists them: newest first, then by slug. */
const newestFirst = (episodes: Episode[]) =>
  [...episodes].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : a.slug < b.slug ? -1 : 1));

describe('up next', () => {
  const published = newestFirst([
    episode('live-1', '2024-01-01', 'live'),
    episode('live-2', '2024-02-01', 'live'),
    episode('live-3', '2024-03-01', 'live'),
    episode('compass-1', '2024-01-15', 'compass'),
    episode('compass-2', '2024-02-15', 'compass'),
    episode('standalone', '2024-01-20'),
  ]);
  const upNext = upNextBySlug(published);

  it('offers the next episode of the same show by date, with its slug, title and video', () => {
    expect(upNext.get('live-1')).toEqual({ slug: 'live-2', title: 'Title of live-2', videoId: 'video-live-2' });
    expect(upNext.get('live-2')?.slug).toBe('live-3');
    expect(upNext.get('compass-1')?.slug).toBe('compass-2');
  });

  it('offers nothing after the newest episode of a show, nor for an episode without a show', () => {
    expect(upNext.has('live-3')).toBe(false);
    expect(upNext.has('compass-2')).toBe(false);
    expect(upNext.has('standalone')).toBe(false);
  });

  it('never offers another show’s episode or one without a show, even when it is published in between', () => {
    // compass-1 and standalone fall between live-1 and live-2.
    expect(upNext.get('live-1')?.slug).toBe('live-2');
  });

  it('never offers a scheduled episode: the published list leaves it out', () => {
    // What the store publishes when live-3 is scheduled for later.
    const withoutScheduled = published.filter((e) => e.slug !== 'live-3');
    expect(upNextBySlug(withoutScheduled).has('live-2')).toBe(false);
  });

  it('puts episodes published at the same moment one after another, in the list’s order', () => {
    const tied = newestFirst([episode('a', '2024-01-01', 'live'), episode('b', '2024-01-01', 'live'), episode('c', '2024-01-01', 'live')]);
    const next = upNextBySlug(tied);
    // Newest first lists a, b, c: c is the oldest, then b, then a.
    expect(next.get('c')?.slug).toBe('b');
    expect(next.get('b')?.slug).toBe('a');
    expect(next.has('a')).toBe(false);
  });

  it('follows every show through all its episodes, oldest to newest, whatever the mix', () => {
    const anEpisode = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      show: fc.constantFrom('x', 'y', undefined),
    });
    fc.assert(
      fc.property(fc.array(anEpisode, { maxLength: 30 }), (drawn) => {
        const list = newestFirst(drawn.map((d, i) => episode(`e${i}`, new Date(Date.UTC(2024, 0, 1 + d.day)).toISOString(), d.show)));
        const next = upNextBySlug(list);
        for (const show of ['x', 'y']) {
          const oldestFirst = list.filter((e) => e.show === show).reverse();
          // Following up next from the oldest visits every episode of the show once, in order.
          const chain: string[] = [];
          let at = oldestFirst[0]?.slug;
          while (at !== undefined) {
            chain.push(at);
            at = next.get(at)?.slug;
          }
          expect(chain).toEqual(oldestFirst.map((e) => e.slug));
        }
        expect([...next.keys()].every((slug) => list.find((e) => e.slug === slug)?.show !== undefined)).toBe(true);
      }),
    );
  });

  it('is computed once per published list', () => {
    expect(upNextFor(published, 'live-1')).toBe(upNextFor(published, 'live-1'));
    expect(upNextFor(published, 'live-3')).toBeUndefined();
  });
});

describe('the episode module', () => {
  const published = newestFirst([episode('live-1', '2024-01-01', 'live'), episode('live-2', '2024-02-01', 'live')]);
  const content = { episodes: published, episodesBySlug: new Map(published.map((e) => [e.slug, e])), shows: {}, technologies: {} };
  const moduleValue = (slug: string) => {
    const code = virtualModuleCode(`virtual:content/episode/${slug}`, { content })!;
    return new Function(`${code.replace('export const episode =', 'return')}`)() as Record<string, unknown>;
  };

  it('carries the up-next episode, or none for the newest of its show', () => {
    expect(moduleValue('live-1')).toMatchObject({ slug: 'live-1', upNext: { slug: 'live-2', title: 'Title of live-2', videoId: 'video-live-2' } });
    expect(moduleValue('live-2')).not.toHaveProperty('upNext');
  });
});
