// /watch/<slug>: the episode's title, its player and its details. The page
// reads the start time and engine from its address and keeps the address in
// step with the player (the router owns the address, not the player).
import { useCallback, useRef } from 'react';
import { Player } from '@/player/ui/player';
import { ChapterList } from '@/player/ui/chapter-list';
import { startTimeFromLocation } from '@/player/core/time';
import { withStartTime } from '@/player/core/share-url';
import { requestedEngine } from '@/player/core/stream-controller';
import { watchPath } from '@/content/site';
import { currentUrl, navigate, useNavigation } from '../router';
import { useDocumentTitle } from '../document-title';
import { names } from '../catalog/names';
import { LazyNotFoundPage } from './not-found-page-loader';
import { EpisodeDetails } from './episode-details';
import { LoadingEpisode } from './loading';
import { useEpisode } from './episode-data';

/** Up next: the next episode's page, from its start even where the viewer left it part way (the link wins over a remembered position). */
const playNext = (slug: string) => navigate(`${watchPath(slug)}?t=0`);

export function WatchPage({ slug }: { slug: string }) {
  const loaded = useEpisode(slug);
  const { url } = useNavigation();
  useDocumentTitle(loaded.state === 'ready' ? loaded.episode.title : undefined);
  const onMomentChange = useCallback((seconds: number) => navigate(withStartTime(currentUrl().href, seconds), { replace: true }), []);
  const onClipCleared = useCallback((withoutClip: (href: string) => string) => navigate(withoutClip(currentUrl().href), { replace: true }), []);
  const transcriptPlace = useRef<HTMLDivElement>(null);

  if (loaded.state === 'missing') return <LazyNotFoundPage what="Episode" />;
  if (loaded.state === 'loading') return <LoadingEpisode />;
  const { episode } = loaded;
  return (
    <article className="watch">
      <h1 className="watch-title">{episode.title}</h1>
      <Player
        episode={episode}
        showName={episode.show === undefined ? undefined : names.show(episode.show)}
        linkedStart={startTimeFromLocation(url.search, url.hash)}
        engine={requestedEngine(url.search)}
        pageUrl={url.href}
        onMomentChange={onMomentChange}
        onPlayNext={playNext}
        onClipCleared={onClipCleared}
        chapterList={<ChapterList slug={episode.slug} onActivate={onMomentChange} />}
        transcriptPlace={transcriptPlace}
      />
      <EpisodeDetails episode={episode}>
        <div className="transcript-place" ref={transcriptPlace} />
      </EpisodeDetails>
    </article>
  );
}
