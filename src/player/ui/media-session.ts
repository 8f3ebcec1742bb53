// Media Session: the lock screen / media hub shows the episode and its chapters,
// and its buttons seek and move between chapters. Connected once wanted
// (use-media-session.ts): the lock screen shows nothing before playback.
import type { Episode } from '@/content/schema';
import { SITE_NAME, startsBeforeEnd } from '@/content/site';
import type { PlayerStore } from '../core/store';
import { posterUrl } from '../media-urls';

const SEEK_STEP_SECONDS = 10;

/** Tells the Media Session about the episode and takes its actions; returns what undoes both. */
export function connectMediaSession(store: PlayerStore, episode: Episode, showName: string | undefined): () => void {
  const session = navigator.mediaSession;
  const artwork = [{ src: new URL(posterUrl(episode.videoId), document.baseURI).href, type: 'image/webp' }];
  const init: MediaMetadataInit & { chapterInfo?: unknown[] } = {
    title: episode.title,
    artist: showName ?? SITE_NAME,
    album: SITE_NAME,
    artwork,
    // Chrome 127+ shows chapters; other browsers ignore the field. No artwork of their own:
    // Chrome fetches and decodes each chapter's artwork on the page's main thread, even when
    // every chapter names the same poster (300 chapters: 2 s of a busy page as playback starts).
    chapterInfo: episode.chapters
      .filter((chapter) => startsBeforeEnd(chapter, episode.duration))
      .map((chapter) => ({ title: chapter.title, startTime: chapter.startTime })),
  };
  try {
    session.metadata = new MediaMetadata(init);
  } catch {
    session.metadata = new MediaMetadata({ title: init.title, artist: init.artist, album: init.album, artwork });
  }
  const player = () => store.getState();
  const handlers: Array<[MediaSessionAction, MediaSessionActionHandler]> = [
    ['play', () => player().play()],
    ['pause', () => player().pause()],
    ['seekbackward', (details) => player().seekBy(-(details.seekOffset ?? SEEK_STEP_SECONDS))],
    ['seekforward', (details) => player().seekBy(details.seekOffset ?? SEEK_STEP_SECONDS)],
    ['seekto', (details) => details.seekTime !== undefined && player().seek(details.seekTime)],
    ['previoustrack', () => player().previousChapter()],
    ['nexttrack', () => player().nextChapter()],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // An action this browser does not know.
    }
  }
  const tellPosition = (state: ReturnType<PlayerStore['getState']>) => {
    if (!state.ready) return;
    try {
      session.setPositionState({ duration: state.duration, playbackRate: state.playbackRate, position: Math.min(state.currentTime, state.duration) });
    } catch {
      // Position state outside the duration during a source change.
    }
  };
  tellPosition(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.duration !== previous.duration || state.playbackRate !== previous.playbackRate || state.seeking !== previous.seeking || state.ready !== previous.ready) {
      tellPosition(state);
    }
  });
  return () => {
    unsubscribe();
    session.metadata = null;
    for (const [action] of handlers) {
      try {
        session.setActionHandler(action, null);
      } catch {
        // As above.
      }
    }
  };
}
