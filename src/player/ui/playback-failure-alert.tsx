// The failure message (product.md, The watch page): a role="alert" with a Retry button that resumes where playback stopped.
import { usePlayer } from './player-context';
import { formatTime } from '../core/time';
import type { PlaybackFailure } from '../core/store';

const MESSAGES: Record<PlaybackFailure, string> = {
  network: 'The video could not be loaded: the network connection failed.',
  unsupported: 'The video could not be loaded: the stream is missing or not supported by this browser.',
  decode: 'The video stopped: part of the stream could not be played.',
  unknown: 'The video stopped because of a playback error.',
};

export function PlaybackFailureAlert({ onRetry }: { onRetry(): void }) {
  const failure = usePlayer((s) => s.failure);
  // Read only while failed: playback's time updates do not re-render the (absent) alert.
  const at = usePlayer((s) => (s.failure === null ? 0 : Math.floor(s.pendingStart ?? s.currentTime)));
  if (!failure) return null;
  return (
    <div className="player-failure" role="alert">
      <p>{MESSAGES[failure]}</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
      {at > 0 && <span className="player-failure-at"> from {formatTime(at)}</span>}
    </div>
  );
}
