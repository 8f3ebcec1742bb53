// The show's other episodes under the watch page, once wanted: neither the
// list's code nor the show's short list of episodes it reads is needed to
// start the page (its first 90 KB of JavaScript, product.md, What loads
// when). They load at the viewer's first touch of the page or after a few
// quiet seconds, as the transcript does. The prerendered page has no list
// here either (it is read in the browser), so nothing moves in the take-over.
import { usePageWanted } from '@/player/ui/when-wanted';

const loadMoreEpisodes = () => import('./more-episodes');

export function MoreEpisodesWhenWanted(props: { show: string; current: string }) {
  const module = usePageWanted(loadMoreEpisodes);
  return module ? <module.MoreEpisodes {...props} /> : null;
}
