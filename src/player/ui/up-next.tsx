// "Up next": when an episode of a show ends, the show's next episode, with a
// 10-second countdown to it (which the viewer can cancel, or turn off for
// good with the Autoplay switch). The page decides what "go there" means: the
// player never touches the address itself.
import { useEffect, useRef, useState } from 'react';
import type { EpisodeWithUpNext, UpNextEpisode } from '@/content/schema';
import { posterUrl } from '../media-urls';
import { readAutoplayChoice, saveAutoplayChoice } from '../autoplay-choice';
import { usePlayer, usePlayerStore } from './player-context';
import './up-next.css';

export const COUNTDOWN_SECONDS = 10;

export interface UpNextProps {
  /** The episode playing; its `upNext` (from the build) is the one offered. */
  episode: Pick<EpisodeWithUpNext, 'slug' | 'upNext'>;
  /** Goes to the next episode's watch page, to play it from its start. */
  onPlayNext?(slug: string): void;
}

/**
 * The slug the viewer is on their way to through up next. Kept in memory: the
 * watch page is drawn afresh without a reload, and a reload or a shared link
 * must not start playing by itself.
 */
let arrivingFromUpNext: string | undefined;

export function UpNext({ episode, onPlayNext }: UpNextProps) {
  usePlayOnArrival(episode.slug);
  const next = episode.upNext;
  if (!next || !onPlayNext) return null;
  return <UpNextOffer next={next} onPlayNext={onPlayNext} />;
}

function UpNextOffer({ next, onPlayNext }: { next: UpNextEpisode; onPlayNext(slug: string): void }) {
  const ended = usePlayer((s) => s.ended);
  // The remembered choice (on at first) is read once the page runs: the switch is drawn then,
  // never with a state that a moment later turns out wrong (a page rendered before any script
  // cannot know it), and without script it could do nothing.
  const [remembered, setRemembered] = useState<boolean>();
  useEffect(() => setRemembered(readAutoplayChoice()), []);
  const autoplay = remembered ?? true;
  const setAutoplay = setRemembered;
  // Cancelled for this ending: a new ending (after watching again) counts down afresh.
  const [cancelled, setCancelled] = useState(false);
  const [wasEnded, setWasEnded] = useState(ended);
  if (ended !== wasEnded) {
    setWasEnded(ended);
    if (ended) setCancelled(false);
  }
  const counting = ended && autoplay && !cancelled;
  const playNowRef = useRef<HTMLButtonElement>(null);

  const playNext = () => {
    arrivingFromUpNext = next.slug;
    onPlayNext(next.slug);
  };
  const cancel = () => {
    keepFocusInOffer(playNowRef.current);
    setCancelled(true);
  };

  useEffect(() => {
    if (!counting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // An open dialog (keys, share) owns Escape.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      keepFocusInOffer(playNowRef.current);
      setCancelled(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [counting]);

  // Said once, when the offer appears or the countdown starts; the ticking text is not a live region.
  const announcement = !ended ? '' : counting ? `Up next: ${next.title}, in ${COUNTDOWN_SECONDS} seconds` : `Up next: ${next.title}`;

  return (
    // Space on a focused button or switch here presses it (product.md, The watch page), rather
    // than reaching the player's Space key, which would start the episode again.
    <div className="up-next" onKeyDown={(event) => event.key === ' ' && event.stopPropagation()}>
      {ended && (
        <section className="up-next-offer" aria-label="Up next">
          <img className="up-next-poster" src={posterUrl(next.videoId)} alt="" width="160" height="90" decoding="async" />
          <div className="up-next-body">
            <p className="up-next-heading">Up next</p>
            <p className="up-next-title">{next.title}</p>
            {counting && <Countdown onZero={playNext} />}
            <div className="up-next-actions">
              <button type="button" ref={playNowRef} onClick={playNext}>
                Play now
              </button>
              {counting && (
                <button type="button" data-up-next="cancel" onClick={cancel}>
                  Cancel
                </button>
              )}
            </div>
          </div>
        </section>
      )}
      {remembered !== undefined && (
        <label className="up-next-autoplay">
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setAutoplay(on);
              saveAutoplayChoice(on);
            }}
          />
          Autoplay
        </label>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** Cancel goes away with the countdown: the focus it had goes to Play now, not to the page's start. */
function keepFocusInOffer(playNow: HTMLButtonElement | null) {
  if (document.activeElement instanceof HTMLElement && document.activeElement.dataset.upNext === 'cancel') playNow?.focus();
}

/**
 * "Next in 10 s", down to 0, then `onZero`. Mounted only while counting, so
 * each countdown starts from the top. Waits while the page is hidden: a viewer
 * in another tab has not chosen to move on.
 */
function Countdown({ onZero }: { onZero(): void }) {
  const [left, setLeft] = useState(COUNTDOWN_SECONDS);
  const onZeroRef = useRef(onZero);
  useEffect(() => {
    onZeroRef.current = onZero;
  });
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      setLeft((seconds) => Math.max(0, seconds - 1));
    }, 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onZeroRef.current();
  }, [left]);
  return (
    <p className="up-next-countdown">
      Next in {left} s
      <span className="up-next-countdown-bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${left / COUNTDOWN_SECONDS})` }} />
      </span>
    </p>
  );
}

/**
 * The next episode's page, reached through up next, plays from its start as
 * soon as its media is ready (the address it is given says `?t=0`).
 */
function usePlayOnArrival(slug: string) {
  const store = usePlayerStore();
  const [arrived] = useState(() => arrivingFromUpNext === slug);
  useEffect(() => {
    if (arrivingFromUpNext === slug) arrivingFromUpNext = undefined;
    if (!arrived) return;
    const playWhenReady = () => {
      if (!store.getState().ready) return false;
      store.getState().play();
      return true;
    };
    if (playWhenReady()) return;
    const unsubscribe = store.subscribe(() => {
      if (playWhenReady()) unsubscribe();
    });
    return unsubscribe;
  }, [store, slug, arrived]);
}
