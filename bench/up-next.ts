// npm run bench:up-next — what up next costs a viewer: the time from the end
// of an episode to the next episode's first frame on screen, when Play now is
// pressed the moment it is offered (a script in the page presses it, so no
// reaction time is counted; the press to the frame is given apart).
// Built from the browser tests' up-next fixtures: one show of two episodes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/browser/support/chromium';
import { SERIES, writeUpNextFixtures } from '../tests/browser/support/up-next-fixtures';
import { buildAndServe } from './serve-build';

const RUNS = Number(process.argv[2] ?? 5);
/** The fixtures play the seed's media, 4453 s long: start 2 s before its end. */
const NEAR_THE_END = 4451;

interface Marks {
  ended?: number;
  offered?: number;
  pressed?: number;
  nextFrame?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = (values: number[]) =>
  `median ${median(values).toFixed(0)} ms over ${values.length} runs (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;

async function main() {
  const contentDir = await mkdtemp(path.join(tmpdir(), 'up-next-bench-'));
  await writeUpNextFixtures(contentDir);
  const site = await buildAndServe({ contentDir });
  const browser = await launchBrowser();
  const endToFrame: number[] = [];
  const pressToFrame: number[] = [];
  const endToOffer: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The app changes pages without a reload, so one clock runs from the end of one episode to the next one's frame.
      await page.addInitScript(() => {
        const marks: Marks = {};
        (window as unknown as { __marks: Marks }).__marks = marks;
        let ending: HTMLVideoElement | undefined;
        document.addEventListener(
          'ended',
          (event) => {
            ending = event.target as HTMLVideoElement;
            marks.ended ??= performance.now();
          },
          true,
        );
        new MutationObserver(() => {
          const offer = document.querySelector('section[aria-label="Up next"]');
          if (marks.ended !== undefined && marks.offered === undefined && offer) {
            marks.offered = performance.now();
            const playNow = [...offer.querySelectorAll('button')].find((button) => button.textContent === 'Play now');
            marks.pressed = performance.now();
            playNow?.click();
          }
          const video = document.querySelector('video');
          if (!ending || !video || video === ending || video.dataset.benchWatched) return;
          video.dataset.benchWatched = 'yes';
          video.requestVideoFrameCallback(() => (marks.nextFrame ??= performance.now()));
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${site.url}/watch/${SERIES.first.slug}?t=${NEAR_THE_END}`);
      await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.nextFrame !== undefined, null, { timeout: 30_000 });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
      const landed = new URL(page.url());
      if (landed.pathname !== `/watch/${SERIES.second.slug}`) throw new Error(`up next went to ${landed.pathname}`);
      endToOffer.push(marks.offered! - marks.ended!);
      endToFrame.push(marks.nextFrame! - marks.ended!);
      pressToFrame.push(marks.nextFrame! - marks.pressed!);
      await context.close();
    }
    console.log(`end of an episode to Up next shown: ${summary(endToOffer)}`);
    console.log(`end of an episode to the next episode's first frame, Play now pressed the moment it is offered: ${summary(endToFrame)}`);
    console.log(`  of which Play now pressed to the first frame: ${summary(pressToFrame)}`);
  } finally {
    await browser.close();
    await site.close();
    await rm(contentDir, { recursive: true, force: true });
  }
}

await main();
