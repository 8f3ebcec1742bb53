// Touch: a tap shows the controls (handled by the stage's pointer events);
// a double tap on the left or right third of the picture seeks 10 s.
import { useEffect } from 'react';
import { usePlayerStore } from './player-context';

const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_SEEK_SECONDS = 10;

export function useTouchGestures(videoRef: React.RefObject<HTMLVideoElement | null>) {
  const store = usePlayerStore();
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let lastTap = { time: 0, side: 0 };
    const onPointerUp = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      const rect = video.getBoundingClientRect();
      const x = (event.clientX - rect.left) / rect.width;
      const side = x < 1 / 3 ? -1 : x > 2 / 3 ? 1 : 0;
      const now = event.timeStamp;
      if (side !== 0 && side === lastTap.side && now - lastTap.time < DOUBLE_TAP_MS) {
        store.getState().seekBy(side * DOUBLE_TAP_SEEK_SECONDS);
        lastTap = { time: 0, side: 0 };
        return;
      }
      lastTap = { time: now, side };
    };
    video.addEventListener('pointerup', onPointerUp);
    return () => video.removeEventListener('pointerup', onPointerUp);
  }, [store, videoRef]);
}
