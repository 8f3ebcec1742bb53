// The transcript as plain data: the captions' cues as lines of text (who
// speaks, what they say, when), the line being spoken at a time, and the
// words a search matches. No DOM: the browser's WebVTT parser reads the file
// (player/ui/transcript-source.ts); what it gives is walked into text here.
import type { Chapter } from '@/content/schema';
import { activeChapterIndex, lastStartedBy } from './chapters';

export interface TranscriptLine {
  /** Seconds into the episode where the cue starts. */
  start: number;
  /** Seconds where it ends (cues may overlap: a later cue can start before an earlier one ends). */
  end: number;
  /** The name a WebVTT voice tag (`<v Ariadne>`) gives, when the cue has one. */
  speaker?: string;
  /** The words as spoken: the cue's text with every tag taken away and character references decoded. */
  words: string;
}

/**
 * What a parsed cue is made of, as far as the transcript cares: the nodes of
 * the DocumentFragment that `VTTCue.getCueAsHTML()` returns. Chromium turns a
 * voice tag into a `<span title="Ariadne">`; bold, italic, class and
 * timestamp tags into other elements whose text is all we keep.
 */
export interface CueNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<CueNode>;
  localName?: string;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Runs of white space (a cue's line breaks included) read as one space. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A cue's speaker and words, read from its parsed nodes as text only (the
 * fragment itself is never put in the page: nothing in a cue is markup). A
 * cue with several voices is credited to the first.
 */
export function cueWords(fragment: CueNode): { speaker?: string; words: string } {
  let speaker: string | undefined;
  let words = '';
  const walk = (node: CueNode) => {
    if (node.nodeType === TEXT_NODE) {
      words += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType === ELEMENT_NODE && node.localName === 'span' && speaker === undefined) {
      const voice = tidy(node.getAttribute?.('title') ?? '');
      if (voice !== '') speaker = voice;
    }
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
  };
  walk(fragment);
  return speaker === undefined ? { words: tidy(words) } : { speaker, words: tidy(words) };
}

/** The words of a cue whose text holds no tag and no character reference (`<`, `&`): its text, tidied. */
export function plainCueWords(text: string): { speaker?: string; words: string } {
  return { words: tidy(text) };
}

/**
 * A seek lands a hair before the time asked for: a line this close ahead
 * counts as started, so the line the viewer picked is the one marked.
 */
export const LINE_TOLERANCE_SECONDS = 0.25;

/** How far back to look for an earlier, longer cue still being spoken under a short one that ended. */
const OVERLAP_LOOKBACK = 8;

/**
 * The index of the line being spoken at `time`, or -1 (before the first line,
 * in a silence between lines). Lines are in start order. Of the lines that
 * have started and not ended, the latest started is the one being spoken. A
 * binary search: this runs on every time update.
 */
export function spokenLineIndex(lines: readonly TranscriptLine[], time: number): number {
  if (Number.isNaN(time)) return -1;
  const latestStarted = lastStartedBy(lines, (line) => line.start, time + LINE_TOLERANCE_SECONDS);
  for (let i = latestStarted; i >= 0 && i > latestStarted - OVERLAP_LOOKBACK; i--) {
    if (time < lines[i]!.end) return i;
  }
  return -1;
}

/** Lines under the chapter they fall in; lines before a late first chapter come under none. */
export interface TranscriptSection {
  chapter?: Chapter;
  /** The index of the section's first line in the whole transcript. */
  firstLine: number;
  lines: readonly TranscriptLine[];
}

export function transcriptSections(lines: readonly TranscriptLine[], chapters: readonly Chapter[]): TranscriptSection[] {
  const sections: TranscriptSection[] = [];
  let current: { chapterIndex: number; section: TranscriptSection & { lines: TranscriptLine[] } } | undefined;
  lines.forEach((line, index) => {
    const chapterIndex = activeChapterIndex(chapters, line.start);
    if (!current || current.chapterIndex !== chapterIndex) {
      const section = { ...(chapterIndex >= 0 && { chapter: chapters[chapterIndex] }), firstLine: index, lines: [] as TranscriptLine[] };
      current = { chapterIndex, section };
      sections.push(section);
    }
    current.section.lines.push(line);
  });
  return sections;
}

/** One match of a search: in line `line`, the characters [from, to) of its words. */
export interface TranscriptMatch {
  line: number;
  from: number;
  to: number;
}

/** The query as literal text in a pattern: `.*[(` means those characters. */
const literal = (query: string) => query.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Every place the query occurs in the lines' words, in reading order:
 * case-insensitive, the query taken as literal text (any characters, any
 * length: never an error). An empty or blank query matches nothing.
 */
export function findInTranscript(lines: readonly TranscriptLine[], query: string): TranscriptMatch[] {
  if (query.trim() === '') return [];
  const pattern = new RegExp(literal(query), 'giu');
  const matches: TranscriptMatch[] = [];
  lines.forEach((line, index) => {
    for (const found of line.words.matchAll(pattern)) {
      matches.push({ line: index, from: found.index, to: found.index + found[0].length });
    }
  });
  return matches;
}

/** A search's matches, by line: each line's ranges and the index (among all matches) of its first. */
export type MatchesByLine = ReadonlyMap<number, { first: number; ranges: TranscriptMatch[] }>;

export function groupByLine(matches: readonly TranscriptMatch[]): MatchesByLine {
  const byLine = new Map<number, { first: number; ranges: TranscriptMatch[] }>();
  matches.forEach((match, index) => {
    const entry = byLine.get(match.line);
    if (entry) entry.ranges.push(match);
    else byLine.set(match.line, { first: index, ranges: [match] });
  });
  return byLine;
}

/** What the search's status says: `3 matches`, `1 match`, `No matches`; once moving through them, `2 of 3 matches`. */
export function matchSummary(count: number, current: number | undefined): string {
  if (count === 0) return 'No matches';
  const total = `${count} ${count === 1 ? 'match' : 'matches'}`;
  return current === undefined ? total : `${current + 1} of ${total}`;
}

/** A line's words cut at its matches: plain stretches and matched ones, in order. */
export function markedParts(words: string, ranges: ReadonlyArray<{ from: number; to: number }>): Array<{ text: string; match?: number }> {
  const parts: Array<{ text: string; match?: number }> = [];
  let at = 0;
  ranges.forEach((range, index) => {
    if (range.from > at) parts.push({ text: words.slice(at, range.from) });
    parts.push({ text: words.slice(range.from, range.to), match: index });
    at = range.to;
  });
  if (at < words.length) parts.push({ text: words.slice(at) });
  return parts;
}
