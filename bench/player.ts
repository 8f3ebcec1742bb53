// npm run bench:player — what opening a shared watch-page link costs a viewer:
// the JavaScript downloaded (gzip, hls.js apart), the time from opening
// `?t=2807` to that moment's first frame on screen, and the main thread's
// script time and DOM updates per second of playback.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/browser/support/chromium';
import { buildAndServe } from './serve-build';

const SLUG = 'introducing-apko-and-melange';
const RUNS = Number(process.argv[2] ?? 7);
const PLAY_SECONDS = 10;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const site = await buildAndServe();
  const browser = await launchBrowser();
  try {
    // 1. JavaScript a viewer downloads to open the watch page.
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${site.url}/watch/${SLUG}?t=2807`);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    let appBytes = 0;
    let hlsBytes = 0;
    for (const pathname of scripts) {
      const gzip = gzipSync(await readFile(path.join(site.outDir, pathname)), { level: 9 }).length;
      if (/hls/.test(pathname)) hlsBytes += gzip;
      else appBytes += gzip;
    }
    const cssBytes = await Promise.all(
      (await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'), (l) => new URL(l.href).pathname))).map(
        async (pathname) => gzipSync(await readFile(path.join(site.outDir, pathname)), { level: 9 }).length,
      ),
    );
    await context.close();

    // 2. Opening a shared link: navigation start to the linked moment's first frame.
    const firstFrame: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const runContext = await browser.newContext();
      const runPage = await runContext.newPage();
      // 'loadeddata' is when the element can first render the current position:
      // for a shared link that must already be the linked moment.
      await runPage.addInitScript(() => {
        const w = window as unknown as { __frameAt?: number };
        window.addEventListener(
          'loadeddata',
          (event) => {
            const video = event.target as HTMLVideoElement;
            if (Math.abs(video.currentTime - 2807) < 1.5) w.__frameAt ??= performance.now();
          },
          true,
        );
      });
      await runPage.goto(`${site.url}/watch/${SLUG}?t=2807`);
      await runPage.waitForFunction(() => (window as unknown as { __frameAt?: number }).__frameAt !== undefined, null, { timeout: 30_000 });
      firstFrame.push(await runPage.evaluate(() => (window as unknown as { __frameAt: number }).__frameAt));
      await runContext.close();
    }

    // 3. Playback cost: script time and React commits per second while playing.
    const playContext = await browser.newContext();
    const playPage = await playContext.newPage();
    await playPage.goto(`${site.url}/watch/${SLUG}?t=2810`);
    await playPage.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const cdp = await playContext.newCDPSession(playPage);
    await cdp.send('Performance.enable');
    await playPage.getByRole('button', { name: 'Play' }).click();
    await playPage.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 2811);
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { script: get('ScriptDuration'), task: get('TaskDuration') };
    };
    // What React changes in the DOM while playing: style writes from frame
    // callbacks are not renders; anything else is.
    await playPage.evaluate(() => {
      const w = window as unknown as { __pageMutations: number; __listMutations: number };
      w.__pageMutations = 0;
      w.__listMutations = 0;
      const list = document.querySelector('nav[aria-label=Chapters]')!;
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes' && record.attributeName === 'style') continue;
          w.__pageMutations++;
          if (list.contains(record.target)) w.__listMutations++;
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const before = await metric();
    const startedAt = await playPage.evaluate(() => document.querySelector('video')!.currentTime);
    await playPage.waitForTimeout(PLAY_SECONDS * 1000);
    const after = await metric();
    const played = (await playPage.evaluate(() => document.querySelector('video')!.currentTime)) - startedAt;
    const mutations = await playPage.evaluate(() => {
      const w = window as unknown as { __pageMutations: number; __listMutations: number };
      return { __pageMutations: w.__pageMutations, __listMutations: w.__listMutations };
    });
    await playContext.close();

    console.log(`watch page JavaScript (gzip): ${kb(appBytes)} (budget 90 KB), hls.js apart: ${kb(hlsBytes)} ${hlsBytes ? '(loaded)' : '(not loaded: native HLS)'}`);
    console.log(`watch page CSS (gzip): ${kb(cssBytes.reduce((a, b) => a + b, 0))}`);
    console.log(`shared link ?t=2807 to that moment's first frame (loadeddata at 2807, from navigation start): median ${median(firstFrame).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...firstFrame).toFixed(0)}, max ${Math.max(...firstFrame).toFixed(0)})`);
    console.log(`playback (${played.toFixed(1)} s played, crossing chapter 2807→2888? ${startedAt < 2888 && startedAt + played > 2888 ? 'yes' : 'no'}):`);
    console.log(`  main-thread script time: ${(((after.script - before.script) / played) * 1000).toFixed(2)} ms per second of playback`);
    console.log(`  main-thread task time:   ${(((after.task - before.task) / played) * 1000).toFixed(2)} ms per second of playback`);
    console.log(`  DOM changes other than style writes: ${(mutations.__pageMutations / played).toFixed(1)} per second (the time display and slider values, once a second); in the chapter list: ${mutations.__listMutations}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
