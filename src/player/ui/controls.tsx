// The control bar. Each control subscribes to the one slice of player state it shows.
import { useEffect, useRef, useState } from 'react';
import { formatTime } from '../core/time';
import { PLAYBACK_RATES } from '../core/playback-rates';
import { shareUrl } from '../core/share-url';
import { selectActiveChapter } from '../core/store';
import { useLiveValue, usePlayer, usePlayerStore } from './player-context';
import { Icon } from './icon';
import { ShareButton } from './share-button';
import type { Episode } from '@/content/schema';

export function Controls({ pageUrl, episode }: { pageUrl: string; episode: Pick<Episode, 'slug' | 'title'> }) {
  const setKeysOpen = usePlayer((s) => s.setKeysOpen);
  return (
    <div className="controls">
      <PlayButton />
      <VolumeControl />
      <TimeDisplay />
      <CurrentChapterTitle />
      <CopyLinkButton pageUrl={pageUrl} />
      <ShareButton pageUrl={pageUrl} slug={episode.slug} title={episode.title} />
      <SpeedControl />
      <CaptionsButton />
      <PictureInPictureButton />
      <FullscreenButton />
      <button type="button" className="control control-keys" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setKeysOpen(true)}>
        <Icon name="keyboard" />
      </button>
    </div>
  );
}

function PlayButton() {
  const paused = usePlayer((s) => s.paused);
  const togglePlay = usePlayer((s) => s.togglePlay);
  const label = paused ? 'Play' : 'Pause';
  return (
    <button type="button" className="control" aria-label={label} title={`${label} (k)`} onClick={togglePlay}>
      <Icon name={paused ? 'play' : 'pause'} />
    </button>
  );
}

function TimeDisplay() {
  const nowRef = useRef<HTMLSpanElement>(null);
  const now = useLiveValue(
    (s) => formatTime(Math.floor(s.currentTime)),
    (text) => (nowRef.current!.textContent = text),
  );
  const duration = usePlayer((s) => s.duration);
  return (
    <span className="controls-time">
      {/* As wide as the longest time this episode shows (player.css): as the time moves on, or the page is taken over at the linked moment, the controls beside it stay put. */}
      <span className="controls-time-now" ref={nowRef} data-widest={formatTime(duration).replace(/\d/g, '0')}>
        {now}
      </span>
      {/* An unknown length (0 until the media says) is left out, not shown as 0:00. */}
      {duration > 0 && <> / <span>{formatTime(duration)}</span></>}
    </span>
  );
}

/**
 * The chapter playing now, beside the time (in full screen too): it fills the
 * bar's free room and is cut short with an ellipsis where there is little.
 * The slider's value already names it for a screen reader.
 */
function CurrentChapterTitle() {
  // Before the first chapter the index is -1: no title.
  const title = usePlayer((s) => s.chapters[selectActiveChapter(s)]?.title);
  return (
    <span className="controls-spacer controls-chapter" aria-hidden="true" title={title}>
      {title}
    </span>
  );
}

function VolumeControl() {
  const muted = usePlayer((s) => s.muted);
  const volume = usePlayer((s) => s.volume);
  const { toggleMute, setVolume } = usePlayerStore().getState();
  const silent = muted || volume === 0;
  const percent = Math.round((muted ? 0 : volume) * 100);
  return (
    <span className="controls-volume">
      <button type="button" className="control" aria-label={silent ? 'Unmute' : 'Mute'} title={`${silent ? 'Unmute' : 'Mute'} (m)`} onClick={toggleMute}>
        <Icon name={silent ? 'muted' : 'volume'} />
      </button>
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent}%`}
        onChange={(event) => setVolume(Number(event.currentTarget.value) / 100)}
      />
    </span>
  );
}

function SpeedControl() {
  const rate = usePlayer((s) => s.playbackRate);
  const setPlaybackRate = usePlayer((s) => s.setPlaybackRate);
  return (
    <label className="controls-speed">
      <span className="visually-hidden">Speed</span>
      <select value={rate} onChange={(event) => setPlaybackRate(Number(event.currentTarget.value))}>
        {PLAYBACK_RATES.map((option) => (
          <option key={option} value={option}>
            {option === 1 ? 'Normal' : `${option}×`}
          </option>
        ))}
      </select>
    </label>
  );
}

function CaptionsButton() {
  const captionsOn = usePlayer((s) => s.captionsOn);
  const toggleCaptions = usePlayer((s) => s.toggleCaptions);
  return (
    <button type="button" className="control" aria-label="Captions" aria-pressed={captionsOn} title="Captions (c)" onClick={toggleCaptions}>
      <Icon name="captions" />
    </button>
  );
}

function PictureInPictureButton() {
  const supported = usePlayer((s) => s.pictureInPictureSupported);
  const active = usePlayer((s) => s.pictureInPicture);
  const toggle = usePlayer((s) => s.togglePictureInPicture);
  if (!supported) return null;
  return (
    <button type="button" className="control" aria-label="Picture in picture" aria-pressed={active} title="Picture in picture" onClick={toggle}>
      <Icon name="pip" />
    </button>
  );
}

function FullscreenButton() {
  const fullscreen = usePlayer((s) => s.fullscreen);
  const toggle = usePlayer((s) => s.toggleFullscreen);
  const label = fullscreen ? 'Exit full screen' : 'Full screen';
  return (
    <button type="button" className="control" aria-label={label} title={`${label} (f)`} onClick={toggle}>
      <Icon name={fullscreen ? 'exit-fullscreen' : 'fullscreen'} />
    </button>
  );
}

/** Copies the page's link at the current whole second, and says so politely. */
function CopyLinkButton({ pageUrl }: { pageUrl: string }) {
  const store = usePlayerStore();
  const [status, setStatus] = useState<{ message: string; manualUrl?: string } | null>(null);
  useEffect(() => {
    if (!status || status.manualUrl) return;
    const timer = window.setTimeout(() => setStatus(null), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    const url = shareUrl(pageUrl, store.getState().currentTime);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ message: `Link copied: ${url}` });
    } catch {
      // No clipboard (permission, insecure origin): offer the link to copy by hand.
      setStatus({ message: 'Copy this link:', manualUrl: url });
    }
  };

  return (
    <span className="controls-copy">
      <button type="button" className="control control-text" onClick={() => void copy()}>
        <Icon name="link" /> Copy link
      </button>
      <span role="status" className="controls-copy-status">
        {status?.message}
        {status?.manualUrl && (
          <input readOnly aria-label="Link to this moment" value={status.manualUrl} onFocus={(event) => event.currentTarget.select()} autoFocus />
        )}
      </span>
    </span>
  );
}
