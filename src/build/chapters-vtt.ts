// An episode's chapters as a WebVTT chapters track (product.md, Build output).
import type { Episode } from '../content/schema.ts';
import { startsBeforeEnd } from '../content/site.ts';

/**
 * Each cue runs from a chapter's start to the next chapter's start; the last
 * ends at the episode's duration.
 *
 * Chapters that start at or after the duration (real content has them; the
 * build warns) are left out rather than clamped: a cue must end after it
 * starts, and a chapter squeezed into zero seconds at the very end is one no
 * viewer could land on. The chapter before them then ends at the duration.
 */
export function chaptersVtt(episode: Pick<Episode, 'chapters' | 'duration'>): string {
  const chapters = episode.chapters.filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  const cues = chapters.map((chapter, index) => {
    const end = chapters[index + 1]?.startTime ?? episode.duration;
    return `${vttTimestamp(chapter.startTime)} --> ${vttTimestamp(end)}\n${cueText(chapter.title)}`;
  });
  return `${['WEBVTT', ...cues].join('\n\n')}\n`;
}

/** `hh:mm:ss.ttt`, as WebVTT requires (hours may run past 99). */
export function vttTimestamp(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(milliseconds / 3_600_000);
  const minutes = Math.floor(milliseconds / 60_000) % 60;
  const wholeSeconds = Math.floor(milliseconds / 1000) % 60;
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(wholeSeconds)}.${pad(milliseconds % 1000, 3)}`;
}

/**
 * A title as cue text: one line (a blank line would end the cue) with `&`, `<`
 * and `>` as entities, so `<Untitled Chapter 1>` reads as text, not a tag.
 */
export function cueText(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
