// The search index that finds moments (product.md, Search finds moments): a
// Pagefind index written to `pagefind/` in the built site, one record per
// published episode. Each record is a small HTML page made only for the
// index: the episode's title, show, technologies and description, then each
// chapter as a heading and each stretch of its transcript as a heading of
// its own. Pagefind splits a page's hits at headings that have an `id` and
// gives each part its own excerpt, so the id carries the second the part
// starts at (`t-2807`): a hit is a moment, linked to `/watch/<slug>?t=2807`.
import * as pagefind from 'pagefind';
import type { Episode } from '../content/schema.ts';
import { startsBeforeEnd, watchPath } from '../content/site.ts';
import { momentAnchorId } from '../content/moment-anchor.ts';
import { escapeHtml } from './html-escape.ts';

/** One cue of an episode's captions, as the build reads them (src/build/transcripts.ts). */
export interface TranscriptCue {
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

/** What an episode's record is made from. */
export interface SearchableEpisode {
  episode: Episode;
  /** The show's name, when the episode belongs to one. */
  showName?: string;
  technologyNames: readonly string[];
  /** The episode's captions, in order, when the build could read them. */
  transcript?: readonly TranscriptCue[];
}

/** A stretch of speech listed as one moment: its start and its words. */
export interface TranscriptParagraph {
  start: number;
  text: string;
}

/** Paragraphs hold at least this many seconds of speech before a new speaker starts a new one… */
const PARAGRAPH_MIN_SECONDS = 30;
/** …and never more than this: a moment's link lands close to the words it shows. */
const PARAGRAPH_MAX_SECONDS = 60;

/**
 * The cues between `from` and `until` (seconds) gathered into paragraphs of
 * about half a minute to a minute: a paragraph ends when it would pass a
 * minute, or at a change of speaker once it holds half a minute.
 */
export function transcriptParagraphs(cues: readonly TranscriptCue[], from = 0, until = Infinity): TranscriptParagraph[] {
  const paragraphs: TranscriptParagraph[] = [];
  /** The paragraph being gathered, and who spoke its last cue. */
  let current: { start: number; speaker: string | undefined; words: string[] } | undefined;
  const close = () => {
    if (current && current.words.length > 0) paragraphs.push({ start: current.start, text: current.words.join(' ') });
    current = undefined;
  };
  for (const cue of cues) {
    if (cue.start < from || cue.start >= until) continue;
    const text = cue.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (current) {
      const length = cue.start - current.start;
      if (length >= PARAGRAPH_MAX_SECONDS || (length >= PARAGRAPH_MIN_SECONDS && cue.speaker !== current.speaker)) close();
    }
    current ??= { start: Math.floor(cue.start), speaker: cue.speaker, words: [] };
    current.words.push(text);
    current.speaker = cue.speaker;
  }
  close();
  return paragraphs;
}

/** Where a part of the record starts, as the heading Pagefind splits the page at. */
const heading = (level: 'h2' | 'h3', second: number, text: string, weight?: number) =>
  `<${level} id="${momentAnchorId(second)}"${weight === undefined ? '' : ` data-pagefind-weight="${weight}"`}>${escapeHtml(text)}</${level}>`;

/**
 * The page Pagefind indexes for one episode. Every text from content is
 * escaped: it is indexed, and shown back in excerpts, as text. The episode's
 * own text comes before the first heading, so a hit there is the episode
 * itself, not a moment in it. Transcript paragraphs weigh least: a chapter
 * title or the episode's title says more about what it covers than a word
 * said in passing.
 */
export function episodeSearchPage({ episode, showName, technologyNames, transcript }: SearchableEpisode): { url: string; content: string } {
  const chapters = (episode.chapters ?? []).filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  const about = [showName, ...technologyNames].filter((text): text is string => Boolean(text));
  const parts: string[] = [
    `<h1>${escapeHtml(episode.title)}</h1>`,
    `<p data-pagefind-meta="slug:${escapeHtml(episode.slug)}" data-pagefind-weight="5">${escapeHtml(about.join(', '))}</p>`,
    ...[episode.subtitle, episode.description].filter(Boolean).map((text) => `<p>${escapeHtml(text!)}</p>`),
  ];
  const spoken = (from: number, until: number) =>
    transcript ? transcriptParagraphs(transcript, from, until).map((paragraph) => heading('h3', paragraph.start, paragraph.text, 1)) : [];
  // Speech before the first chapter, then each chapter's title and the speech within it.
  parts.push(...spoken(0, chapters[0]?.startTime ?? episode.duration));
  chapters.forEach((chapter, index) => {
    parts.push(heading('h2', chapter.startTime, chapter.title), ...spoken(chapter.startTime, chapters[index + 1]?.startTime ?? Infinity));
  });
  return {
    url: watchPath(episode.slug),
    content: wellFormed(`<!doctype html><html lang="en"><head><title>${escapeHtml(episode.title)}</title></head><body>${parts.join('')}</body></html>`),
  };
}

/**
 * Text with any lone surrogate (which content may hold: a file
 * can spell one in YAML) as U+FFFD, as a browser shows it: Pagefind's service
 * reads its messages as JSON and refuses one.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A file of the index, under the site's `pagefind/` folder. */
export interface SearchIndexFile {
  /** Relative to `pagefind/`. */
  path: string;
  content: Uint8Array;
}

/**
 * What the site serves of Pagefind's output: its search library, WebAssembly,
 * metadata, index chunks and fragments. Its ready-made search interfaces and
 * the playground are not used, and not shipped.
 */
const SERVED = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/.+|fragment\/.+|filter\/.+)$/;

const PAGES_IN_FLIGHT = 16;

/**
 * The Pagefind index of these episodes, in memory. Pagefind runs as a
 * service (its own binary, installed with the `pagefind` package): nothing is
 * downloaded, nothing is written to disk here.
 */
export async function searchIndexFiles(episodes: Iterable<SearchableEpisode>): Promise<SearchIndexFile[]> {
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  try {
    // A few pages in flight at a time: the service parses while the next ones are sent.
    const add = async (searchable: SearchableEpisode) => {
      const added = await index.addHTMLFile(episodeSearchPage(searchable));
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${searchable.episode.slug}: ${added.errors.join('; ')}`);
    };
    const batch: Promise<void>[] = [];
    for (const searchable of episodes) {
      batch.push(add(searchable));
      if (batch.length === PAGES_IN_FLIGHT) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
    const { errors, files } = await index.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
    return files.filter((file) => SERVED.test(file.path)).map(({ path, content }) => ({ path, content }));
  } finally {
    await index.deleteIndex();
  }
}
