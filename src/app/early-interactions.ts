// What a viewer does to a prerendered page before the app has taken it over,
// noted from the page's first moment by its early script (early-media-start.ts).
// The page's code takes it over only once its first frame is up
// (first-frame.ts), so a click on the prerendered Play button, or a key, meets
// markup with nothing behind it yet. Each is noted as it happens and given
// again, to the same element, once the app has taken the page over (a key
// to the page if the app has since replaced its element; a click on such an
// element is lost, as it would be): the click still plays, the key still
// seeks, a press on the seek bar still seeks to where it was let go. Links
// need none of this (they work as links), nor does what the browser does by
// itself: moving focus (Tab), typing in a field, a key pressing a focused
// button (its click is noted instead).

/** Where a key is the browser's own business: fields that take text (the page's inputs are these, checkboxes and the volume's range), and focused buttons and links for Enter and Space. */
const TEXT_ENTRY = 'textarea, select, input:not([type=checkbox], [type=range])';
const PRESSABLE = 'button, a[href]';
/** The seek bar, by its role: pressed and let go, it seeks (src/player/ui/timeline.tsx). */
const SLIDER = '[role=slider]';

export interface EarlyInteractions {
  /** Gives the page what the viewer did, and stops noting. */
  replay(): void;
}

declare global {
  interface Window {
    /** Noted by the page's early script from the start (early-media-start.ts), replayed by the app's entry. */
    earlyInteractions?: EarlyInteractions;
  }
}

/**
 * Notes clicks on buttons, presses on a slider and keys inside the page's root (which `root` finds, once it is parsed)
 * until `replay`, which gives them to the page again. A noted event goes no further meanwhile (the browser still does what it does by itself),
 * so that a page taken over in the middle of it does not answer it twice.
 */
export function noteEarlyInteractions(root: () => Element | null): EarlyInteractions {
  const noted: Array<() => void> = [];
  const listening = new AbortController();
  const options = { capture: true, signal: listening.signal };
  const inRoot = (target: EventTarget | null) => (target instanceof Element && root()?.contains(target) ? target : null);
  const note = (event: Event, replay: () => void) => {
    event.stopPropagation();
    noted.push(replay);
  };
  addEventListener(
    'click',
    (event) => {
      const button = inRoot(event.target)?.closest('button');
      if (button && !button.form) note(event, () => button.click());
    },
    options,
  );
  // A press the browser takes back (pointercancel) is given back too, so that it seeks nowhere, as it would live.
  for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const) {
    addEventListener(
      type,
      (event) => {
        const slider = inRoot(event.target)?.closest(SLIDER);
        // A copy of the press, where it happened: the slider reads where it is let go from clientX.
        if (slider) note(event, () => slider.dispatchEvent(new PointerEvent(type, event)));
      },
      options,
    );
  }
  addEventListener(
    'keydown',
    (event) => {
      const target = inRoot(event.target) ?? document.body;
      // Typing in a field is the field's wherever it is: in the root or not (another part of the page, an extension's box).
      const typing = event.target instanceof HTMLElement && (event.target.matches(TEXT_ENTRY) || event.target.isContentEditable);
      const own = event.key === 'Tab' || typing || ((event.key === 'Enter' || event.key === ' ') && target.closest(PRESSABLE));
      if (own) return;
      const copy = new KeyboardEvent('keydown', event);
      note(event, () => (target.isConnected ? target : document.body).dispatchEvent(copy));
    },
    options,
  );
  return {
    replay() {
      listening.abort();
      for (const replay of noted.splice(0)) replay();
    },
  };
}
