// Keeps captions readable above the control bar: while the bar shows over
// the picture, the captions' box moves up by the bar's height (gradient
// included), written as `--captions-lift` on the stage for the stylesheet.
// Where the bar sits under the picture (phones), nothing covers the captions.
import { useEffect } from 'react';

export function useCaptionsClearance(
  stageRef: React.RefObject<HTMLElement | null>,
  pictureRef: React.RefObject<HTMLElement | null>,
  controlsRef: React.RefObject<HTMLElement | null>,
  controlsVisible: boolean,
) {
  useEffect(() => {
    const stage = stageRef.current!;
    const picture = pictureRef.current!;
    const controls = controlsRef.current!;
    const update = () => {
      const pictureBox = picture.getBoundingClientRect();
      const controlsBox = controls.getBoundingClientRect();
      // How far the bar reaches up into the picture: none when hidden or below it.
      const covered = controlsVisible ? Math.max(0, Math.min(pictureBox.bottom, controlsBox.bottom) - Math.max(pictureBox.top, controlsBox.top)) : 0;
      stage.style.setProperty('--captions-lift', `${Math.ceil(covered)}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(controls);
    observer.observe(picture);
    return () => observer.disconnect();
  }, [stageRef, pictureRef, controlsRef, controlsVisible]);
}
