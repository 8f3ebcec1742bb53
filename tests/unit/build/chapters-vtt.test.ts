// The WebVTT chapters track a player reads: cue times and cue text.
import { describe, expect, it } from 'vitest';
import { chaptersVtt, cueText, vttTimestamp } from '@/build/chapters-vtt';

describe('chaptersVtt', () => {
  it('runs each cue to the next chapter and the last to the end of the episode', () => {
    const vtt = chaptersVtt({
      duration: 4453,
      chapters: [
        { startTime: 0, title: '<Untitled Chapter 1>' },
        { startTime: 107, title: 'Introduction' },
        { startTime: 2807, title: 'Melange Signing Keys' },
      ],
    });
    expect(vtt).toBe(
      [
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:01:47.000',
        '&lt;Untitled Chapter 1&gt;',
        '',
        '00:01:47.000 --> 00:46:47.000',
        'Introduction',
        '',
        '00:46:47.000 --> 01:14:13.000',
        'Melange Signing Keys',
        '',
      ].join('\n'),
    );
  });

  it('leaves a gap before a first chapter that starts after 0', () => {
    const vtt = chaptersVtt({ duration: 600, chapters: [{ startTime: 120, title: 'Late start' }] });
    expect(vtt).toContain('00:02:00.000 --> 00:10:00.000\nLate start');
  });

  it('leaves out chapters at or after the duration; the one before them ends at the duration', () => {
    const vtt = chaptersVtt({
      duration: 1000,
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 900, title: 'Wrap-up' },
        { startTime: 1000, title: 'At the end' },
        { startTime: 1200, title: 'Past the end' },
      ],
    });
    expect(vtt).toContain('00:15:00.000 --> 00:16:40.000\nWrap-up\n');
    expect(vtt).not.toContain('At the end');
    expect(vtt).not.toContain('Past the end');
  });

  it('is a valid empty track for an episode without chapters', () => {
    expect(chaptersVtt({ duration: 60, chapters: [] })).toBe('WEBVTT\n');
  });
});

describe('cueText', () => {
  it('writes &, < and > as entities so a title is never read as markup', () => {
    expect(cueText('Q&A: <b>bold</b> --> done')).toBe('Q&amp;A: &lt;b&gt;bold&lt;/b&gt; --&gt; done');
  });

  it('keeps a cue on one line, since a blank line would end it', () => {
    expect(cueText('Part one\n\nPart two')).toBe('Part one Part two');
  });
});

describe('vttTimestamp', () => {
  it.each([
    [0, '00:00:00.000'],
    [59.5, '00:00:59.500'],
    [4453, '01:14:13.000'],
    [0.0005, '00:00:00.001'],
    [360_000, '100:00:00.000'],
  ])('%d s is %s', (seconds, text) => {
    expect(vttTimestamp(seconds)).toBe(text);
  });
});
