// Builds the site into a temporary folder and serves it as a static host would;
// shared by the benchmarks that measure what a viewer downloads and sees.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSite, serveStatic } from '../tests/browser/support/global-setup';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const COMPRESSIBLE = /\.(?:html|js|css|vtt|xml|json|m3u8|svg)$/;

export interface BuiltSite {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function buildAndServe({
  contentDir,
  addFiles,
  asAHost = false,
}: {
  contentDir?: string;
  /** Writes more files into the built site before it is served (a benchmark's own pages). */
  addFiles?: (outDir: string) => Promise<void>;
  /**
   * Serve as the README's "Deploying" section asks of a host: text compressed
   * (gzip or Brotli, as the browser asks), hashed assets cached for a year,
   * HTML revalidated. Otherwise as the browser tests do: plain files.
   */
  asAHost?: boolean;
} = {}): Promise<BuiltSite> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'watch-bench-'));
  const outDir = path.join(workDir, 'dist');
  const saved = { ...process.env };
  if (contentDir) process.env.CONTENT_DIR = contentDir;
  process.env.VITE_MEDIA_BASE_URL = '/media';
  try {
    await buildSite({ root: projectRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env = saved;
  }
  await addFiles?.(outDir);
  if (asAHost) await precompress(outDir);
  const { url, server } = await serveStatic(outDir, { asAHost });
  return {
    url,
    outDir,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** Writes .br and .gz beside every text file, as a CDN would compress them. */
async function precompress(dir: string) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
