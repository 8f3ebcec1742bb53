// The watch page's player: one <video>, its controls, the segmented timeline
// and the chapter list, all reading one store created per episode. The page
// gives it the start time and where the address goes; the store owns the media.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Episode } from '@/content/schema';
import { createPlayerStore, type PlayerStore } from '../core/store';
import type { StreamEngine } from '../core/stream-controller';
import { chooseStart } from '../start-choice';
import { captionsUrl, chaptersTrackUrl, posterUrl, streamUrl } from '../media-urls';
import { HLS_MIME_TYPE } from '../core/stream-controller';
import { PlayerContext, usePlayer } from './player-context';
import { Controls } from './controls';
import { Timeline } from './timeline';
import { ChapterAnnouncer } from './chapter-announcer';
import { PlaybackFailureAlert } from './playback-failure-alert';
import { ResumeNotice } from './resume-notice';
import type { UpNextProps } from './up-next';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMediaSession } from './use-media-session';
import { useResumeSaving } from './use-resume-saving';
import { useTouchGestures } from './use-touch-gestures';
import { useConnectionRecovery } from './use-connection-recovery';
import { useControlsVisibility } from './use-controls-visibility';
import { fitControlBar } from './control-bar-fit';
import { useCaptionsClearance } from './use-captions-clearance';
import { useRevealOnRequest } from './use-reveal-on-request';
import { useRememberedPreferences } from './use-remembered-preferences';
import { WhenWanted } from './when-wanted';
import { useClipView } from './use-clip-view';
import { TranscriptWhenWanted } from './transcript-when-wanted';
import './player.css';
import './clip.css';
import { retryableImport } from '../core/retryable-import';

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
  /** `Watch full episode`: the page puts its address through `withoutClip`, which takes the clip's end out. */
  onClipCleared?(withoutClip: (href: string) => string): void;
  /** More of the player, drawn inside it with its store at hand (the embed page's link and player.js). */
  children?: ReactNode;
  /** The chapter list (the watch page's ChapterList), under the picture; an embed has no room for one. */
  chapterList?: ReactNode;
  /** Where the transcript panel goes (the watch page's, below the player); none without it. */
  transcriptPlace?: React.RefObject<HTMLElement | null>;
}

const loadHls = retryableImport(() => import('hls.js/light'));

export function Player({ episode, showName, linkedStart, engine, pageUrl, onMomentChange, onPlayNext, onClipCleared, chapterList, transcriptPlace, children }: PlayerProps) {
  const [store] = useState<PlayerStore>(() =>
    createPlayerStore(
      { chapters: episode.chapters, duration: episode.duration, streamUrl: streamUrl(episode.videoId), engine, loadHls, pageUrl },
      chooseStart(linkedStart, episode),
    ),
  );
  // An author's edit (dev server) brings new chapters to the open page.
  useEffect(() => store.getState().setChapters(episode.chapters), [store, episode.chapters]);

  const stageRef = useRef<HTMLDivElement>(null);
  useRememberedPreferences(store);
  useResumeSaving(store, episode);
  useConnectionRecovery(store);

  return (
    <PlayerContext.Provider value={store}>
      <div className="player">
        <Stage episode={episode} pageUrl={pageUrl} stageRef={stageRef} onClipCleared={onClipCleared} />
        <UpNextWhenWanted episode={episode} onPlayNext={onPlayNext} />
        <ResumeNotice slug={episode.slug} />
        {chapterList}
        <ChapterAnnouncer />
        <KeysDialogWhenWanted />
        {children}
        {transcriptPlace && <TranscriptWhenWanted captionsUrl={captionsUrl(episode.videoId)} pageUrl={pageUrl} onMomentChange={onMomentChange} place={transcriptPlace} />}
        {/* Last, so that their listeners come after those of the parts above, as when they were the player's own hooks. */}
        <KeyboardShortcuts store={store} playerRef={stageRef} />
        <MediaSession store={store} episode={episode} showName={showName} />
      </div>
    </PlayerContext.Provider>
  );
}

/*
 * The keys and the Media Session draw nothing, and their code loads once wanted (when-wanted.tsx): each is a
 * component of its own, so that the first key, and each module's arrival, re-render it alone. As the player's
 * own hooks they re-rendered the whole player three times at the viewer's first key.
 */
function KeyboardShortcuts({ store, playerRef }: { store: PlayerStore; playerRef: React.RefObject<HTMLElement | null> }) {
  useKeyboardShortcuts(store, playerRef);
  return null;
}

function MediaSession({ store, episode, showName }: { store: PlayerStore; episode: Episode; showName: string | undefined }) {
  useMediaSession(store, episode, showName);
  return null;
}

/** The picture with its overlaid controls, which hide while playing and come back on any touch or move. */
function Stage({ episode, pageUrl, stageRef, onClipCleared }: { episode: Episode; pageUrl: string; stageRef: React.RefObject<HTMLDivElement | null>; onClipCleared: PlayerProps['onClipCleared'] }) {
  const controlsRef = useRef<HTMLDivElement>(null);
  const lastPointer = useRef('mouse');
  const videoRef = useRef<HTMLVideoElement>(null);
  const attach = usePlayer((s) => s.attach);
  const togglePlay = usePlayer((s) => s.togglePlay);
  const retry = usePlayer((s) => s.retry);
  const toggleFullscreen = usePlayer((s) => s.toggleFullscreen);
  const controlsVisible = useControlsVisibility(stageRef);
  useCaptionsClearance(stageRef, videoRef, controlsRef, controlsVisible);
  useRevealOnRequest(stageRef);
  useEffect(() => attach(videoRef.current!, stageRef.current!), [attach, stageRef]);
  useTouchGestures(videoRef);
  // Before the bar is first drawn (a ResizeObserver reports after layout, before paint): what fits its width.
  useLayoutEffect(() => fitControlBar(controlsRef.current!), []);
  const clipView = useClipView();

  return (
    // Focusable by script and click only (not a tab stop): a click on the picture puts focus in the player, where ↑/↓ set the volume.
    <div className="player-stage" ref={stageRef} tabIndex={-1} data-controls={controlsVisible ? 'shown' : 'hidden'}>
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
        onPointerDown={(event) => {
          lastPointer.current = event.pointerType;
        }}
        // A double click toggles full screen; a double tap seeks instead (use-touch-gestures.ts).
        onDoubleClick={() => {
          if (lastPointer.current !== 'touch') toggleFullscreen();
        }}
      >
        <source src={streamUrl(episode.videoId)} type={HLS_MIME_TYPE} />
        <track kind="captions" src={captionsUrl(episode.videoId)} srcLang="en" label="English" />
        {/* Not `default`: the browser would download it beside the media's first requests; the store turns it on once attached. */}
        <track kind="chapters" src={chaptersTrackUrl(episode.slug)} srcLang="en" label="Chapters" />
      </video>
      <PlaybackFailureAlert onRetry={() => retry(true)} />
      <WhenWanted load={loadKeyFeedback}>{(keyFeedback) => <keyFeedback.KeyFeedback />}</WhenWanted>
      {clipView && <clipView.ClipNotice onWatchFullEpisode={onClipCleared} player={stageRef} />}
      <div className="player-controls" ref={controlsRef}>
        <Timeline clipView={clipView} />
        <Controls pageUrl={pageUrl} episode={episode} />
      </div>
    </div>
  );
}

/**
 * Up next's code loads once wanted (when-wanted.tsx), for an episode with a
 * next one to offer; at once on arrival from up next (its module, loaded by
 * the page before, then plays this episode). Nothing of it is drawn before
 * the page runs (its switch shows a remembered choice).
 */
let upNextLoaded = false;
const loadUpNext = () =>
  import('./up-next').then((module) => {
    upNextLoaded = true;
    return module;
  });
function UpNextWhenWanted(props: UpNextProps) {
  const offers = props.episode.upNext !== undefined && props.onPlayNext !== undefined;
  return offers || upNextLoaded ? (
    <WhenWanted load={loadUpNext} now={upNextLoaded}>
      {(upNext) => <upNext.UpNext {...props} />}
    </WhenWanted>
  ) : null;
}

/** What the last key did, drawn on the picture: its code loads once wanted (a key press is one such moment). */
const loadKeyFeedback = () => import('./key-feedback');

/** The keys dialog's code loads once wanted, or at once when a viewer asks for it (`?` or its button). */
const loadKeysDialog = () => import('./keys-dialog');
function KeysDialogWhenWanted() {
  const asked = usePlayer((s) => s.keysOpen);
  return (
    <WhenWanted load={loadKeysDialog} now={asked}>
      {(keysDialog) => <keysDialog.KeysDialog />}
    </WhenWanted>
  );
}
