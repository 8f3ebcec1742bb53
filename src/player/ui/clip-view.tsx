// A clip on the watch page (product.md, Clips): the status saying so, with a
// way back to the whole episode, and the clip's band on the timeline. Both
// come from the store's clip, which a page rendered before any script never
// has, so they appear once the app has taken the page over: the status is
// laid over the picture, where it shifts nothing. Loaded only on a clip link
// (use-clip-view.ts); its styles (clip.css) come with the player's.
import { clipDescription, clipLabel } from '../core/clip-text';
import { withoutClipEnd } from '../core/clip-address';
import { usePlayer } from './player-context';

/**
 * `Clip 46:47–48:08` and `Watch full episode`, which removes the clip and
 * hands the page the change its address needs (`withoutClipEnd`).
 */
export function ClipNotice({ onWatchFullEpisode, player }: { onWatchFullEpisode?(withoutClip: (href: string) => string): void; player: React.RefObject<HTMLElement | null> }) {
  const clip = usePlayer((s) => s.clip);
  const clearClip = usePlayer((s) => s.clearClip);
  if (!clip) return null;
  return (
    <div className="clip-notice">
      <span role="status">{clipLabel(clip)}</span>
      <button
        type="button"
        onClick={() => {
          clearClip();
          onWatchFullEpisode?.(withoutClipEnd);
          // The notice goes, and this button with it: focus stays in the player.
          player.current?.focus();
        }}
      >
        Watch full episode
      </button>
    </div>
  );
}

/**
 * The clip's range over the timeline's chapter segments: a hatched band
 * between two end marks (not colour alone), and the words the slider's
 * `aria-describedby` points at.
 */
export function ClipBand({ descriptionId }: { descriptionId: string }) {
  const clip = usePlayer((s) => s.clip);
  const duration = usePlayer((s) => s.duration);
  if (!clip || !(duration > 0)) return null;
  const percent = (seconds: number) => `${(Math.min(1, seconds / duration) * 100).toFixed(3)}%`;
  return (
    <>
      <div className="timeline-clip" style={{ left: percent(clip.start), right: `calc(100% - ${percent(clip.end)})` }} aria-hidden="true" />
      <span id={descriptionId} hidden>
        {clipDescription(clip)}
      </span>
    </>
  );
}
