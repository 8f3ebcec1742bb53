// Builds the site once for all browser tests, from fixture content the tests
// own, and serves dist/ the way a static host does: the exact file, then the
// folder's index.html, then the app shell.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { createBuilder, type InlineConfig } from 'vite';
import type { TestProject } from 'vitest/node';
import { writeBrowserFixtures } from './fixtures';
import { writeCatalogFixtures } from './catalog-fixtures';
import { writeHostileFixtures } from './hostile-fixtures';
import { writeUpNextFixtures } from './up-next-fixtures';
import { hostHeaders } from './host-headers';
import { writeTranscriptFixtures, writeTranscriptMedia } from './transcript-fixtures';
import { writeMomentFixtures } from './moment-fixtures';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/**
 * Builds the site as `vite build` does: every environment the config has (the
 * prerenderer's, then the browser's). Vite's `build()` would build one only.
 */
export async function buildSite(config: InlineConfig): Promise<void> {
  const builder = await createBuilder(config, null);
  await builder.buildApp();
}

/**
 * Serves dist/ with the headers of its `_headers`. `asAHost` serves it as the
 * README's "Deploying" asks of a host besides: precompressed text (the .gz and
 * .br files beside each file, as the browser asks), hashed assets cached for a
 * year, HTML revalidated (the benchmarks; the tests take plain files).
 */
export async function serveStatic(dir: string, { asAHost = false } = {}): Promise<{ url: string; server: Server }> {
  const serve = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    ...(asAHost && {
      gzip: true,
      brotli: true,
      setHeaders(response: ServerResponse, pathname: string) {
        const hashed = pathname.startsWith('/assets/');
        response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  });
  // The headers dist/_headers asks of a host (who may frame which page), as Netlify or Cloudflare Pages would send them.
  const headersFor = await hostHeaders(dir);
  const server = createServer((request, response) => {
    for (const [name, value] of headersFor(request.url)) response.setHeader(name, value);
    // A range asks for bytes of the file as stored: sirv would cut it from the compressed copy and state the
    // file's own length beside it (`bytes 0-151/166`), which Chromium's own HLS player cannot read back
    // from its cache after hls.js fetched the same playlist whole. Hosts answer ranges uncompressed.
    if (request.headers.range) delete request.headers['accept-encoding'];
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

export default async function setup(project: TestProject) {
  const workDir = await mkdtemp(path.join(tmpdir(), 'watch-browser-'));
  const contentDir = path.join(workDir, 'content');
  const outDir = path.join(workDir, 'dist');
  await writeBrowserFixtures(contentDir);
  await writeCatalogFixtures(contentDir);
  await writeHostileFixtures(contentDir);
  await writeUpNextFixtures(contentDir);
  await writeTranscriptFixtures(contentDir);
  await writeMomentFixtures(contentDir);

  const saved = { ...process.env };
  process.env.CONTENT_DIR = contentDir;
  process.env.VITE_MEDIA_BASE_URL = '/media';
  // Vitest runs with NODE_ENV=test, which would give React's development build.
  process.env.NODE_ENV = 'production';
  try {
    await buildSite({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env = saved;
  }
  await writeTranscriptMedia(outDir);

  const { url, server } = await serveStatic(outDir);
  project.provide('siteUrl', url);

  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(workDir, { recursive: true, force: true });
  };
}
