// The search index that finds moments (product.md, Search finds moments): a
// Pagefind index written to `pagefind/` in the built site. Its records are
// small HTML pages made only for the index:
// - one per published episode: its title, show, technologies and
//   description, then each chapter as a heading;
// - its transcript, when its captions could be read, in stretches of their
//   own (a quarter of an hour of speech or so), each paragraph a heading.
// Pagefind splits a page's hits at headings that have an `id` and gives each
// part its own excerpt, so the id carries the second the part starts at
// (`t-2807`): a hit is a moment, linked to `/watch/<slug>?t=2807`.
// Stretches, not a page per episode, because a viewer's search reads each
// record it lists whole, and makes an excerpt for each matching part of it:
// an hour of speech in one record made every keystroke read an hour of
// speech (product.md, Search finds moments).
// The transcript's paragraphs are the watch page's (transcript-document.ts),
// and each record's meta says where each of their lines starts (lineStarts):
// a moment found starts at the line that says the words, not where its
// paragraph starts.
import * as pagefind from 'pagefind';
import { startsBeforeEnd, watchPath } from '../content/site.ts';
import { encodeLineStarts, LINES_META, momentAnchorId, type LineStart } from '../content/moment-anchor.ts';
import { escapeHtml } from './html-escape.ts';
import type { EpisodePage } from './prerender-head.ts';
import type { TranscriptParagraph, TranscriptSection } from './transcript-document.ts';

/** What an episode's record is made from: the episode as its pages show it, with its transcript. */
export interface SearchableEpisode extends EpisodePage {
  /** The episode's transcript as the watch page shows it (transcript-document.ts), when its captions could be read. */
  transcript?: readonly TranscriptSection[];
}

/** Where a part of the record starts, as the heading Pagefind splits the page at. */
const heading = (level: 'h2' | 'h3', second: number, text: string, weight?: number) =>
  `<${level} id="${momentAnchorId(second)}"${weight === undefined ? '' : ` data-pagefind-weight="${weight}"`}>${escapeHtml(text)}</${level}>`;

/** A record of the index: a page made for Pagefind alone, and the address it stands for. */
export interface SearchPage {
  url: string;
  content: string;
}

const searchDocument = (title: string, body: string) =>
  wellFormed(`<!doctype html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`);

/** The episode's slug as the record's meta, which a hit reads its link from. */
const slugMeta = (slug: string) => `data-pagefind-meta="slug:${escapeHtml(slug)}"`;

/**
 * The page Pagefind indexes for one episode. Every text from content is
 * escaped: it is indexed, and shown back in excerpts, as text. The episode's
 * own text comes before the first heading, so a hit there is the episode
 * itself, not a moment in it.
 */
export function episodeSearchPage({ episode, showName, technologyNames }: SearchableEpisode): SearchPage {
  const chapters = (episode.chapters ?? []).filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  const about = [showName, ...technologyNames].filter((text): text is string => Boolean(text));
  const parts: string[] = [
    `<h1>${escapeHtml(episode.title)}</h1>`,
    `<p ${slugMeta(episode.slug)} data-pagefind-weight="5">${escapeHtml(about.join(', '))}</p>`,
    ...[episode.subtitle, episode.description].filter(Boolean).map((text) => `<p>${escapeHtml(text!)}</p>`),
    ...chapters.map((chapter) => heading('h2', chapter.startTime, chapter.title)),
  ];
  return { url: watchPath(episode.slug), content: searchDocument(episode.title, parts.join('')) };
}

/**
 * At most this many words of transcript in one record: a quarter of an hour
 * of speech or so. Smaller records cost less to read when a search lists
 * them, but every record costs each search that matches it (Pagefind scores
 * them all, and its metadata, which a first search downloads, lists them
 * all), and the indexer's memory: an hour-long episode makes four or five.
 */
export const TRANSCRIPT_PAGE_WORDS = 2500;

/** Pagefind's words: runs of text between whitespace (as its client splits a record's text for excerpts). */
const wordCount = (text: string) => text.split(/[^\S\uFEFF]+/).filter(Boolean).length;

/**
 * Where each line of a record's paragraphs starts among its words: each paragraph's start (which
 * the home page checks against where Pagefind says its heading is), and each later line of it
 * that starts at another whole second (a link to a second lands on its first line).
 */
function lineStarts(paragraphs: readonly TranscriptParagraph[]): LineStart[] {
  const starts: LineStart[] = [];
  // Lines are joined by a space, so each line's words are counted on their own, once.
  let word = 0;
  for (const { text, lines } of paragraphs) {
    let second: number | undefined;
    for (const [index, line] of lines.entries()) {
      if (Math.floor(line.start) !== second) {
        second = Math.floor(line.start);
        starts.push({ word, second });
      }
      word += wordCount(text.slice(line.at, lines[index + 1]?.at ?? text.length));
    }
  }
  return starts;
}

/**
 * The pages Pagefind indexes for an episode's transcript: its paragraphs in
 * order, cut into pages of at most TRANSCRIPT_PAGE_WORDS words at paragraph
 * ends (a paragraph longer than that is a page of its own). Each paragraph is
 * a heading at its second, and the record's meta says where each line starts
 * (lineStarts); chapters head the episode's own page. Speech
 * weighs least: a chapter title or the episode's title says more about what
 * it covers than a word said in passing. The episode's title rides along as
 * the record's title, kept out of the words indexed: a hit on it belongs to
 * the episode's own page.
 */
export function transcriptSearchPages({ episode, transcript }: SearchableEpisode): SearchPage[] {
  const pages: SearchPage[] = [];
  const title = `<p data-pagefind-meta="title" data-pagefind-ignore>${escapeHtml(episode.title)}</p><p ${slugMeta(episode.slug)} data-pagefind-ignore></p>`;
  let stretch: { start: number; words: number; paragraphs: TranscriptParagraph[] } | undefined;
  const close = () => {
    if (!stretch) return;
    const lines = `<p data-pagefind-meta="${LINES_META}:${encodeLineStarts(lineStarts(stretch.paragraphs))}" data-pagefind-ignore></p>`;
    const paragraphs = stretch.paragraphs.map((paragraph) => heading('h3', paragraph.start, paragraph.text, 1));
    pages.push({ url: `${watchPath(episode.slug)}?t=${Math.floor(stretch.start)}`, content: searchDocument(episode.title, title + lines + paragraphs.join('')) });
    stretch = undefined;
  };
  for (const paragraph of (transcript ?? []).flatMap((section) => section.paragraphs)) {
    const words = wordCount(paragraph.text);
    if (stretch && stretch.words + words > TRANSCRIPT_PAGE_WORDS) close();
    stretch ??= { start: paragraph.start, words: 0, paragraphs: [] };
    stretch.words += words;
    stretch.paragraphs.push(paragraph);
  }
  close();
  return pages;
}

/** Every record of one episode: its own page, then its transcript's. */
export const searchPages = (searchable: SearchableEpisode): SearchPage[] => [episodeSearchPage(searchable), ...transcriptSearchPages(searchable)];

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
 * the playground are not used, and not shipped; nor is its own worker, as
 * the library runs in the moment search's worker (moment-search-worker.ts),
 * which starts none.
 */
const SERVED = /^(?:pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/.+|fragment\/.+|filter\/.+)$/;

/** The index being built: episodes go in as they come; its files come out once all are in. */
export interface SearchIndexBuilder {
  /** Sends the episode's records to Pagefind, which indexes them while the caller goes on. */
  add(searchable: SearchableEpisode): void;
  /** Every record's indexing awaited, the index's files. The builder is done with after this. */
  files(): Promise<SearchIndexFile[]>;
}

/**
 * Starts a Pagefind index, in memory. Pagefind runs as a service (its own
 * binary, installed with the `pagefind` package, a process of its own):
 * nothing is downloaded, nothing is written to disk here. Records are sent as
 * they are added, so the service indexes them on the machine's other core
 * while the build renders the next pages.
 */
export async function startSearchIndex(): Promise<SearchIndexBuilder> {
  // `+` and `#` belong to words, as in the app's own search (search-text.ts): `C++` and `C#` are found by name.
  const created = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '+#' });
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const added: Promise<string | undefined>[] = [];
  return {
    add(searchable) {
      for (const page of searchPages(searchable)) {
        const failure = (why: unknown) => `Pagefind could not index ${searchable.episode.slug}: ${String(why)}`;
        // Settled as a failure's text (or nothing), never rejected: files() reports the first.
        added.push(index.addHTMLFile(page).then(({ errors }) => (errors.length > 0 ? failure(errors.join('; ')) : undefined), failure));
      }
    },
    async files() {
      try {
        const failed = (await Promise.all(added)).find((error) => error !== undefined);
        if (failed) throw new Error(failed);
        const { errors, files } = await index.getFiles();
        if (errors.length > 0) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
        return files.filter((file) => SERVED.test(file.path)).map(({ path, content }) => ({ path, content }));
      } finally {
        await index.deleteIndex();
      }
    },
  };
}
