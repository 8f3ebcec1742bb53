// The watch page's player: one <video>, its controls, the segmented timeline
// and the chapter list, all reading one store created per episode.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Episode } from '@/content/schema';
import { createPlayerStore, type PlayerStore } from '../core/store';
import { startTimeFromLocation } from '../core/time';
import { attachStream, type Stream, type StreamEngine } from '../stream';
import { captionsUrl, chaptersTrackUrl, posterUrl, streamUrl } from '../media-urls';
import { readResumePosition } from '../resume';
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
  /** Goes to the show's next episode (up next), to play it from its start. */
  onPlayNext?(slug: string): void;
}

interface StartChoice {
  time: number | undefined;
  /** A remembered position is announced, with a way to start over. */
  resumed: boolean;
}

/** The link's start time wins over a remembered position (contract §2). */
function chooseStart(episode: Episode): StartChoice {
  const fromLink = startTimeFromLocation(window.location.search, window.location.hash);
  if (fromLink !== undefined) return { time: Math.min(fromLink, episode.duration), resumed: false };
  const remembered = readResumePosition(episode.slug, episode.duration);
  return { time: remembered, resumed: remembered !== undefined };
}

/** `?engine=hls.js` forces hls.js where the browser would play HLS itself. */
function requestedEngine(): StreamEngine | undefined {
  const engine = new URLSearchParams(window.location.search).get('engine');
  return engine === 'hls.js' || engine === 'native' ? engine : undefined;
}

export function Player({ episode, showName, onPlayNext }: PlayerProps) {
  const [start] = useState(() => chooseStart(episode));
  const [store] = useState<PlayerStore>(() =>
    createPlayerStore({ chapters: episode.chapters, duration: episode.duration, startTime: start.time }),
  );
  const [keysOpen, setKeysOpen] = useState(false);
  // A retry (the alert's button, Play, a chapter, the network coming back) bumps this to reload the stream.
  const streamAttempt = useStore(store, (s) => s.streamAttempt);
  const playerRef = useRef<HTMLDivElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);

  useEffect(() => store.getState().attach(videoRef.current!), [store]);

  // Attaching and detaching are asynchronous (hls.js loads on demand), so they
  // run in order on one queue: a detach never undoes the attach after it.
  const streamQueue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    const video = videoRef.current!;
    let stream: Stream | undefined;
    streamQueue.current = streamQueue.current
      .then(async () => {
        const { pendingStart, currentTime } = store.getState();
        stream = await attachStream(video, streamUrl(episode.videoId), {
          startTime: pendingStart ?? currentTime,
          engine: requestedEngine(),
          onFailure: (failure) => store.getState().fail(failure),
        });
        // Tells tests and bug reports which path plays the stream.
        video.dataset.engine = stream.engine;
        if (store.getState().playWhenAttached) {
          store.setState({ playWhenAttached: false });
          store.getState().play();
        }
      })
      // hls.js is downloaded on demand: offline, that fails. Say so (Retry
      // tries again), and keep the queue going for the attempts after this one.
      .catch(() => store.getState().fail('network'));
    return () => {
      streamQueue.current = streamQueue.current.then(() => stream?.destroy());
    };
  }, [store, episode.videoId, streamAttempt]);

  useKeyboardShortcuts(store, playerRef, () => setKeysOpen(true));
  useMediaSession(store, episode, showName);
  useResumeSaving(store, episode);
  useConnectionRecovery(store);

  const retry = () => store.getState().retry(true);

  return (
    <PlayerContext.Provider value={store}>
      <div className="player" ref={playerRef}>
        <Stage episode={episode} videoRef={videoRef} onRetry={retry} onShowKeys={() => setKeysOpen(true)} />
        <UpNext episode={episode} onPlayNext={onPlayNext} />
        {start.resumed && start.time !== undefined && <ResumeNotice slug={episode.slug} seconds={start.time} />}
        <ChapterList slug={episode.slug} />
        <ChapterAnnouncer />
        <KeysDialog open={keysOpen} onClose={() => setKeysOpen(false)} />
      </div>
    </PlayerContext.Provider>
  );
}

interface StageProps {
  episode: Episode;
  videoRef: React.RefObject<HTMLVideoElement | null>;
  onRetry(): void;
  onShowKeys(): void;
}

/** The picture with its overlaid controls, which hide while playing and come back on any touch or move. */
function Stage({ episode, videoRef, onRetry, onShowKeys }: StageProps) {
  const stageRef = useRef<HTMLDivElement>(null);
  const togglePlay = usePlayer((s) => s.togglePlay);
  const controlsVisible = useControlsVisibility(stageRef);
  useTouchGestures(stageRef, videoRef);

  return (
    <div className="player-stage" ref={stageRef} data-controls={controlsVisible ? 'shown' : 'hidden'}>
      <video
        ref={videoRef}
        className="player-video"
        poster={posterUrl(episode.videoId)}
        preload="metadata"
        playsInline
        crossOrigin="anonymous"
        // Mouse users click the picture to play or pause, as everywhere; keyboard
        // and screen-reader users have the Play button, so the video is not a tab stop.
        onClick={(event) => {
          if ((event.nativeEvent as PointerEvent).pointerType !== 'touch') togglePlay();
        }}
      >
        <track kind="captions" src={captionsUrl(episode.videoId)} srcLang="en" label="English" />
        <track kind="chapters" src={chaptersTrackUrl(episode.slug)} srcLang="en" label="Chapters" default />
      </video>
      <PlaybackFailureAlert onRetry={onRetry} />
      <div className="player-controls">
        <Timeline />
        <Controls onShowKeys={onShowKeys} stageRef={stageRef} />
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
