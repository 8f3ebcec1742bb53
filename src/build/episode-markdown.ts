// `watch/<slug>.md`: an episode as Markdown (product.md, Build output), for readers and tools that
// want its words without a page: the title, the description, the chapters and the transcript,
// every time a link to that moment on the watch page.
import type { Episode } from '../content/schema.ts';
import { startsBeforeEnd } from '../content/site.ts';
import { formatTime } from '../player/core/time.ts';
import type { TranscriptSection } from './transcript-document.ts';
import { momentQuery } from './transcript-document.ts';

/**
 * Text that a Markdown renderer (CommonMark, GitHub's) shows as exactly these characters. Escaped
 * with a backslash: every character that can open or close inline markup wherever it stands
 * (emphasis, code, links and images, HTML and autolinks, a character reference's `&`, strikethrough,
 * table cells, a heading's closing `#`s), and at the start one that would open a block there
 * (a list item, a setext underline). Characters that only mean something next to those (`!` and
 * `(` after `[`…`]`) stay as they are, so ordinary words read as written in the file too. Runs of
 * whitespace, line breaks included, become one space: the text is one line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|~#]|&(?=#?[a-z0-9]+;)/gi, '\\$&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A URL as a link destination: no character in it can end the link early. */
const linkDestination = (url: string) => url.replace(/[()<> ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/** `[46:47](<watch page>?t=2807)`. */
const momentLink = (watchPageUrl: string, seconds: number) => `[${formatTime(seconds)}](${linkDestination(`${watchPageUrl}${momentQuery(seconds)}`)})`;

export interface EpisodeMarkdownInput {
  episode: Pick<Episode, 'title' | 'description' | 'chapters' | 'duration'>;
  /** The watch page's absolute URL, without a query. */
  watchPageUrl: string;
  /** The transcript, when the episode's captions could be read. */
  transcript?: readonly TranscriptSection[];
}

export function episodeMarkdown({ episode, watchPageUrl, transcript }: EpisodeMarkdownInput): string {
  const blocks = [`# ${markdownText(episode.title)}`];
  // The description's paragraphs stay paragraphs; a line break inside one reads as a space.
  const description = (episode.description ?? '').split(/\n\s*\n/).map(markdownText).filter(Boolean);
  blocks.push(...description);

  const chapters = episode.chapters.filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  if (chapters.length > 0) {
    blocks.push('## Chapters', chapters.map((chapter) => `- ${momentLink(watchPageUrl, chapter.startTime)} ${markdownText(chapter.title)}`).join('\n'));
  }

  if (transcript && transcript.length > 0) {
    blocks.push('## Transcript');
    for (const { chapter, paragraphs } of transcript) {
      if (chapter) blocks.push(`### ${markdownText(chapter.title)}`);
      for (const { start, speaker, text } of paragraphs) {
        blocks.push(`${momentLink(watchPageUrl, start)} ${markdownText(speaker === undefined ? text : `${speaker}: ${text}`)}`);
      }
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
