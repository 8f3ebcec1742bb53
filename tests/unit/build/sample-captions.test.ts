// The local mirror's caption track (scripts/make-media-mirror.sh): dense like an hour of real
// speech, on screen wherever one seeks, each cue naming its chapter, and plainly sample text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '@/build/transcripts';

const root = path.resolve(import.meta.dirname, '../../..');
const vtt = readFileSync(path.join(root, 'public/media/videos/f7rvx2rb04zl2vhgoltwedf5/captions/en.vtt'), 'utf8');
const episode = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(root, 'content/episodes/introducing-apko-and-melange.md'), 'utf8'))![1]!) as {
  duration: number;
  chapters: Array<{ startTime: number; title: string }>;
};
const cues = parseTranscript(vtt)!;

describe('the sample caption track', () => {
  it('has a cue every 3–4 s over the whole episode, with no gap and no two on screen at once', () => {
    expect(cues.length).toBeGreaterThan(1100);
    expect(cues.length).toBeLessThan(1400);
    expect(cues[0]!.start).toBe(0);
    expect(cues.at(-1)!.end).toBe(episode.duration);
    cues.forEach((cue, index) => {
      expect(cue.end - cue.start).toBeGreaterThan(2);
      expect(cue.end - cue.start).toBeLessThan(5);
      const next = cues[index + 1];
      if (next) expect(Math.round((next.start - cue.end) * 1000)).toBe(1);
    });
  });

  it('names in each cue the chapter it falls in, and reads as sample text', () => {
    const chapters = episode.chapters.filter((chapter) => chapter.startTime < episode.duration);
    for (const cue of cues) {
      const index = chapters.findLastIndex((chapter) => chapter.startTime <= cue.start);
      expect(cue.text.startsWith(`Chapter ${index + 1}: ${chapters[index]!.title} Sample caption `)).toBe(true);
      expect(cue.text).toMatch(/Sample caption [\d,]+ of 1,\d{3}\. (Placeholder text for testing the transcript\.|Sample words: \w+, \w+ and \w+\.)$/);
      if (cue.speaker !== undefined) expect(cue.speaker).toBe('Sample Narrator');
    }
    expect(cues.filter((cue) => cue.speaker === 'Sample Narrator')).toHaveLength(chapters.length);
  });
});
