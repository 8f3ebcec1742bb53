// The played fill and the chapter's progress are written only when their edge moves a device pixel.
import { describe, expect, it } from 'vitest';
import { drawFill, type FillElement } from '@/player/ui/progress-fill';

/** A bar of `width` CSS pixels that counts its style writes. */
function bar(width: number) {
  let transform = '';
  const writes: string[] = [];
  const element: FillElement & { writes: string[] } = {
    clientWidth: width,
    writes,
    style: {
      get transform() {
        return transform;
      },
      set transform(value: string) {
        transform = value;
        writes.push(value);
      },
    },
  };
  return element;
}

/** Plays `seconds` of an episode of `duration` in time updates four a second, drawing each. */
function play(element: FillElement, duration: number, seconds: number, pixelRatio = 1) {
  let edge = NaN;
  for (let tick = 0; tick <= seconds * 4; tick++) edge = drawFill(element, tick / 4 / duration, edge, pixelRatio);
}

describe('drawFill', () => {
  it('writes an hour-long episode’s fill on an 800 px timeline about once per pixel, not at every time update', () => {
    const timeline = bar(800);
    play(timeline, 3600, 60);
    // 60 s of 3,600 on 800 px: the edge crosses 13 or 14 pixels, in 241 time updates.
    expect(timeline.writes.length).toBeGreaterThanOrEqual(13);
    expect(timeline.writes.length).toBeLessThanOrEqual(15);
  });

  it('follows every time update where a quarter second is a pixel or more', () => {
    const shortEpisode = bar(1200);
    play(shortEpisode, 60, 10);
    expect(shortEpisode.writes).toHaveLength(41);
  });

  it('counts device pixels: a sharper screen is redrawn more often', () => {
    const standard = bar(800);
    const retina = bar(800);
    play(standard, 3600, 60, 1);
    play(retina, 3600, 60, 2);
    expect(retina.writes.length).toBeGreaterThan(standard.writes.length * 1.8);
  });

  it('draws the exact fraction, clamped to the bar, and nothing for a fraction that is not a number', () => {
    const timeline = bar(800);
    expect(drawFill(timeline, 0.25, NaN, 1)).toBe(200);
    expect(timeline.style.transform).toBe('scaleX(0.25)');
    drawFill(timeline, 1.5, NaN, 1);
    expect(timeline.style.transform).toBe('scaleX(1)');
    drawFill(timeline, -1, NaN, 1);
    expect(timeline.style.transform).toBe('scaleX(0)');
    drawFill(timeline, NaN, NaN, 1);
    expect(timeline.style.transform).toBe('scaleX(0)');
  });

  it('draws whatever the edge when told nothing is drawn (NaN), as after a drag', () => {
    const timeline = bar(800);
    const edge = drawFill(timeline, 0.5, NaN, 1);
    expect(drawFill(timeline, 0.5, edge, 1)).toBe(edge);
    expect(timeline.writes).toHaveLength(1);
    drawFill(timeline, 0.5, NaN, 1);
    expect(timeline.writes).toHaveLength(2);
  });

  it('redraws when the bar is resized, even at the same fraction', () => {
    const timeline = bar(800);
    const edge = drawFill(timeline, 0.5, NaN, 1);
    const wider: FillElement = { clientWidth: 1600, style: timeline.style };
    expect(drawFill(wider, 0.5, edge, 1)).toBe(800);
    expect(timeline.writes).toHaveLength(2);
  });
});
