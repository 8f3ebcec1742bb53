// Builds the site into a temporary folder and serves it as a static host would;
// shared by the benchmarks that measure what a viewer downloads and sees.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, serveStatic } from '../tests/browser/support/global-setup';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltSite {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function buildAndServe({
  contentDir,
  addFiles,
}: {
  contentDir?: string;
  /** Writes more files into the built site before it is served (a benchmark's own pages). */
  addFiles?: (outDir: string) => Promise<void>;
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
  const { url, server } = await serveStatic(outDir);
  return {
    url,
    outDir,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
