// The Seek slider's own keys (the ARIA slider pattern) and where its hover preview sits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewOffset, SLIDER_PAGE_SECONDS, SLIDER_STEP_SECONDS, sliderKeyRequest } from '@/player/core/slider-keys';

const key = (name: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('sliderKeyRequest', () => {
  it('steps with all four arrows, pages with Page Up/Down, and goes to the ends with Home/End', () => {
    expect(sliderKeyRequest(key('ArrowUp'))).toEqual(['seekBy', SLIDER_STEP_SECONDS]);
    expect(sliderKeyRequest(key('ArrowRight'))).toEqual(['seekBy', SLIDER_STEP_SECONDS]);
    expect(sliderKeyRequest(key('ArrowDown'))).toEqual(['seekBy', -SLIDER_STEP_SECONDS]);
    expect(sliderKeyRequest(key('ArrowLeft'))).toEqual(['seekBy', -SLIDER_STEP_SECONDS]);
    expect(sliderKeyRequest(key('PageUp'))).toEqual(['seekBy', SLIDER_PAGE_SECONDS]);
    expect(sliderKeyRequest(key('PageDown'))).toEqual(['seekBy', -SLIDER_PAGE_SECONDS]);
    expect(sliderKeyRequest(key('Home'))).toEqual(['seekToFraction', 0]);
    expect(sliderKeyRequest(key('End'))).toEqual(['seekToFraction', 1]);
  });

  it('leaves modified keys (Ctrl+← for chapters) and other keys to the page', () => {
    expect(sliderKeyRequest(key('ArrowLeft', { ctrlKey: true }))).toBeUndefined();
    expect(sliderKeyRequest(key('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(sliderKeyRequest(key('k'))).toBeUndefined();
    expect(sliderKeyRequest(key(' '))).toBeUndefined();
  });
});

describe('previewOffset', () => {
  it('centres the preview on the pointer away from the ends', () => {
    expect(previewOffset(500, 100, 1000)).toBe(450);
  });

  it('shifts it in at either end rather than cutting it off', () => {
    expect(previewOffset(0, 100, 1000)).toBe(0);
    expect(previewOffset(1000, 100, 1000)).toBe(900);
  });

  it('always keeps a preview that fits within the track', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 4000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -0.2, max: 1.2, noNaN: true }), (track, share, at) => {
        const width = track * share;
        const left = previewOffset(at * track, width, track);
        return left >= 0 && left + width <= track + 1e-6;
      }),
    );
  });
});
