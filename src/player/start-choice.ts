// Where an episode starts playing (product.md, Addresses): the link's time wins over a
// remembered position, and either is kept within the episode. Shared by the
// player and the watch page's early script, which must agree to the second.
import type { StartChoice } from './core/store';
import { readResumePosition } from './resume';

export function chooseStart(linked: number | undefined, episode: { slug: string; duration: number }): StartChoice | undefined {
  if (linked !== undefined) return { time: episode.duration > 0 ? Math.min(linked, episode.duration) : linked, resumed: false };
  const remembered = readResumePosition(episode.slug, episode.duration);
  return remembered === undefined ? undefined : { time: remembered, resumed: true };
}
