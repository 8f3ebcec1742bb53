// A signal that a page's root has been taken over (or drawn): placed last in
// the root, its effect runs after those of the page before it, whose listeners
// (the player's keys) are then in place. What the viewer did before then is
// given to the page again at this moment (early-interactions.ts).
import { useEffect } from 'react';

/** Draws nothing; calls `then` once the root's first render has committed and its effects have run. */
export function TakenOver({ then }: { then: (() => void) | undefined }) {
  useEffect(() => then?.(), [then]);
  return null;
}
