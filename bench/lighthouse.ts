// npm run bench:lighthouse [-- <path>] — Lighthouse's four scores for the
// built watch page and embed page (or another page of the site), on a phone
// (Lighthouse's default: throttled network and CPU) and on a desktop.
// The site is served as the README's "Deploying" section says a host should:
// compressed, hashed assets cached for a year, HTML revalidated, and the
// headers of dist/_headers (the Content Security Policy, who may frame what).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../tests/browser/support/chromium';
import { buildAndServe, projectRoot } from './serve-build';

const PAGES = process.argv[2] ? [process.argv[2]] : ['/watch/introducing-apko-and-melange', '/embed/introducing-apko-and-melange'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

interface LighthouseReport {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: { items?: unknown[] } }>;
  runtimeError?: { message: string };
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

/**
 * The main thread's long tasks as Lighthouse saw them (its simulated phone
 * CPU), when any blocked: what the blocking time is made of, by script.
 */
function longTasks(report: LighthouseReport): string | undefined {
  if (!report.audits['total-blocking-time']?.displayValue || report.audits['total-blocking-time'].displayValue.startsWith('0 ')) return undefined;
  const items = (report.audits['long-tasks']?.details?.items ?? []) as Array<{ url?: string; startTime?: number; duration?: number }>;
  if (items.length === 0) return undefined;
  const named = items.map(({ url = '', startTime = 0, duration = 0 }) => `${url.split('/').pop() || url} at ${Math.round(startTime)} ms: ${Math.round(duration)} ms`);
  return `           long tasks: ${named.join('; ')}`;
}

/** The audits that cost points, so a score below 100 says why. */
function shortfalls(report: LighthouseReport): string[] {
  return Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
    .map((audit) => `    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
}

async function main() {
  const site = await buildAndServe({ asAHost: true });
  try {
    for (const page of PAGES) {
      console.log(`Lighthouse ${page}`);
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const report = await lighthouse(`${site.url}${page}`, formFactor);
        const scores = CATEGORIES.map((id) => `${id} ${Math.round((report.categories[id].score ?? 0) * 100)}`);
        console.log(`  ${formFactor.padEnd(7)}  ${scores.join('  ')}`);
        const metrics = METRICS.map((id) => `${report.audits[id]?.title ?? id} ${report.audits[id]?.displayValue ?? '?'}`);
        console.log(`           ${metrics.join(', ')}`);
        const tasks = longTasks(report);
        if (tasks) console.log(tasks);
        const missed = shortfalls(report);
        if (missed.length > 0) console.log(missed.join('\n'));
      }
    }
  } finally {
    await site.close();
  }
}

await main();
