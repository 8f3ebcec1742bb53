// /embed/<slug>: the player alone, filling the frame another site puts it in
// (product.md, The embed page). No site header and no catalog: the picture,
// its controls and timeline, a link to the episode's watch page at the
// current second, and the player.js protocol for the host page.
import { useEffect, useRef, useState } from 'react';
import { Player } from '@/player/ui/player';
import { useLiveValue } from '@/player/ui/player-context';
import { PlayerJs } from '@/player/embed/use-player-js';
import { requestedEngine } from '@/player/core/stream-controller';
import { startTimeFromLocation, toQueryTime } from '@/player/core/time';
import { SITE_NAME, watchPath } from '@/content/site';
import { useDocumentTitle } from '../document-title';
import { LoadingEpisode } from './loading';
import { useEpisode } from './episode-data';
import { EmbedNotFound } from './embed-not-found';
import './embed-page.css';

/** A frame's address is nobody's to read or share: the embed leaves it as the host wrote it (player.js hosts match on it). */
const keepAddress = () => undefined;

export interface EmbedPageProps {
  slug: string;
  /** The page's address as loaded: its start time, clip and engine (`?t=`, `end`, `#t=`, `?engine=`). */
  address: URL;
}

export function EmbedPage({ slug, address }: EmbedPageProps) {
  const loaded = useEpisode(slug);
  useDocumentTitle(loaded.state === 'ready' ? loaded.episode.title : loaded.state === 'missing' ? 'Episode not found' : undefined);

  if (loaded.state === 'missing') return <EmbedNotFound />;
  if (loaded.state === 'loading') {
    return (
      <main className="embed embed-message">
        <LoadingEpisode />
      </main>
    );
  }
  const { episode } = loaded;
  return (
    <main className="embed">
      <h1 className="visually-hidden">{episode.title}</h1>
      <Player
        episode={episode}
        linkedStart={startTimeFromLocation(address.search, address.hash)}
        engine={requestedEngine(address.search)}
        // Copy link shares the watch page, not the embed; a clip link's range comes along (it makes the clip).
        pageUrl={watchPageAddress(slug, address)}
        onMomentChange={keepAddress}
      >
        <WatchOnSite slug={slug} />
        <PlayerJs />
      </Player>
    </main>
  );
}

/** The watch page at the embed's start and clip (`t`, `end`, a `#t=` fragment), nothing else of the embed's address. */
function watchPageAddress(slug: string, embedUrl: URL): string {
  const address = new URL(watchPath(slug), embedUrl);
  for (const name of ['t', 'end']) {
    const value = embedUrl.searchParams.get(name);
    if (value !== null) address.searchParams.set(name, value);
  }
  address.hash = embedUrl.hash;
  return address.href;
}

/**
 * `Watch on Rawkode Academy`: the episode's watch page at the current second,
 * in a new tab. Built from the slug alone: no address or message can point it
 * elsewhere. The second is added once the page runs (a prerendered page does
 * not know it, and React keeps a prerendered attribute as it was).
 */
function WatchOnSite({ slug }: { slug: string }) {
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [running, setRunning] = useState(false);
  useEffect(() => setRunning(true), []);
  // The second moves with playback: written into the page, not rendered (useLiveValue).
  const atSecond = useLiveValue(
    (s) => `${watchPath(slug)}?t=${toQueryTime(Math.floor(s.currentTime))}`,
    (href) => {
      if (running) linkRef.current!.href = href;
    },
  );
  return (
    <a className="embed-watch-link" ref={linkRef} href={running ? atSecond : watchPath(slug)} target="_blank" rel="noopener">
      Watch on {SITE_NAME}
    </a>
  );
}
