// An episode's transcript as a reader meets it without script (product.md, Transcripts): its
// cues gathered into paragraphs under the chapter they fall in, each paragraph a link to its
// moment. The watch page's HTML and the episode's Markdown are both written from these sections.
import type { Chapter } from '../content/schema.ts';
import { startsBeforeEnd } from '../content/site.ts';
import { formatTime } from '../player/core/time.ts';
import { escapeHtml } from './html-escape.ts';
import { isoDuration } from './prerender-head.ts';
import type { TranscriptCue } from './transcripts.ts';

export interface TranscriptParagraph {
  /** Seconds: its first cue's start. */
  start: number;
  /** Who speaks, when the cues name a speaker. */
  speaker?: string;
  /** Its cues' words, joined by spaces. */
  text: string;
  /**
   * Where each of its cues starts: the cue's second, and where its words start in `text`. A
   * search lands on the line that says the words found, not where its paragraph starts
   * (search-index.ts).
   */
  lines: TranscriptLineStart[];
}

export interface TranscriptLineStart {
  /** Seconds: the cue's start. */
  start: number;
  /** The index in the paragraph's `text` where the cue's words begin. */
  at: number;
}

export interface TranscriptSection {
  /** The chapter the paragraphs fall in; none for cues before the first chapter. */
  chapter?: Chapter;
  paragraphs: TranscriptParagraph[];
}

/** A paragraph runs at least this long before it ends at the end of a sentence… */
const PARAGRAPH_SECONDS = 30;
/** …and ends at the next cue once it runs this long, sentence or not. */
const LONGEST_PARAGRAPH_SECONDS = 60;
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

/**
 * The cues (in time order) as paragraphs under the chapters that have any. A paragraph ends where
 * a chapter starts, where another speaker is named, and after 30–60 s (at a sentence's end if
 * there is one): long enough to read as prose, short enough that its link lands near any line.
 */
export function transcriptSections(cues: readonly TranscriptCue[], episode: { chapters: readonly Chapter[]; duration: number }): TranscriptSection[] {
  const chapters = episode.chapters.filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  const sections: TranscriptSection[] = [];
  let nextChapter = 0;
  let section: TranscriptSection | undefined;
  let paragraph: TranscriptParagraph | undefined;
  for (const cue of cues) {
    let chapterStarted = false;
    while (nextChapter < chapters.length && chapters[nextChapter]!.startTime <= cue.start) {
      nextChapter++;
      chapterStarted = true;
    }
    if (!section || chapterStarted) {
      const chapter = chapters[nextChapter - 1];
      section = chapter ? { chapter, paragraphs: [] } : { paragraphs: [] };
      sections.push(section);
      paragraph = undefined;
    }
    const length = paragraph ? cue.start - paragraph.start : 0;
    const endsHere =
      !paragraph ||
      (cue.speaker !== undefined && cue.speaker !== paragraph.speaker) ||
      length >= LONGEST_PARAGRAPH_SECONDS ||
      (length >= PARAGRAPH_SECONDS && ENDS_SENTENCE.test(paragraph.text));
    if (endsHere) {
      const lines = [{ start: cue.start, at: 0 }];
      paragraph = cue.speaker === undefined ? { start: cue.start, text: cue.text, lines } : { start: cue.start, speaker: cue.speaker, text: cue.text, lines };
      section.paragraphs.push(paragraph);
    } else {
      paragraph!.text += ' ';
      paragraph!.lines.push({ start: cue.start, at: paragraph!.text.length });
      paragraph!.text += cue.text;
    }
  }
  return sections;
}

/** `?t=<whole second>`: the link every reader of our links understands (product.md, Addresses). */
export const momentQuery = (seconds: number) => `?t=${Math.max(0, Math.floor(seconds))}`;

/** The id a chapter's heading has in the transcript, to link to: `chapter-2807`. */
export const chapterHeadingId = (chapter: Chapter) => `chapter-${chapter.startTime}`;

/**
 * The transcript for the watch page's HTML, outside the app's root. It has no name of its own:
 * the interactive transcript, which hides it once it takes over, is the region named Transcript.
 * It is a complementary landmark (to the page's main) because everything on a page belongs in
 * one, for those who move by landmarks; unnamed, it is no second region.
 */
export function transcriptHtml(sections: readonly TranscriptSection[]): string {
  const parts = ['<section class="transcript-document" data-transcript-document role="complementary">', '<h2>Transcript</h2>'];
  for (const { chapter, paragraphs } of sections) {
    // Each chapter's part in a box of its own, which the browser lays out only when it nears the screen (app.css).
    parts.push('<div class="transcript-chapter">');
    if (chapter) parts.push(`<h3 id="${escapeHtml(chapterHeadingId(chapter))}">${escapeHtml(chapter.title)}</h3>`);
    for (const { start, speaker, text } of paragraphs) {
      const words = speaker === undefined ? text : `${speaker}: ${text}`;
      const time = `<time datetime="${isoDuration(Math.floor(start))}">${formatTime(start)}</time>`;
      parts.push(`<p><a href="${momentQuery(start)}">${time} ${escapeHtml(words)}</a></p>`);
    }
    parts.push('</div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}
