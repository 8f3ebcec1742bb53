// What the control bar shows at its width (player.css reads the tokens): the
// breakpoints the bar's layout was drawn for, on either side of each.
import { describe, expect, it } from 'vitest';
import { controlBarFit } from '@/player/ui/control-bar-fit';

const tokens = (width: number) => controlBarFit(width).split(' ').filter(Boolean);

describe('controlBarFit', () => {
  it('keeps everything, on one row, from 761 px', () => {
    expect(tokens(761)).toEqual([]);
    expect(tokens(1400)).toEqual([]);
  });

  it('drops the buttons’ text from 760 px down, and the volume slider from 640 px', () => {
    expect(tokens(760)).toEqual(['compact']);
    expect(tokens(641)).toEqual(['compact']);
    expect(tokens(640)).toEqual(['compact', 'no-volume-slider']);
  });

  it('wraps below 560 px', () => {
    expect(tokens(560)).toEqual(['compact', 'no-volume-slider']);
    expect(tokens(559.5)).toEqual(['wraps', 'compact', 'no-volume-slider']);
    expect(tokens(300)).toEqual(['wraps', 'compact', 'no-volume-slider']);
  });

  it('takes a bar not laid out (0 px, display: none) for the narrowest', () => {
    expect(tokens(0)).toEqual(['wraps', 'compact', 'no-volume-slider']);
  });
});
