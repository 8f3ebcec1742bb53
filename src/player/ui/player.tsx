// The watch page's player: one <video>, its controls, the segmented timeline
// and the chapter list, all reading one store created per episode. The page
// gives it the start time and where the address goes; the store owns the media.
import { useEffect, useRef, useState } from 'react';
import type { Episode } from '@/content/schema';
import { createPlayerStore, type PlayerStore } from '../core/store';
import type { StreamEngine } from '../core/stream-controller';
import { chooseStart } from '../start-choice';
import { captionsUrl, chaptersTrackUrl, posterUrl, streamUrl } from '../media-urls';
import { HLS_MIME_TYPE } from '../core/stream-controller';
import { PlayerContext, usePlayer } from './player-context';
import { Controls } from './controls';
import { Timeline } from './timeline';
import { ChapterList } from './chapter-list';
import { ChapterAnnouncer } from './chapter-announcer';
import { PlaybackFailureAlert } from './playback-failure-alert';
import { ResumeNotice } from './resume-notice';
import { KeysDialog } from './keys-dialog';
import { UpNext } from './up-next';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMediaSession } from './use-media-session';
import { useResumeSaving } from './use-resume-saving';
import { useTouchGestures } from './use-touch-gestures';
import { useConnectionRecovery } from './use-connection-recovery';
import './player.css';

export interface PlayerProps {
  episode: Episode;
  /** The show's display name, for the Media Session (lock screen, media hub). */
  showName?: string;
  /** The start time the page's address asks for (`?t=`, `#t=`), undefined when it asks for none. */
  linkedStart: number | undefined;
  /** Force an engine (`?engine=hls.js`). */
  engine?: StreamEngine;
  /** The page's address: `Copy link` shares it at the current second. */
  pageUrl: string;
  /** The viewer moved to a moment worth putting in the address (a chapter): the page replaces its history entry. */
  onMomentChange(seconds: number): void;
  /** Up next: the page goes to the next episode's watch page, to play it from its start. */
  onPlayNext?(slug: string): void;
}

const loadHls = () => import('hls.js/light');

export function Player({ episode, showName, linkedStart, engine, pageUrl, onMomentChange, onPlayNext }: PlayerProps) {
  const [store] = useState<PlayerStore>(() =>
    createPlayerStore(
      { chapters: episode.chapters, duration: episode.duration, streamUrl: streamUrl(episode.videoId), engine, loadHls },
      chooseStart(linkedStart, episode),
    ),
  );
  // An author's edit (dev server) brings new chapters to the open page.
  useEffect(() => store.getState().setChapters(episode.chapters), [store, episode.chapters]);

  useKeyboardShortcuts(store);
  useMediaSession(store, episode, showName);
  useResumeSaving(store, episode);
  useConnectionRecovery(store);

  return (
    <PlayerContext.Provider value={store}>
      <div className="player">
        <Stage episode={episode} pageUrl={pageUrl} />
        <UpNext episode={episode} onPlayNext={onPlayNext} />
        <ResumeNotice slug={episode.slug} />
        <ChapterList slug={episode.slug} onActivate={onMomentChange} />
        <ChapterAnnouncer />
        <KeysDialog />
      </div>
    </PlayerContext.Provider>
  );
}

/** The picture with its overlaid controls, which hide while playing and come back on any touch or move. */
function Stage({ episode, pageUrl }: { episode: Episode; pageUrl: string }) {
  const stageRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const attach = usePlayer((s) => s.attach);
  const togglePlay = usePlayer((s) => s.togglePlay);
  const retry = usePlayer((s) => s.retry);
  const controlsVisible = useControlsVisibility(stageRef);
  useEffect(() => attach(videoRef.current!, stageRef.current!), [attach]);
  useTouchGestures(videoRef);

  return (
    <div className="player-stage" ref={stageRef} data-controls={controlsVisible ? 'shown' : 'hidden'}>
      {/*
        Prerendered, this element plays without any script, with the browser's own
        controls and the <source> below. With script, the store attaches the stream
        (or the page's early script already has, at the linked moment) and our
        controls replace the browser's. data-slug and data-duration tell the early
        script which episode this is.
      */}
      <video
        ref={videoRef}
        className="player-video"
        poster={posterUrl(episode.videoId)}
        preload="none"
        controls
        playsInline
        crossOrigin="anonymous"
        data-slug={episode.slug}
        data-duration={episode.duration}
        // Mouse users click the picture to play or pause, as everywhere; keyboard
        // and screen-reader users have the Play button, so the video is not a tab stop.
        onClick={(event) => {
          if ((event.nativeEvent as PointerEvent).pointerType !== 'touch') togglePlay();
        }}
      >
        <source src={streamUrl(episode.videoId)} type={HLS_MIME_TYPE} />
        <track kind="captions" src={captionsUrl(episode.videoId)} srcLang="en" label="English" />
        <track kind="chapters" src={chaptersTrackUrl(episode.slug)} srcLang="en" label="Chapters" default />
      </video>
      <PlaybackFailureAlert onRetry={() => retry(true)} />
      <div className="player-controls">
        <Timeline />
        <Controls pageUrl={pageUrl} />
      </div>
    </div>
  );
}

const IDLE_HIDE_MS = 3000;

/** Controls stay while paused, focused or hovered; they fade 3 s after the last move during playback. */
function useControlsVisibility(stageRef: React.RefObject<HTMLDivElement | null>): boolean {
  const paused = usePlayer((s) => s.paused);
  const [active, setActive] = useState(true);
  useEffect(() => {
    const stage = stageRef.current!;
    let timer: number | undefined;
    const wake = () => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (!stage.contains(document.activeElement) || document.activeElement === document.body) setActive(false);
      }, IDLE_HIDE_MS);
    };
    const events = ['pointermove', 'pointerdown', 'focusin', 'keydown'] as const;
    events.forEach((type) => stage.addEventListener(type, wake));
    document.addEventListener('keydown', wake);
    wake();
    return () => {
      window.clearTimeout(timer);
      events.forEach((type) => stage.removeEventListener(type, wake));
      document.removeEventListener('keydown', wake);
    };
  }, [stageRef]);
  return paused || active;
}
