// Whether the control bar shows over the picture. It stays while paused, and
// for a moment after any move, touch or key; during playback it then hides,
// unless the keyboard is working in it (focus that shows a focus ring). Focus
// left on a button clicked with the mouse does not keep it: captions and the
// picture would stay covered for the rest of the video.
import { useEffect, useState } from 'react';
import { usePlayer } from './player-context';

const IDLE_HIDE_MS = 3000;

export function useControlsVisibility(stageRef: React.RefObject<HTMLDivElement | null>): boolean {
  const paused = usePlayer((s) => s.paused);
  const [active, setActive] = useState(true);
  useEffect(() => {
    const stage = stageRef.current!;
    let timer: number | undefined;
    const keyboardWorkingInStage = () => {
      const focused = document.activeElement;
      return focused !== null && focused !== stage && stage.contains(focused) && focused.matches(':focus-visible');
    };
    const wake = () => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (keyboardWorkingInStage()) wake();
        else setActive(false);
      }, IDLE_HIDE_MS);
    };
    const events = ['pointermove', 'pointerdown', 'focusin'] as const;
    events.forEach((type) => stage.addEventListener(type, wake));
    document.addEventListener('keydown', wake);
    wake();
    return () => {
      window.clearTimeout(timer);
      events.forEach((type) => stage.removeEventListener(type, wake));
      document.removeEventListener('keydown', wake);
    };
  }, [stageRef]);
  return paused || active;
}
