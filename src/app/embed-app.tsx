// The embed page's player, taken over as the build rendered it (embed-root.tsx),
// or drawn afresh where there is nothing to take over. Its own entry
// (embed-main.tsx) loads it once the first frame is up; nothing of the site's
// router, header or pages comes along: a frame on another site downloads only
// what the player needs (product.md, What loads when).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { embedSlug } from '@/content/site';
import { preloadEpisode } from './pages/episode-data';
import { EmbedRoot } from './embed-root';

/** True when the prerendered player can be taken over: its episode is loaded, so the first render is the same markup. */
async function episodeLoaded(slug: string): Promise<boolean> {
  try {
    return (await preloadEpisode(slug)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Takes the player in `container` over, or draws it there; an address that names no episode says it
 * was not found. Resolves once the player is taken over, its listeners attached.
 */
export async function startEmbed(container: HTMLElement): Promise<void> {
  const address = new URL(window.location.href);
  const slug = embedSlug(address.pathname);
  const prerendered = slug !== undefined && container.firstElementChild !== null && (await episodeLoaded(slug));
  await new Promise<void>((takenOver) => {
    const root = <EmbedRoot slug={slug ?? ''} address={address} onTakenOver={takenOver} />;
    if (prerendered) hydrateRoot(container, root);
    else createRoot(container).render(root);
  });
}
