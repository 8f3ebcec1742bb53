// The embed page's own entry (embed.html, which every `embed/<slug>/index.html`
// is made from), and all that runs before the first frame: the player's code,
// React with it (embed-app.tsx), is evaluated only once the frame is up.
// Evaluating it took the main thread for 50 ms or more just as the media
// pipeline needed it, and an embed has nothing else to show meanwhile: the
// prerendered player is already drawn, and what the viewer does to it in the
// meantime is answered once it is taken over (early-interactions.ts).
import { episodeFilePath } from '@/content/module-ids';
import { untilFirstFrame, videoLeftToHls } from './first-frame';
import './app.css';

/**
 * Starts downloading the episode's module, which the player's code loads to take the page over, beside that code
 * rather than after it. The built page preloads nothing (src/build/prerender-embed.ts): a download beside the media's
 * first ones delayed the first frame. The dev server has no such file: its episodes are modules of the content plugin.
 */
function fetchEpisodeModule() {
  if (!import.meta.env.PROD) return;
  const slug = document.querySelector<HTMLVideoElement>('video[data-slug]')?.dataset.slug;
  if (!slug) return;
  const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: import.meta.env.BASE_URL + episodeFilePath(slug) });
  document.head.append(preload);
}

const container = document.getElementById('root')!;
// Playing through hls.js (no early start): it downloads beside the app's code, not after it (first-frame.ts).
if (videoLeftToHls()) import('hls.js/light').catch(() => undefined);
await untilFirstFrame();
// The picture is up: the controls it kept out of the layout come (embed-page.css).
document.documentElement.setAttribute('data-picture-shown', '');
fetchEpisodeModule();
const { startEmbed } = await import('./embed-app');
await startEmbed(container);
// What the viewer did to the prerendered page meanwhile (noted by its early script), answered now.
window.earlyInteractions?.replay();
