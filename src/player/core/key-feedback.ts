// What a keyboard action did, in a word or two for the picture (`+10 s`,
// `1.5×`, `Muted`), as YouTube shows it: a viewer who pressed a key sees it land.
import { activeChapterIndex, nextChapterTarget, previousChapterTarget } from './chapters';
import type { KeyRequest } from './keys';
import { nextPlaybackRate } from './playback-rates';
import type { PlayerState } from './store';
import { formatTime } from './time';

/** The state a key's feedback is worked out from: the player's, just before the key's request. */
export type FeedbackState = Pick<PlayerState, 'chapters' | 'currentTime' | 'duration' | 'paused' | 'playbackRate' | 'volume' | 'muted' | 'captionsOn'>;

/** A signed number of seconds, with a true minus sign: `+10 s`, `−5 s`. */
const signedSeconds = (seconds: number) => `${seconds < 0 ? '\u2212' : '+'}${Math.abs(seconds)} s`;

const rateText = (rate: number) => `${rate}×`;

const chapterAt = (state: FeedbackState, time: number) => {
  const index = activeChapterIndex(state.chapters, time);
  return index >= 0 ? state.chapters[index]?.title : undefined;
};

/**
 * The feedback for a key's request, or undefined for one that shows its own
 * result (the keys dialog). Worked out from the state before the request: the
 * media confirms a change a moment later, and the feedback should not wait.
 */
export function keyFeedback(request: KeyRequest, state: FeedbackState): string | undefined {
  switch (request[0]) {
    case 'togglePlay':
      return state.paused ? 'Play' : 'Pause';
    case 'seekBy':
      return signedSeconds(request[1]);
    case 'seekToFraction':
      return formatTime(Math.floor(request[1] * state.duration));
    case 'previousChapter': {
      const target = previousChapterTarget(state.chapters, state.currentTime);
      return target === undefined ? undefined : (chapterAt(state, target) ?? formatTime(target));
    }
    case 'nextChapter': {
      const target = nextChapterTarget(state.chapters, state.currentTime, state.duration);
      return target === undefined ? undefined : (chapterAt(state, target) ?? formatTime(target));
    }
    case 'stepPlaybackRate':
      return rateText(nextPlaybackRate(state.playbackRate, request[1]));
    case 'changeVolumeBy': {
      const volume = Math.min(1, Math.max(0, Math.round((state.volume + request[1]) * 100) / 100));
      return `Volume ${Math.round(volume * 100)}%`;
    }
    case 'toggleMute':
      return state.muted ? 'Unmuted' : 'Muted';
    case 'toggleCaptions':
      return state.captionsOn ? 'Captions off' : 'Captions on';
    default:
      return undefined;
  }
}
