// An episode's chapters in Podcasting 2.0 JSON chapters (product.md, Build output), the format podcast apps read.
// https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md
import type { Episode } from '../content/schema.ts';

export const chaptersJsonPath = (slug: string) => `chapters/${slug}.json`;

export interface PodcastChapters {
  version: '1.2.0';
  chapters: { startTime: number; title: string }[];
}

/**
 * Chapters that start at or after the episode's duration are left out, as in
 * the WebVTT chapters track (chapters-vtt.ts): no listener could land on them.
 */
export function podcastChapters(episode: Pick<Episode, 'chapters' | 'duration'>): PodcastChapters {
  return {
    version: '1.2.0',
    chapters: episode.chapters
      .filter((chapter) => chapter.startTime < episode.duration)
      .map(({ startTime, title }) => ({ startTime, title })),
  };
}

/** The file's text. JSON.stringify escapes what JSON must; a lone surrogate is written as `\ud800`. */
export function chaptersJson(episode: Pick<Episode, 'chapters' | 'duration'>): string {
  return `${JSON.stringify(podcastChapters(episode), null, 2)}\n`;
}
