// npm run bench:lighthouse [-- <path>] — Lighthouse's four scores for the
// built watch page and embed page (or another page of the site), on a phone
// (Lighthouse's default: throttled network and CPU) and on a desktop.
// The site is served as the README's "Deploying" section says a host should:
// compressed, hashed assets cached for a year, HTML revalidated, and the
// headers of dist/_headers (the Content Security Policy, who may frame what).
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { hostHeaders } from '../tests/browser/support/host-headers';
import { CHROMIUM_PATH } from '../tests/browser/support/chromium';
import { buildAndServe, projectRoot } from './serve-build';

const PAGES = process.argv[2] ? [process.argv[2]] : ['/watch/introducing-apko-and-melange', '/embed/introducing-apko-and-melange'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const COMPRESSIBLE = /\.(?:html|js|css|vtt|xml|json|m3u8|svg)$/;

interface LighthouseReport {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
  runtimeError?: { message: string };
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

/** Serves dist/ with the headers the README asks of a host. */
async function serveLikeAHost(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const headersFor = await hostHeaders(dir);
  const serve = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(response, pathname) {
      const hashed = pathname.startsWith('/assets/');
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server = createServer((request, response) => {
    for (const [name, value] of headersFor(request.url)) response.setHeader(name, value);
    serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function lighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseReport> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await promisify(execFile)(path.join(projectRoot, 'node_modules/.bin/lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  return report;
}

/** The audits that cost points, so a score below 100 says why. */
function shortfalls(report: LighthouseReport): string[] {
  return Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
    .map((audit) => `    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

async function main() {
  const site = await buildAndServe();
  await precompress(site.outDir);
  const host = await serveLikeAHost(site.outDir);
  try {
    for (const page of PAGES) {
      console.log(`Lighthouse ${page}`);
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const report = await lighthouse(`${host.url}${page}`, formFactor);
        const scores = CATEGORIES.map((id) => `${id} ${Math.round((report.categories[id].score ?? 0) * 100)}`);
        console.log(`  ${formFactor.padEnd(7)}  ${scores.join('  ')}`);
        const metrics = METRICS.map((id) => `${report.audits[id]?.title ?? id} ${report.audits[id]?.displayValue ?? '?'}`);
        console.log(`           ${metrics.join(', ')}`);
        const missed = shortfalls(report);
        if (missed.length > 0) console.log(missed.join('\n'));
      }
    }
  } finally {
    await host.close();
    await site.close();
  }
}

await main();
