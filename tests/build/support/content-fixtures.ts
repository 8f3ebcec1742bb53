// Content roots and minimal Vite roots written to a temp dir, so the plugin's
// tests depend neither on the app nor on /work/shared.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { InlineConfig, Logger } from 'vite';
import { contentPlugin, type ContentPluginOptions } from '@/build/content-plugin';

export interface FixtureEpisode {
  slug: string;
  title?: string;
  publishedAt?: string;
  duration?: number;
  videoId?: string;
  show?: string;
  technologies?: string[];
  chapters?: { startTime: number; title: string }[];
  description?: string;
  /** Front-matter lines appended as written (unknown keys, say). */
  extraLines?: string[];
}

/** A valid episode file; each field can be overridden. */
export function episodeMarkdown(episode: FixtureEpisode): string {
  const lines = [
    '---',
    `slug: ${episode.slug}`,
    `title: ${JSON.stringify(episode.title ?? `Episode ${episode.slug}`)}`,
    `publishedAt: ${episode.publishedAt ?? '2024-01-01T17:00:00.000Z'}`,
    `videoId: ${episode.videoId ?? 'f7rvx2rb04zl2vhgoltwedf5'}`,
    `duration: ${episode.duration ?? 3600}`,
  ];
  if (episode.description !== undefined) lines.push(`description: ${JSON.stringify(episode.description)}`);
  if (episode.show !== undefined) lines.push(`show: ${episode.show}`);
  if (episode.technologies) lines.push('technologies:', ...episode.technologies.map((id) => `  - ${id}`));
  if (episode.chapters) {
    lines.push('chapters:');
    for (const chapter of episode.chapters) {
      lines.push(`  - startTime: ${chapter.startTime}`, `    title: ${JSON.stringify(chapter.title)}`);
    }
  }
  lines.push(...(episode.extraLines ?? []), '---', '', 'Notes for the episode.', '');
  return lines.join('\n');
}

/** Lines joined as a file, so a test can count the line a problem is on. */
export const lines = (...text: string[]) => `${text.join('\n')}\n`;

export interface ContentRoot {
  /** The Vite root: index.html and main.js. */
  root: string;
  /** The content root, outside the Vite root as CONTENT_DIR may be. */
  contentDir: string;
  outDir: string;
  write(relativePath: string, text: string): Promise<string>;
  remove(relativePath: string): Promise<void>;
  cleanUp(): Promise<void>;
}

/**
 * A temp dir with a content root and a minimal app root whose entry imports
 * every content module lazily (so each lands in a chunk of its own).
 */
export async function makeContentRoot(files: Record<string, string>): Promise<ContentRoot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-plugin-'));
  const root = path.join(dir, 'site');
  const contentDir = path.join(dir, 'content');
  const write = async (relativePath: string, text: string) => {
    const file = path.join(contentDir, relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return file;
  };
  await mkdir(root, { recursive: true });
  await mkdir(contentDir, { recursive: true });
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>\n',
  );
  await writeFile(
    path.join(root, 'main.js'),
    [
      '// Kept on globalThis so the build cannot drop them as unused.',
      'globalThis.contentModules = {',
      "  catalog: () => import('virtual:content/catalog'),",
      "  episodes: () => import('virtual:content/episodes'),",
      "  shows: () => import('virtual:content/shows'),",
      "  technologies: () => import('virtual:content/technologies'),",
      '};',
      '',
    ].join('\n'),
  );
  for (const [relativePath, text] of Object.entries(files)) await write(relativePath, text);
  return {
    root,
    contentDir,
    outDir: path.join(dir, 'dist'),
    write,
    remove: (relativePath) => rm(path.join(contentDir, relativePath)),
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A Vite config with this plugin alone: the tests do not depend on the app's config. */
export function viteConfig(
  site: ContentRoot,
  logger: Logger,
  options: Partial<ContentPluginOptions> = {},
): InlineConfig {
  return {
    configFile: false,
    root: site.root,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [contentPlugin({ contentDir: site.contentDir, strict: false, ...options })],
    // A relative base makes the built chunks import each other by relative URL, so a test can run them in Node.
    base: './',
    // Rolldown's timing warning depends on how busy the machine is, not on the content: tests that
    // count warnings would fail at random on a shared machine.
    build: { outDir: site.outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
  };
}

/** A Vite logger that keeps what it is told, for tests to read. */
export function recordingLogger(): Logger & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warnedOnce = new Set<string>();
  return {
    warnings,
    errors,
    hasWarned: false,
    info() {},
    warn(message) {
      warnings.push(message);
      this.hasWarned = true;
    },
    warnOnce(message) {
      if (warnedOnce.has(message)) return;
      warnedOnce.add(message);
      warnings.push(message);
    },
    error(message) {
      errors.push(message);
    },
    clearScreen() {},
    hasErrorLogged: () => false,
  };
}
