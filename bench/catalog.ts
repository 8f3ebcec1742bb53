// npm run bench:catalog [-- episodes] — the home page with 10,000 synthetic
// episodes (by default): the JavaScript opening it downloads (gzip; app code
// and the first page of episodes), the whole catalog's data it loads later
// (when the viewer scrolls toward the end, searches or filters), the time to
// render it, and the time from a keystroke in search to updated results, in
// Chromium against a production build.
//
// Budgets: results within 50 ms of a keystroke; what opening the home page
// downloads within 90 KB gzip at any catalog size (the whole catalog's data
// grows with the episodes and has its own budget, ≤ 150 B gzip per episode:
// `npm run bench:content`).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/chromium';
import { buildAndServe, projectRoot, type BuiltSite } from './serve-build';
import { writeSyntheticContent } from './synthetic-content';

const EPISODES = Number(process.argv[2] ?? 10_000);
const RENDER_RUNS = 5;
const BUDGET = { keystrokeMs: 50, homeOpeningBytes: 90 * 1024 };
/** The home page's first page of episodes (`virtual:content/catalog-first-page`). */
const FIRST_PAGE_CHUNK = /\/catalog-first-page-[^/]+\.js$/;
/** Every episode (`virtual:content/catalog`). */
const CATALOG_CHUNK = /\/catalog-(?!first-page-)[^/]+\.js$/;
/** Typed a letter at a time, as a viewer would: broad words first, narrowing. */
const QUERIES = ['kubernetes operator', 'introduction to cilium', 'observability grafana', 'q&a production'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
};

/** What the page records about itself, from before its own scripts run. */
interface Marks {
  /** performance.now() when the first episode card was in the DOM. */
  firstCards?: number;
  /** performance.now() of the first frame after that. */
  firstCardsPainted?: number;
  /** Per keystroke: from the key event to React's commit of the results, and to the next frame. */
  keystrokes: { toCommit: number; toFrame: number }[];
  pendingKey?: number;
  commits: number;
}

/**
 * Counts React commits through the DevTools hook (production React calls it
 * too) and times each keystroke to the commit that follows it. Plain
 * JavaScript in a string: tsx would wrap a function's inner functions in
 * helpers that the page does not have.
 */
const INSTRUMENT = `(() => {
  const marks = { keystrokes: [], commits: 0 };
  window.__marks = marks;
  // A message posted from a frame callback arrives once that frame's rendering steps are done.
  const afterNextFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(undefined);
  });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      marks.commits += 1;
      const key = marks.pendingKey;
      if (key === undefined) return;
      marks.pendingKey = undefined;
      const toCommit = performance.now() - key;
      afterNextFrame((at) => marks.keystrokes.push({ toCommit, toFrame: at - key }));
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  // The key event's own time stamp: when the browser got the key, on performance.now()'s clock.
  document.addEventListener('keydown', (event) => { marks.pendingKey = event.timeStamp; }, true);
  new MutationObserver((records, observer) => {
    if (!document.querySelector('.episode-grid li')) return;
    observer.disconnect();
    marks.firstCards = performance.now();
    afterNextFrame((at) => { marks.firstCardsPainted = at; });
  }).observe(document, { childList: true, subtree: true });
})();`;

/** The seed's poster, served for every synthetic episode as the CDN would serve each its own. */
const POSTER = readFile(path.join(projectRoot, 'public/media/videos/f7rvx2rb04zl2vhgoltwedf5/thumbnail.webp'));

async function instrument(page: Page) {
  await page.addInitScript(INSTRUMENT);
  const poster = await POSTER;
  await page.route('**/videos/*/thumbnail.webp', (route) => route.fulfill({ body: poster, contentType: 'image/webp' }));
}

const readMarks = (page: Page) => page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);

async function gzipOf(site: BuiltSite, pathname: string) {
  return gzipSync(await readFile(path.join(site.outDir, pathname)), { level: 9 }).length;
}

/**
 * JavaScript opening the home page downloads (nothing scrolled, typed or
 * picked), split into app code and the first page of episodes; and the whole
 * catalog, which it should not download until needed.
 */
async function homeJavaScript(browser: Browser, site: BuiltSite) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || /\.js$/.test(response.url())) scripts.add(new URL(response.url()).pathname);
  });
  await page.goto(site.url);
  await page.locator('.episode-grid li').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const preloads = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]'), (link) => new URL(link.href).pathname),
  );
  for (const preload of preloads) scripts.add(preload);
  let code = 0;
  let firstPage = 0;
  let catalogOnOpening = 0;
  const files: string[] = [];
  for (const pathname of scripts) {
    const bytes = await gzipOf(site, pathname);
    if (FIRST_PAGE_CHUNK.test(pathname)) firstPage += bytes;
    else if (CATALOG_CHUNK.test(pathname)) catalogOnOpening += bytes;
    else code += bytes;
    files.push(`${pathname} ${kb(bytes)}`);
  }
  await context.close();
  const assets = await readdir(path.join(site.outDir, 'assets'));
  const catalogFile = assets.find((file) => CATALOG_CHUNK.test(`/${file}`));
  const catalog = catalogFile ? await gzipOf(site, `assets/${catalogFile}`) : 0;
  return { code, firstPage, catalogOnOpening, catalog, files };
}

/** Navigation start to the first episode cards in the DOM and on screen, fresh context each run. */
async function homeRender(browser: Browser, site: BuiltSite) {
  const inDom: number[] = [];
  const painted: number[] = [];
  for (let run = 0; run < RENDER_RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await instrument(page);
    await page.goto(site.url);
    await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.firstCardsPainted !== undefined, null, {
      timeout: 60_000,
    });
    const marks = await readMarks(page);
    inDom.push(marks.firstCards!);
    painted.push(marks.firstCardsPainted!);
    await context.close();
  }
  return { inDom: percentile(inDom, 0.5), painted: percentile(painted, 0.5) };
}

/** Keystroke to results, once the search index has loaded (it loads when the search box is focused). */
async function keystrokes(browser: Browser, site: BuiltSite) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await instrument(page);
  const indexResponse = page.waitForResponse((response) => /\/search-index-[^/]+\.js$/.test(response.url()), { timeout: 60_000 });
  await page.goto(site.url);
  await page.locator('.episode-grid li').first().waitFor({ timeout: 60_000 });
  const search = page.getByRole('searchbox', { name: 'Search' });
  const focusedAt = await page.evaluate(() => performance.now());
  await search.focus();
  const index = await indexResponse;
  const indexBytes = await gzipOf(site, new URL(index.url()).pathname);
  // Ready when a word found only in descriptions finds something: the index is in.
  await search.fill('thank');
  await page.waitForFunction(() => !document.querySelector('.catalog-summary')?.textContent?.includes('still loading'), null, {
    timeout: 60_000,
  });
  const indexReadyMs = (await page.evaluate(() => performance.now())) - focusedAt;

  const samples: { toCommit: number; toFrame: number; results: number }[] = [];
  for (const query of QUERIES) {
    await search.fill('');
    await page.waitForTimeout(100);
    for (const letter of query) {
      const before = (await readMarks(page)).keystrokes.length;
      await page.keyboard.type(letter);
      await page.waitForFunction((count) => (window as unknown as { __marks: Marks }).__marks.keystrokes.length > count, before);
      const mark = (await readMarks(page)).keystrokes.at(-1)!;
      const results = await page.locator('.episode-grid li').first().getAttribute('aria-setsize').catch(() => '0');
      samples.push({ ...mark, results: Number(results ?? 0) });
      await page.waitForTimeout(30);
    }
  }
  await context.close();
  return { samples, indexBytes, indexReadyMs };
}

async function main() {
  const contentDir = await mkdtemp(path.join(tmpdir(), 'catalog-bench-content-'));
  console.log(`Writing ${EPISODES.toLocaleString('en')} synthetic episodes and building the site…`);
  await writeSyntheticContent(contentDir, EPISODES);
  const started = performance.now();
  const site = await buildAndServe({ contentDir });
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  const browser = await launchBrowser();
  try {
    const js = await homeJavaScript(browser, site);
    const render = await homeRender(browser, site);
    const typing = await keystrokes(browser, site);
    const toFrame = typing.samples.map((sample) => sample.toFrame);
    const toCommit = typing.samples.map((sample) => sample.toCommit);
    const worst = typing.samples.reduce((a, b) => (b.toFrame > a.toFrame ? b : a));

    console.log(`Home page at ${EPISODES.toLocaleString('en')} episodes (Chromium, production build)`);
    const opening = js.code + js.firstPage + js.catalogOnOpening;
    console.log(`  opening / (1920×1080, nothing scrolled or typed), JavaScript, gzip: ${kb(opening)} = app code ${kb(js.code)} + first page ${kb(js.firstPage)}${js.catalogOnOpening ? ` + whole catalog ${kb(js.catalogOnOpening)} (should not be there)` : ''}`);
    for (const file of js.files) console.log(`    ${file}`);
    console.log(`  whole catalog, loaded on scrolling toward the end, search or filter: ${kb(js.catalog)} gzip (${(js.catalog / EPISODES).toFixed(0)} B/episode)`);
    console.log(`  render: first cards in the DOM ${ms(render.inDom)}, on screen ${ms(render.painted)} after navigation (median of ${RENDER_RUNS})`);
    console.log(`  search index: ${kb(typing.indexBytes)} gzip, searchable ${ms(typing.indexReadyMs)} after the search box is focused`);
    console.log(`  keystroke → results, ${typing.samples.length} keystrokes over "${QUERIES.join('", "')}":`);
    console.log(`    committed: median ${ms(percentile(toCommit, 0.5))}, p95 ${ms(percentile(toCommit, 0.95))}`);
    console.log(`    on screen (next frame): median ${ms(percentile(toFrame, 0.5))}, p95 ${ms(percentile(toFrame, 0.95))}, worst ${ms(worst.toFrame)} (${worst.results} results)`);
    const keystrokeOk = percentile(toFrame, 0.95) <= BUDGET.keystrokeMs;
    const openingOk = opening <= BUDGET.homeOpeningBytes && js.catalogOnOpening === 0;
    console.log(`\nBudgets: keystroke → results ≤ ${BUDGET.keystrokeMs} ms (p95): ${keystrokeOk ? 'PASS' : 'FAIL'}; opening the home page ≤ ${kb(BUDGET.homeOpeningBytes)}, without the whole catalog: ${openingOk ? 'PASS' : 'FAIL'}`);
    if (!keystrokeOk || !openingOk) process.exitCode = 1;
  } finally {
    await browser.close();
    await site.close();
    await rm(contentDir, { recursive: true, force: true });
  }
}

await main();
