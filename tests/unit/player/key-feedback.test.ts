// The words a key press shows on the picture, worked out before the media confirms the change.
import { describe, expect, it } from 'vitest';
import { keyFeedback, type FeedbackState } from '@/player/core/key-feedback';

const state: FeedbackState = {
  chapters: [
    { startTime: 0, title: 'Welcome' },
    { startTime: 100, title: 'Signing keys' },
  ],
  currentTime: 50,
  duration: 200,
  paused: true,
  playbackRate: 1,
  volume: 0.5,
  muted: false,
  captionsOn: false,
};

describe('keyFeedback', () => {
  it('signs seeks with a true minus', () => {
    expect(keyFeedback(['seekBy', 10], state)).toBe('+10 s');
    expect(keyFeedback(['seekBy', -5], state)).toBe('\u22125 s');
  });

  it('names the speed, the mute and the captions the key leads to', () => {
    expect(keyFeedback(['stepPlaybackRate', 1], state)).toBe('1.25×');
    expect(keyFeedback(['stepPlaybackRate', -1], { ...state, playbackRate: 2 })).toBe('1.75×');
    expect(keyFeedback(['toggleMute'], state)).toBe('Muted');
    expect(keyFeedback(['toggleMute'], { ...state, muted: true })).toBe('Unmuted');
    expect(keyFeedback(['toggleCaptions'], state)).toBe('Captions on');
    expect(keyFeedback(['toggleCaptions'], { ...state, captionsOn: true })).toBe('Captions off');
    expect(keyFeedback(['togglePlay'], state)).toBe('Play');
    expect(keyFeedback(['togglePlay'], { ...state, paused: false })).toBe('Pause');
  });

  it('gives the volume in whole percent, held between 0 and 100', () => {
    expect(keyFeedback(['changeVolumeBy', 0.05], state)).toBe('Volume 55%');
    expect(keyFeedback(['changeVolumeBy', 0.05], { ...state, volume: 1 })).toBe('Volume 100%');
    expect(keyFeedback(['changeVolumeBy', -0.05], { ...state, volume: 0.02 })).toBe('Volume 0%');
  });

  it('names where a jump lands: a time, or the chapter', () => {
    expect(keyFeedback(['seekToFraction', 0.5], state)).toBe('1:40');
    expect(keyFeedback(['nextChapter'], state)).toBe('Signing keys');
    expect(keyFeedback(['previousChapter'], { ...state, currentTime: 150 })).toBe('Signing keys');
  });

  it('shows nothing for keys whose result shows itself', () => {
    expect(keyFeedback(['setKeysOpen', true], state)).toBeUndefined();
    expect(keyFeedback(['toggleFullscreen'], state)).toBeUndefined();
  });
});
