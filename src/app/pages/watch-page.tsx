// /watch/<slug>: loads the episode's own module, then the player.
import { useEffect, useState } from 'react';
import { loadEpisode } from 'virtual:content/episodes';
import { shows } from 'virtual:content/shows';
import type { Episode } from '@/content/schema';
import { Player } from '@/player/ui/player';
import { useDocumentTitle } from '../app';
import { navigate } from '../router';
import { NotFoundPage } from './not-found-page';
import { EpisodeDetails } from './episode-details';

/** Up next: the next episode's page, from its start even where the viewer left it part way (the link wins, §2). */
const playNext = (slug: string) => navigate(`/watch/${encodeURIComponent(slug)}?t=0`);

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; episode: Episode };

export function WatchPage({ slug }: { slug: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    loadEpisode(slug).then(
      (episode) => current && setLoaded(episode ? { state: 'ready', episode } : { state: 'missing' }),
      () => current && setLoaded({ state: 'missing' }),
    );
    return () => {
      current = false;
    };
  }, [slug]);
  useDocumentTitle(loaded.state === 'ready' ? loaded.episode.title : undefined);

  if (loaded.state === 'missing') return <NotFoundPage what="Episode" />;
  if (loaded.state === 'loading') {
    return (
      <p className="loading" role="status">
        Loading episode…
      </p>
    );
  }
  const { episode } = loaded;
  const showName = episode.show ? (shows[episode.show]?.name ?? episode.show) : undefined;
  return (
    <article className="watch">
      <h1 className="watch-title">{episode.title}</h1>
      <Player episode={episode} showName={showName} onPlayNext={playNext} />
      <EpisodeDetails episode={episode} />
    </article>
  );
}
