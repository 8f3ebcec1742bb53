// Brings the player into view when asked (a chapter activated while the
// picture is scrolled away, as on a phone with the list below it): the
// viewer should see what they just started.
import { useEffect } from 'react';
import { usePlayerStore } from './player-context';

export function useRevealOnRequest(targetRef: React.RefObject<HTMLElement | null>) {
  const store = usePlayerStore();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const target = targetRef.current;
        if (state.revealRequests === previous.revealRequests || !target) return;
        const box = target.getBoundingClientRect();
        // Mostly visible already: leave the page where the viewer put it.
        const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
        if (visible >= box.height * 0.75) return;
        const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      }),
    [store, targetRef],
  );
}
