// Keeps captions readable above the control bar: while the bar shows over
// the picture, the captions' box moves up by the bar's height (gradient
// included), written as `--captions-lift` on the stage for the stylesheet.
// Where the bar sits under the picture (phones), nothing covers the captions.
import { useEffect } from 'react';

export function useCaptionsClearance(
  stageRef: React.RefObject<HTMLElement | null>,
  controlsRef: React.RefObject<HTMLElement | null>,
  controlsVisible: boolean,
) {
  useEffect(() => {
    const stage = stageRef.current!;
    const controls = controlsRef.current!;
    const update = () => {
      const stageBox = stage.getBoundingClientRect();
      const controlsBox = controls.getBoundingClientRect();
      // How far the bar reaches up into the picture (0 when it sits below it).
      const covered = controlsVisible ? Math.max(0, Math.min(stageBox.bottom, controlsBox.bottom) - controlsBox.top) : 0;
      const overPicture = controlsBox.top < stageBox.bottom - 1 && controlsBox.bottom > stageBox.bottom - 1;
      stage.style.setProperty('--captions-lift', `${overPicture ? Math.ceil(covered) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(controls);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stageRef, controlsRef, controlsVisible]);
}
