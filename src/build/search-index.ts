// The search index that finds moments (product.md, Search finds moments): a
// Pagefind index written to `pagefind/` in the built site, one record per
// published episode. Each record is a small HTML page made only for the
// index: the episode's title, show, technologies and description, then each
// chapter as a heading and each stretch of its transcript as a heading of
// its own. Pagefind splits a page's hits at headings that have an `id` and
// gives each part its own excerpt, so the id carries the second the part
// starts at (`t-2807`): a hit is a moment, linked to `/watch/<slug>?t=2807`.
// The transcript's paragraphs are the watch page's (transcript-document.ts):
// a moment found starts where the paragraph the viewer will see starts.
import * as pagefind from 'pagefind';
import type { Episode } from '../content/schema.ts';
import { startsBeforeEnd, watchPath } from '../content/site.ts';
import { momentAnchorId } from '../content/moment-anchor.ts';
import { escapeHtml } from './html-escape.ts';
import type { TranscriptSection } from './transcript-document.ts';

/** What an episode's record is made from. */
export interface SearchableEpisode {
  episode: Episode;
  /** The show's name, when the episode belongs to one. */
  showName?: string;
  technologyNames: readonly string[];
  /** The episode's transcript as the watch page shows it (transcript-document.ts), when its captions could be read. */
  transcript?: readonly TranscriptSection[];
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
  // The transcript's paragraphs by the chapter they fall in (none: before the first chapter).
  const spoken = new Map<number | undefined, string[]>();
  for (const section of transcript ?? []) {
    const paragraphs = section.paragraphs.map((paragraph) => heading('h3', paragraph.start, paragraph.text, 1));
    spoken.set(section.chapter?.startTime, [...(spoken.get(section.chapter?.startTime) ?? []), ...paragraphs]);
  }
  parts.push(...(spoken.get(undefined) ?? []));
  for (const chapter of chapters) parts.push(heading('h2', chapter.startTime, chapter.title), ...(spoken.get(chapter.startTime) ?? []));
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
