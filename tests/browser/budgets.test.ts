// JavaScript budgets: what a viewer downloads to open the home page and a
// watch page, gzipped (level 9) file by file (and script inline in the page,
// by itself), must stay within 90 KB each, and an embed page within 80 KB —
// hls.js apart, which only browsers without HLS of their own download. Sizes
// are bytes, not timings: the same build gives the same figures every run.
// A watch page's extras, which load once the viewer might want them
// (product.md, What loads when), are not part of opening it: they are
// fetched here too, at a first key, and counted apart.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openViewer } from './support/browser';
import { SEED } from './support/fixtures';
import { waitForTakeOver } from './support/take-over';

const BUDGET_BYTES = 90 * 1024;
/** The embed page (src/build/embed-bundle.ts): the player alone, in another site's frame. */
const EMBED_BUDGET_BYTES = 80 * 1024;
/** The hls.js chunk (`hls.light-<hash>.js`), loaded on demand. */
const HLS_CHUNK = /\/hls(?:\.light)?-[\w-]+\.js$/;
/**
 * The chunks a watch page loads once wanted (when-wanted.tsx): at the viewer's first key, pointer,
 * wheel or touch, at playback, or after four quiet seconds, whichever comes first. So whether they
 * come before the network settles is a matter of timing; their names say which they are.
 */
const ONCE_WANTED = /\/(transcript-panel|up-next|player-keys|keys-dialog|key-feedback|media-session|more-episodes|episode-card|show-\d+)-[\w-]{8}\.js$/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface ScriptSize {
  file: string;
  gzip: number;
  /** Whether the page asked for it after `touch` ran. */
  afterTouch: boolean;
}

/**
 * Every script the page downloads while `open` runs, with its gzipped size; then, if given, what
 * it downloads once `touch` has run.
 */
async function scriptsDownloaded(open: (page: Page) => Promise<void>, touch?: (page: Page) => Promise<void>): Promise<ScriptSize[]> {
  const viewer = await openViewer(browser);
  const sizes: Array<Promise<ScriptSize>> = [];
  let touched = false;
  viewer.page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const afterTouch = touched;
    const size = request.response().then(async (response) => ({ file: new URL(request.url()).pathname, gzip: gzipSync((await response?.body()) ?? '', { level: 9 }).length, afterTouch }));
    // A script asked for after the sizes were summed (the page runs on while they are) has its body cut
    // off when the page closes: that is no failure of the page, and must not surface as one of the run.
    size.catch(() => undefined);
    sizes.push(size);
  });
  try {
    await open(viewer.page);
    // Whatever the page fetches once it has settled (lazy chunks, preloads) counts too.
    await viewer.page.waitForLoadState('networkidle');
    if (touch) {
      touched = true;
      await touch(viewer.page);
      await viewer.page.waitForLoadState('networkidle');
    }
    // And script written into the page itself (the watch page's early script), as the page arrived.
    const html = await (await fetch(viewer.page.url())).text();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => ({ file: '(inline in the page)', gzip: gzipSync(code!, { level: 9 }).length, afterTouch: false }));
    return [...(await Promise.all(sizes)), ...inline];
  } finally {
    await viewer.context.close();
  }
}

const total = (scripts: ScriptSize[]) => scripts.reduce((sum, script) => sum + script.gzip, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(name: string, scripts: ScriptSize[], budget = BUDGET_BYTES) {
  const lines = scripts.map((s) => `  ${s.file}  ${kb(s.gzip)}`);
  console.log(`${name}: ${kb(total(scripts))} of ${kb(budget)} (${total(scripts)} of ${budget} bytes, gzip -9)\n${lines.join('\n')}`);
}

describe('JavaScript budgets', () => {
  it('the home page downloads at most 90 KB of JavaScript', async () => {
    const scripts = await scriptsDownloaded(async (page) => {
      await page.goto('/');
      await page.locator('.episode-grid li').first().waitFor();
    });
    report('home page', scripts);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total(scripts)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('a watch page playing through hls.js downloads at most 90 KB of JavaScript to open, besides hls.js and the extras it loads once wanted', async () => {
    // hls.js forced, so the budget is for the page that needs the most besides it.
    const scripts = await scriptsDownloaded(
      async (page) => {
        await page.goto(`/watch/${SEED.slug}?engine=hls.js`);
        await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, { timeout: 20_000 });
        await waitForTakeOver(page);
      },
      // The viewer's first key (one that does nothing): the extras load now if they have not yet. Waited for
      // by name: the page had been network-idle before the key, and Playwright's wait for that state
      // returns at once when it was, so it once summed the sizes before the key's imports were asked for.
      async (page) => {
        const extras = Promise.all([/\/player-keys-/, /\/transcript-panel-/].map((file) => page.waitForResponse((response) => file.test(response.url()), { timeout: 10_000 })));
        await page.keyboard.press('Shift');
        await extras;
      },
    );
    const hls = scripts.filter((s) => HLS_CHUNK.test(s.file));
    const wanted = scripts.filter((s) => ONCE_WANTED.test(s.file));
    const opening = scripts.filter((s) => !HLS_CHUNK.test(s.file) && !ONCE_WANTED.test(s.file));
    report('watch page, to open', opening);
    console.log(`once wanted: ${kb(total(wanted))} (opening and extras: ${kb(total(opening) + total(wanted))})\n${wanted.map((s) => `  ${s.file}  ${kb(s.gzip)}`).join('\n')}`);
    console.log(`hls.js, downloaded only without native HLS: ${kb(total(hls))}`);
    // The exclusion is for the hls.js chunk alone: exactly one file.
    expect(hls).toHaveLength(1);
    // The extras came (the first key at the latest), and nothing else waited for that key: the page was open before it.
    expect(wanted.map((s) => s.file.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(expect.arrayContaining(['/assets/player-keys', '/assets/transcript-panel']));
    expect(opening.filter((s) => s.afterTouch)).toEqual([]);
    expect(total(opening)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  // The embed page has a bundle of its own (src/build/embed-bundle.ts): the player on Preact, in one
  // chunk after a small entry, without the site's router, pages or shared chunks. Not framed, it does without the
  // player.js bridge (1.4 KB), which loads only in a frame.
  it('an embed page playing through hls.js downloads at most 80 KB of JavaScript besides hls.js, and none of the site’s app', async () => {
    const scripts = await scriptsDownloaded(async (page) => {
      await page.goto(`/embed/${SEED.slug}?t=2807&engine=hls.js`);
      await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, { timeout: 20_000 });
    });
    const hls = scripts.filter((s) => HLS_CHUNK.test(s.file));
    const page = scripts.filter((s) => !HLS_CHUNK.test(s.file));
    report('embed page', page, EMBED_BUDGET_BYTES);
    expect(hls).toHaveLength(1);
    expect(page.filter((s) => /catalog|search|continue-watching|\/(index|shared|player|watch-page)-[\w-]{8}\.js$/.test(s.file))).toEqual([]);
    expect(total(page)).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
  });
});
