// The seek slider, drawn in chapter segments with gaps. The played and
// buffered fills move by style writes from the store and from a frame
// callback, and only when its edge moves a pixel (progress-fill.ts); the
// slider's value and its text are written as they change (useLiveValue), so
// playback renders nothing in React.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { activeChapterIndex, timelineSegments } from '../core/chapters';
import { formatTime } from '../core/time';
import { selectActiveChapter, type PlayerState } from '../core/store';
import { useLiveValue, usePlayer, usePlayerStore } from './player-context';
import { previewOffset, sliderKeyRequest } from '../core/slider-keys';
import { sendKeyRequest } from '../core/key-request';
import type { ClipView } from './use-clip-view';
import { drawFill, observedFill } from './progress-fill';

/** The clip's description (one player per page). */
const CLIP_DESCRIPTION_ID = 'seek-clip-description';

/** Above this speed of the played fill, it is drawn every frame rather than at each timeupdate. */
const SMOOTH_PIXELS_PER_SECOND = 2;

interface Preview {
  time: number;
  /** 0..1 along the track, for placing the tooltip. */
  fraction: number;
}

/** `clipView`: the clip's band and description, once loaded (use-clip-view.ts). */
export function Timeline({ clipView }: { clipView?: ClipView }) {
  const store = usePlayerStore();
  const chapters = usePlayer((s) => s.chapters);
  const duration = usePlayer((s) => s.duration);
  const sliderRef = useRef<HTMLDivElement>(null);
  // The slider's value moves every second of playback: written into the page, not rendered (useLiveValue).
  const valueNow = useLiveValue(
    (s) => String(Math.min(Math.floor(s.currentTime), Math.round(s.duration))),
    (value) => sliderRef.current!.setAttribute('aria-valuenow', value),
  );
  const valueText = useLiveValue(sliderValueText, (text) => sliderRef.current!.setAttribute('aria-valuetext', text));
  const trackRef = useRef<HTMLDivElement>(null);
  const playedRef = useRef<HTMLDivElement>(null);
  const bufferedRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const dragging = useRef(false);
  const previewRef = useRef<HTMLDivElement>(null);
  // While dragging, the picture follows the pointer: at most one seek per frame, to the latest place.
  const dragSeek = useRef<{ frame: number; time: number } | null>(null);

  const segments = useMemo(() => timelineSegments(chapters, duration), [chapters, duration]);
  const gapMask = useMemo(() => segmentGapMask(segments, duration), [segments, duration]);
  // Written through the CSSOM, not a style attribute: the prerendered page's
  // Content Security Policy refuses inline style attributes.
  useLayoutEffect(() => {
    const track = trackRef.current!;
    track.style.maskImage = gapMask ?? '';
    track.style.setProperty('-webkit-mask-image', gapMask ?? '');
  }, [gapMask]);

  // Played fill: follows the store (timeupdate, about four times a second).
  // Only where a second of playback moves the fill by more than a couple of
  // pixels (a short episode, a wide screen) does it also follow the video's
  // clock every frame: on a long episode a pixel is several seconds, and a
  // frame loop would cost script time for nothing a viewer can see.
  useEffect(() => {
    let frame = 0;
    let edge = NaN;
    // The played fill spans the track: its width, as observed, is the track's (read from the page, it would force a layout).
    const played = observedFill(playedRef.current!, () => {
      draw(store.getState().livePosition(), NaN);
      followFrames(store.getState());
    });
    const draw = (time: number, drawnEdge = edge) => {
      if (dragging.current) {
        edge = NaN; // the pointer draws the fill meanwhile
        return;
      }
      const total = store.getState().duration;
      edge = drawFill(played, total > 0 ? time / total : 0, drawnEdge);
    };
    const tick = () => {
      draw(store.getState().livePosition());
      frame = requestAnimationFrame(tick);
    };
    const followFrames = (state: PlayerState) => {
      cancelAnimationFrame(frame);
      const pixelsPerSecond = state.duration > 0 ? (played.clientWidth * state.playbackRate) / state.duration : 0;
      if (!state.paused && pixelsPerSecond > SMOOTH_PIXELS_PER_SECOND) frame = requestAnimationFrame(tick);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.paused !== previous.paused || state.duration !== previous.duration || state.playbackRate !== previous.playbackRate) followFrames(state);
      if (state.currentTime !== previous.currentTime || state.duration !== previous.duration) draw(state.currentTime);
      if (state.buffered !== previous.buffered) drawBuffered(bufferedRef.current!, state.buffered, state.duration);
    });
    draw(store.getState().currentTime);
    followFrames(store.getState());
    return () => {
      unsubscribe();
      played.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [store]);

  const timeAt = (clientX: number): Preview => {
    const rect = trackRef.current!.getBoundingClientRect();
    const fraction = rect.width > 0 ? Math.min(1, Math.max(0, (clientX - rect.left) / rect.width)) : 0;
    return { time: fraction * duration, fraction };
  };

  const seekWhileDragging = (time: number) => {
    if (dragSeek.current) {
      dragSeek.current.time = time;
      return;
    }
    const pending = { frame: 0, time };
    pending.frame = requestAnimationFrame(() => {
      dragSeek.current = null;
      store.getState().seek(pending.time);
    });
    dragSeek.current = pending;
  };
  const endDragSeek = () => {
    if (dragSeek.current) cancelAnimationFrame(dragSeek.current.frame);
    dragSeek.current = null;
  };
  useEffect(() => endDragSeek, []);

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // A press made before the page was taken over comes again as a copy (src/app/early-interactions.ts):
    // its pointer is long gone, and capturing it would throw.
    if (event.isTrusted) event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = true;
    const at = timeAt(event.clientX);
    setPreview(at);
    playedRef.current!.style.transform = `scaleX(${at.fraction})`;
    seekWhileDragging(at.time);
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const at = timeAt(event.clientX);
    setPreview(at);
    if (!dragging.current) return;
    playedRef.current!.style.transform = `scaleX(${at.fraction})`;
    seekWhileDragging(at.time);
  };
  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    endDragSeek();
    store.getState().seek(timeAt(event.clientX).time);
    if (event.pointerType !== 'mouse') setPreview(null);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    // The ARIA slider's keys: arrows step, Page Up/Down take big steps, Home/End go to the ends.
    const request = sliderKeyRequest(event);
    if (!request) return;
    event.preventDefault();
    const state = store.getState();
    sendKeyRequest(state, request);
  };

  // The preview stays inside the player at both ends: shifted in from the edge rather than cut off.
  useLayoutEffect(() => {
    const box = previewRef.current;
    const track = trackRef.current;
    if (!box || !track || !preview) return;
    const offset = previewOffset(preview.fraction * track.clientWidth, box.offsetWidth, track.clientWidth);
    box.style.transform = `translateX(${offset}px)`;
  }, [preview]);

  // Under the pointer before the first chapter, the index is -1: no title.
  const previewTitle = preview && chapters[activeChapterIndex(chapters, preview.time)]?.title;
  const hovered = preview ? segments.find((s) => preview.time >= s.start && preview.time <= s.end) : undefined;

  return (
    <div
      className="timeline"
      ref={sliderRef}
      role="slider"
      tabIndex={0}
      aria-label="Seek"
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Number(valueNow)}
      aria-valuetext={valueText}
      aria-describedby={clipView && CLIP_DESCRIPTION_ID}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        dragging.current = false;
        endDragSeek();
        setPreview(null);
      }}
      onPointerLeave={() => {
        if (!dragging.current) setPreview(null);
      }}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-track" ref={trackRef}>
        <div className="timeline-buffered" ref={bufferedRef} />
        <div className="timeline-played" ref={playedRef} />
      </div>
      {clipView && <clipView.ClipBand descriptionId={CLIP_DESCRIPTION_ID} />}
      {hovered && (
        <div
          className="timeline-hovered-segment"
          style={{ left: `${(hovered.start / duration) * 100}%`, width: `${((hovered.end - hovered.start) / duration) * 100}%` }}
        />
      )}
      {preview && (
        <div className="timeline-preview" ref={previewRef} aria-hidden="true">
          {previewTitle && <span className="timeline-preview-title">{previewTitle}</span>}
          <span className="timeline-preview-time">{formatTime(preview.time)}</span>
        </div>
      )}
    </div>
  );
}

/** What the slider says of its value: the time, the length, and the chapter playing (none before the first). */
function sliderValueText(state: PlayerState): string {
  const title = state.chapters[selectActiveChapter(state)]?.title;
  return `${formatTime(Math.floor(state.currentTime))} of ${formatTime(state.duration)}${title ? `, ${title}` : ''}`;
}

/** Cuts a 2 px gap at each segment boundary, as a CSS mask over the whole track. */
function segmentGapMask(segments: ReadonlyArray<{ start: number; end: number }>, duration: number): string | undefined {
  if (segments.length < 2 || duration <= 0) return undefined;
  const stops = segments.slice(1).map(({ start }) => {
    const at = `${((start / duration) * 100).toFixed(4)}%`;
    return `#000 calc(${at} - 1px), transparent calc(${at} - 1px), transparent calc(${at} + 1px), #000 calc(${at} + 1px)`;
  });
  return `linear-gradient(to right, #000 0, ${stops.join(', ')}, #000 100%)`;
}

/** Buffered ranges drawn as one gradient: cheaper than an element per range. */
function drawBuffered(element: HTMLElement, ranges: ReadonlyArray<readonly [number, number]>, duration: number) {
  if (duration <= 0 || ranges.length === 0) {
    element.style.backgroundImage = 'none';
    return;
  }
  const pct = (t: number) => `${((Math.min(t, duration) / duration) * 100).toFixed(3)}%`;
  const stops = ranges.flatMap(([start, end]) => [
    `transparent ${pct(start)}`,
    `var(--timeline-buffered) ${pct(start)}`,
    `var(--timeline-buffered) ${pct(end)}`,
    `transparent ${pct(end)}`,
  ]);
  element.style.backgroundImage = `linear-gradient(to right, ${stops.join(', ')})`;
}
