// Benchmark of the content pipeline at scale: `npm run bench:content -- [episodes] [--app]`.
//
// Writes N synthetic episodes (default 10,000) to a temp dir, then runs Vite's
// build() on them in a child process: its wall time from the process's start
// (Node and Vite loading included, as at `vite build`) to the build's end,
// and its peak memory (RSS) from outside, with /usr/bin/time. What the child
// does after the build is this benchmark's own measuring (gzipping every
// episode's file to find the largest), printed apart. By default the build is the content
// plugin alone on a minimal root whose entry imports every content module
// lazily, so the figures are the pipeline's own; `--app` builds the real app
// (vite.config.ts, CONTENT_DIR pointing at the synthetic content) instead.
//
// Budgets for 10,000 episodes on a 2-core machine: ≤ 60 s, ≤ 2 GB peak, and a
// catalog of ≤ 150 bytes gzip per episode.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Rolldown } from 'vite';
import { writeSyntheticContent } from './synthetic-content';

const BUDGET = { seconds: 60, peakBytes: 2 * 1024 ** 3, catalogBytesPerEpisode: 150 };
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BuildFigures {
  buildSeconds: number;
  /** From the child process's start (Node's own included) to the build's end: what an author waits for at `vite build`. */
  processToBuiltSeconds: number;
  maxRssBytes: number;
  catalogGzipBytes: number;
  episodeLoadersGzipBytes: number;
  largestEpisode: { fileName: string; gzipBytes: number };
  episodeFiles: number;
  chapterTracks: number;
  warnings: number;
}

interface ChildArgs {
  root: string;
  contentDir: string;
  outDir: string;
  app: boolean;
}

const gzipSize = (code: string | Uint8Array) => gzipSync(code).length;

/**
 * The app's build as `vite build` runs it (the prerenderer's environment, then
 * the browser's, which prerenders every watch page), keeping the browser's output.
 */
async function buildApp(config: import('vite').InlineConfig) {
  const { createBuilder } = await import('vite');
  const builder = await createBuilder(config, null);
  const build = builder.build.bind(builder);
  let client: Awaited<ReturnType<typeof build>> | undefined;
  builder.build = async (environment) => {
    const output = await build(environment);
    if (environment.name === 'client') client = output;
    return output;
  };
  await builder.buildApp();
  return client!;
}

/** Runs in the child process: one build, then figures read from its output. */
async function buildAndMeasure({ root, contentDir, outDir, app }: ChildArgs): Promise<BuildFigures> {
  const { build } = await import('vite');
  const { contentPlugin } = await import('../src/build/content-plugin');
  let warnings = 0;
  const logger = {
    hasWarned: false,
    info() {},
    warn() {
      warnings += 1;
    },
    warnOnce() {
      warnings += 1;
    },
    error(message: string) {
      console.error(message);
    },
    clearScreen() {},
    hasErrorLogged: () => false,
  };
  const started = performance.now();
  if (app) process.env.CONTENT_DIR = contentDir;
  const result = app
    ? await buildApp({ root: projectRoot, customLogger: logger, build: { outDir, emptyOutDir: true } })
    : await build({
        configFile: false,
        root,
        customLogger: logger,
        plugins: [contentPlugin({ contentDir })],
        build: { outDir, emptyOutDir: true },
      });
  const buildSeconds = (performance.now() - started) / 1000;
  // performance.now() counts from the process's start: Node, the loader, Vite's import and the build.
  const processToBuiltSeconds = performance.now() / 1000;
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;

  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  // Built from the virtual module alone, or merged into the chunk that imports it.
  const chunkWith = (id: string) =>
    chunks.find((chunk) => chunk.facadeModuleId === id) ?? chunks.find((chunk) => chunk.moduleIds.includes(id));
  const catalog = chunkWith('\0virtual:content/catalog');
  const loaders = chunkWith('\0virtual:content/episodes');
  // Each episode's module is a JS file of its own under episodes/: emitted as an asset in a browser build
  // (as are the embed page's scripts, under assets/, which are not episodes).
  const episodeFiles = output.output
    .filter((item) => item.type === 'asset' && item.fileName.startsWith('episodes/') && item.fileName.endsWith('.js'))
    .map((asset) => ({ fileName: asset.fileName, code: (asset as Rolldown.OutputAsset).source }));
  let largestEpisode = { fileName: '', gzipBytes: 0 };
  for (const file of episodeFiles) {
    const gzipBytes = gzipSize(file.code);
    if (gzipBytes > largestEpisode.gzipBytes) largestEpisode = { fileName: file.fileName, gzipBytes };
  }
  const tracks = await readdir(path.join(outDir, 'chapters'));
  return {
    buildSeconds,
    processToBuiltSeconds,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    catalogGzipBytes: catalog ? gzipSize(catalog.code) : 0,
    episodeLoadersGzipBytes: loaders ? gzipSize(loaders.code) : 0,
    largestEpisode,
    episodeFiles: episodeFiles.length,
    chapterTracks: tracks.length,
    warnings,
  };
}

/** Runs the child under /usr/bin/time -v; returns its figures and the peak RSS that time saw. */
function runChild(args: ChildArgs): Promise<{ figures: BuildFigures; timeRssBytes?: number; wallSeconds: number }> {
  const script = fileURLToPath(import.meta.url);
  const node = [process.execPath, ...process.execArgv, script, '--child', JSON.stringify(args)];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', ...node], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data));
    child.stderr.on('data', (data: Buffer) => (stderr += data));
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const result = /^RESULT (.*)$/m.exec(stdout)?.[1];
      if (code !== 0 || !result) {
        reject(new Error(`build failed (exit ${code}):\n${stderr.slice(-4000)}`));
        return;
      }
      const kilobytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      resolve({
        figures: JSON.parse(result) as BuildFigures,
        timeRssBytes: kilobytes ? Number(kilobytes) * 1024 : undefined,
        wallSeconds,
      });
    });
  });
}

async function main() {
  const childAt = process.argv.indexOf('--child');
  if (childAt !== -1) {
    const figures = await buildAndMeasure(JSON.parse(process.argv[childAt + 1] ?? '{}') as ChildArgs);
    console.log(`RESULT ${JSON.stringify(figures)}`);
    return;
  }

  const app = process.argv.includes('--app');
  const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-content-'));
  const contentDir = path.join(dir, 'content');
  const root = path.join(dir, 'site');
  const outDir = path.join(dir, 'dist');
  try {
    const writing = performance.now();
    await writeSyntheticContent(contentDir, count);
    const writeSeconds = (performance.now() - writing) / 1000;
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>\n');
    await writeFile(
      path.join(root, 'main.js'),
      [
        'globalThis.content = [',
        "  () => import('virtual:content/catalog'),",
        "  () => import('virtual:content/episodes'),",
        "  () => import('virtual:content/shows'),",
        "  () => import('virtual:content/technologies'),",
        '];',
        '',
      ].join('\n'),
    );

    console.log(`Wrote ${count} synthetic episodes in ${writeSeconds.toFixed(1)} s; building ${app ? 'the app' : 'with the content plugin alone'}…`);
    const { figures, timeRssBytes, wallSeconds } = await runChild({ root, contentDir, outDir, app });
    const peak = timeRssBytes ?? figures.maxRssBytes;
    const perEpisode = figures.catalogGzipBytes / Math.max(figures.episodeFiles, 1);
    const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
    const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
    const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      [
        '',
        `episodes published           ${figures.episodeFiles} (${figures.chapterTracks} chapter tracks, ${figures.warnings} warnings)`,
        `build wall time              ${figures.processToBuiltSeconds.toFixed(1)} s, process start to built (build() alone ${figures.buildSeconds.toFixed(1)} s; the child with this bench's own measuring after it ${wallSeconds.toFixed(1)} s)   ${verdict(figures.processToBuiltSeconds <= BUDGET.seconds)}`,
        `peak memory (RSS)            ${megabytes(peak)}   ${verdict(peak <= BUDGET.peakBytes)}`,
        `catalog (gzip)               ${kilobytes(figures.catalogGzipBytes)}, ${perEpisode.toFixed(1)} B per episode   ${verdict(perEpisode <= BUDGET.catalogBytesPerEpisode)}`,
        `episode loaders (gzip)       ${kilobytes(figures.episodeLoadersGzipBytes)}, ${(figures.episodeLoadersGzipBytes / Math.max(figures.episodeFiles, 1)).toFixed(1)} B per episode`,
        `largest episode file (gzip)  ${kilobytes(figures.largestEpisode.gzipBytes)} (${figures.largestEpisode.fileName})`,
      ].join('\n'),
    );
    const ok =
      figures.processToBuiltSeconds <= BUDGET.seconds && peak <= BUDGET.peakBytes && perEpisode <= BUDGET.catalogBytesPerEpisode;
    process.exitCode = ok ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
