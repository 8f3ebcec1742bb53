// Every content file, parsed once and kept per file, and what they add up to.
// The dev server reparses only the file that changed; the checks that look
// across files (duplicate slugs, unknown shows) rerun over the kept results.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Episode, Person, Show, Technology } from '../content/schema.ts';
import { contentFileOf, listContentFiles } from './content-files.ts';
import { locatorForFile, parseContentFile, type FileLocator, type ParsedFile } from './parse-content-file.ts';
import { withGuestNames } from './people.ts';
import { byFileAndLine, displayPath, fieldPath, type ContentProblem, type Severity } from './problems.ts';

/** What the site publishes: what the virtual modules serve and pages are prerendered from. */
export interface PublishedContent {
  /** Published episodes, newest first, their guests named. Scheduled ones are left out. */
  episodes: readonly Episode[];
  /** Shows with a file of their own, by id. */
  shows: Readonly<Record<string, Show>>;
  /** Technologies with a file of their own, by id. */
  technologies: Readonly<Record<string, Technology>>;
}

export interface ContentSnapshot extends PublishedContent {
  /** Published episodes by slug. */
  episodesBySlug: ReadonlyMap<string, Episode>;
  /** Every error in every file; in strict mode, warnings too. */
  errors: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
}

export interface ContentOptions {
  /** The content root (product.md, Content), absolute. */
  contentDir: string;
  /** Report warnings as errors. */
  strict?: boolean;
  /** Episodes published later than this are scheduled; default: when the store is created. */
  publishedBefore?: Date;
}

/** Files are read this many at a time: enough to keep the disk busy, few enough for any file-handle limit. */
const READ_CONCURRENCY = 64;

export class ContentStore {
  readonly contentDir: string;
  readonly strict: boolean;
  readonly publishedBefore: Date;
  /** How many times a file was parsed: the dev server's tests check it reparses one file per change. */
  parseCount = 0;

  #files = new Map<string, { fingerprint: string; parsed: ParsedFile }>();
  #loaded: Promise<void> | undefined;
  #snapshot: ContentSnapshot | undefined;
  /** Field locations in files that cross-file checks point into, until the file changes. */
  #locators = new Map<string, FileLocator>();

  constructor({ contentDir, strict = false, publishedBefore = new Date() }: ContentOptions) {
    this.contentDir = contentDir;
    this.strict = strict;
    this.publishedBefore = publishedBefore;
  }

  /** Reads every content file, once; later calls wait for the same read. */
  load(): Promise<void> {
    this.#loaded ??= this.#readAll();
    return this.#loaded;
  }

  /** Files known to be content, for watching in `vite build --watch`. */
  files(): string[] {
    return [...this.#files.keys()];
  }

  /**
   * Takes in a file that was created or changed. It is parsed again only when
   * its text differs from what was parsed before (Vite asks once per environment).
   * Returns whether anything changed.
   */
  async update(file: string, readText: () => string | Promise<string> = () => readFile(file, 'utf8')): Promise<boolean> {
    const content = contentFileOf(this.contentDir, file);
    if (!content) return false;
    await this.load();
    const text = await readText();
    const fingerprint = fingerprintOf(text);
    if (this.#files.get(file)?.fingerprint === fingerprint) return false;
    this.#files.set(file, { fingerprint, parsed: this.#parse(content, text) });
    this.#locators.delete(file);
    this.#snapshot = undefined;
    return true;
  }

  /** Forgets a deleted file. Returns whether it was content. */
  async remove(file: string): Promise<boolean> {
    await this.load();
    const removed = this.#files.delete(file);
    this.#locators.delete(file);
    if (removed) this.#snapshot = undefined;
    return removed;
  }

  /** Everything the files add up to, computed again only after a change. */
  async snapshot(): Promise<ContentSnapshot> {
    await this.load();
    this.#snapshot ??= collect(
      [...this.#files.values()].map((entry) => entry.parsed),
      (file) => this.#locatorFor(file),
      this.strict,
      this.publishedBefore,
    );
    return this.#snapshot;
  }

  async #readAll(): Promise<void> {
    const files = await listContentFiles(this.contentDir);
    for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
      const batch = files.slice(start, start + READ_CONCURRENCY);
      const texts = await Promise.all(batch.map((content) => readFile(content.file, 'utf8')));
      batch.forEach((content, index) => {
        const text = texts[index] ?? '';
        this.#files.set(content.file, { fingerprint: fingerprintOf(text), parsed: this.#parse(content, text) });
      });
    }
  }

  #locatorFor(file: string): FileLocator {
    let locator = this.#locators.get(file);
    if (!locator) {
      locator = locatorForFile(file);
      this.#locators.set(file, locator);
    }
    return locator;
  }

  #parse(...args: Parameters<typeof parseContentFile>): ParsedFile {
    this.parseCount += 1;
    return parseContentFile(...args);
  }
}

/**
 * Reads and validates a content root in one go, for tools outside Vite. Inside
 * a Vite build, ask the content plugin instead (`api.getContent()`): it has
 * already read everything.
 */
export async function loadContent(options: ContentOptions): Promise<ContentSnapshot> {
  return new ContentStore(options).snapshot();
}

function fingerprintOf(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The checks that look across files, and the published view of the valid ones. */
function collect(
  files: readonly ParsedFile[],
  locate: (file: string) => FileLocator,
  strict: boolean,
  publishedBefore: Date,
): ContentSnapshot {
  const problems: ContentProblem[] = files.flatMap((parsed) => parsed.problems);
  const problemAt = (file: string, keys: readonly PropertyKey[], severity: Severity, message: string) =>
    problems.push({ severity, file, field: fieldPath(keys), message, ...locate(file)(keys) });

  const shows = new Map<string, Show>();
  const technologies = new Map<string, Technology>();
  const people = new Map<string, Person>();
  const episodes: { file: string; episode: Episode }[] = [];
  for (const parsed of files) {
    if (parsed.kind === 'show' && parsed.value) shows.set(parsed.value.id, parsed.value);
    if (parsed.kind === 'technology' && parsed.value) technologies.set(parsed.value.id, parsed.value);
    if (parsed.kind === 'person' && parsed.value) people.set(parsed.value.id, parsed.value);
    if (parsed.kind === 'episode' && parsed.value) episodes.push({ file: parsed.file, episode: parsed.value });
  }
  episodes.sort((a, b) => compareText(a.file, b.file));

  const firstWithSlug = new Map<string, string>();
  for (const { file, episode } of episodes) {
    const first = firstWithSlug.get(episode.slug);
    if (first === undefined) {
      firstWithSlug.set(episode.slug, file);
      continue;
    }
    const { line, column } = locate(first)(['slug']);
    const there = `${displayPath(first)}:${line}:${column}`;
    problemAt(file, ['slug'], 'error', `"${episode.slug}" is already the slug of ${there}: slugs must be unique`);
  }

  for (const { file, episode } of episodes) {
    if (episode.show !== undefined && !shows.has(episode.show)) {
      problemAt(file, ['show'], 'warning', `"${episode.show}" has no file shows/${episode.show}.md: it is named by its id`);
    }
    episode.technologies.forEach((technology, index) => {
      if (technologies.has(technology)) return;
      const message = `"${technology}" has no file technologies/${technology}.md: it is named by its id`;
      problemAt(file, ['technologies', index], 'warning', message);
    });
  }

  const published = episodes
    .filter(({ episode }) => Date.parse(episode.publishedAt) <= publishedBefore.getTime())
    .map(({ episode }) => withGuestNames(episode, people))
    .sort((a, b) => compareText(b.publishedAt, a.publishedAt) || compareText(a.slug, b.slug));

  const reported = problems.map((problem) => (strict ? { ...problem, severity: 'error' as const } : problem));
  return {
    episodes: published,
    episodesBySlug: new Map(published.map((episode) => [episode.slug, episode])),
    // fromEntries defines own properties, so even an id like `__proto__` stays data.
    shows: Object.fromEntries(shows),
    technologies: Object.fromEntries(technologies),
    errors: reported.filter((problem) => problem.severity === 'error').sort(byFileAndLine),
    warnings: reported.filter((problem) => problem.severity === 'warning').sort(byFileAndLine),
  };
}
