// The embed page's own entry (embed.html, which every `embed/<slug>/index.html`
// is made from): the player alone, taken over as the build rendered it
// (embed-root.tsx). Nothing of the site's router, header or pages comes along:
// a frame on another site downloads only what the player needs (product.md,
// What loads when).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { embedSlug } from '@/content/site';
import { preloadEpisode } from './pages/episode-data';
import { EmbedRoot } from './embed-root';
import { untilFirstFrame } from './first-frame';
import './app.css';

const container = document.getElementById('root')!;
const address = new URL(window.location.href);
const slug = embedSlug(address.pathname);

/** True when the prerendered player can be taken over: its episode is loaded, so the first render is the same markup. */
async function episodeLoaded(slug: string): Promise<boolean> {
  try {
    return (await preloadEpisode(slug)) !== undefined;
  } catch {
    return false;
  }
}

// An address that names no episode (only a host serving this page elsewhere gives one) says it was not found.
const root = <EmbedRoot slug={slug ?? ''} address={address} />;
// As on the watch page (main.tsx), the player is taken over once its first frame is up.
const prerendered = slug !== undefined && container.firstElementChild !== null && (await Promise.all([episodeLoaded(slug), untilFirstFrame()]))[0];
if (prerendered) hydrateRoot(container, root);
else createRoot(container).render(root);
