// npm run bench:clip — how close to its end a clip link pauses: a clip link
// opened RUNS times per engine (native HLS where Chromium has it, and
// ?engine=hls.js), Play pressed, and the distance between where the video
// paused and the clip's end (contract §2: within a quarter of a second).
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/chromium';
import { buildAndServe } from './serve-build';

const SLUG = 'introducing-apko-and-melange';
const START = 2807;
/** Four seconds in: long enough for the stream to be playing steadily when the end comes. */
const END = 2811;
const RUNS = Number(process.argv[2] ?? 10);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;

/** Opens the clip link, presses Play and gives the position where the video paused, less the clip's end. */
async function pauseOffset(browser: Browser, url: string): Promise<{ offset: number; engine: string }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20_000 });
    // The clip's status shows once its code has arrived (the pause at the end comes with it).
    await page.getByRole('status').filter({ hasText: /^Clip / }).waitFor();
    const paused = page.locator('video').evaluate(
      (video: HTMLVideoElement) => new Promise<number>((resolve) => video.addEventListener('pause', () => resolve(video.currentTime), { once: true })),
    );
    await page.getByRole('button', { name: 'Play' }).click();
    const at = await paused;
    const engine = await page.locator('video').evaluate((video: HTMLVideoElement) => video.dataset.engine ?? '?');
    return { offset: at - END, engine };
  } finally {
    await context.close();
  }
}

async function main() {
  const site = await buildAndServe();
  const browser = await launchBrowser();
  try {
    const engines = [
      { name: 'default engine', query: '' },
      { name: '?engine=hls.js', query: 'engine=hls.js&' },
    ];
    console.log(`clip ${START}–${END} s of /watch/${SLUG}, ${RUNS} runs per engine: where the video paused, less the clip's end`);
    for (const { name, query } of engines) {
      const offsets: number[] = [];
      let engine = '';
      for (let run = 0; run < RUNS; run++) {
        const result = await pauseOffset(browser, `${site.url}/watch/${SLUG}?${query}t=${START}&end=${END}`);
        offsets.push(result.offset);
        engine = result.engine;
      }
      const distances = offsets.map(Math.abs);
      console.log(
        `  ${name} (plays through ${engine}): median ${ms(median(distances))}, worst ${ms(Math.max(...distances))} (budget 250 ms); ` +
          `signed offsets ${offsets.map((o) => (o * 1000).toFixed(0)).join(', ')} ms`,
      );
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
