// Which episode a viewer is offered when one ends: the next published episode
// of the same show. Computed for every episode in one pass over the published
// list, so a catalog of thousands costs no more than reading it once.
import type { Episode, UpNextEpisode } from '../content/schema.ts';

/**
 * Each episode's up-next episode, by slug. `published` is the content store's
 * list: published episodes only (scheduled ones are never up next), newest
 * first, episodes published at the same moment in a fixed order. An episode
 * with no show, or the newest of its show, has none.
 */
export function upNextBySlug(published: readonly Episode[]): ReadonlyMap<string, UpNextEpisode> {
  const upNext = new Map<string, UpNextEpisode>();
  /** Per show, the episode seen last while walking from the newest: the one just after the current in time. */
  const laterInShow = new Map<string, Episode>();
  for (const episode of published) {
    if (episode.show === undefined) continue;
    const later = laterInShow.get(episode.show);
    if (later) upNext.set(episode.slug, { slug: later.slug, title: later.title, videoId: later.videoId });
    laterInShow.set(episode.show, episode);
  }
  return upNext;
}

const computed = new WeakMap<readonly Episode[], ReadonlyMap<string, UpNextEpisode>>();

/**
 * The same, kept per published list: the build writes one module per episode
 * from one list, and the dev server asks again only after content changes
 * (which gives a new list).
 */
export function upNextFor(published: readonly Episode[], slug: string): UpNextEpisode | undefined {
  let bySlug = computed.get(published);
  if (!bySlug) computed.set(published, (bySlug = upNextBySlug(published)));
  return bySlug.get(slug);
}
