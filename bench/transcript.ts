// npm run bench:transcript — what the transcript panel costs a viewer, on the
// browser tests' dense caption track (1,200 lines): the main thread's time to
// show the panel (its code, the parse and the render of every line), and the
// script time per second of playback with the panel open and following,
// beside the same episode's page without captions (no panel). The panel's
// figure has its floor beside it, interleaved: the simplest page doing the
// same work (read the same captions with the browser's parser, show every cue
// as a link), so that the machine's own speed can be read off.
//
// Only the page's own work is measured: while a figure is being taken the
// benchmark does not poll the page (Playwright's waitForFunction runs its
// predicate every frame, and a role query walks the accessibility tree: both
// are script on the page's main thread that no viewer's page runs). It waits
// in Node, or on one event the page itself gives.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/chromium';
import { waitForTakeOver } from '../tests/browser/support/take-over';
import { DENSE_TRANSCRIPT, NO_CAPTIONS, writeTranscriptFixtures, writeTranscriptMedia } from '../tests/browser/support/transcript-fixtures';
import { buildAndServe } from './serve-build';
import { scriptThreadTime } from './trace-script-time';
import { TRANSCRIPT_SETTLED } from './transcript-settled';

const RUNS = Number(process.argv[2] ?? 5);
const START = 2000;
const PLAY_SECONDS = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = (values: number[]) => `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;

/** Wall-clock durations of the main thread's work, and ThreadTime: the main thread's CPU time, which other processes on a busy machine inflate far less. */
type Metrics = Record<'ScriptDuration' | 'TaskDuration' | 'LayoutDuration' | 'RecalcStyleDuration' | 'ThreadTime', number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (all.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    ScriptDuration: get('ScriptDuration'),
    TaskDuration: get('TaskDuration'),
    LayoutDuration: get('LayoutDuration'),
    RecalcStyleDuration: get('RecalcStyleDuration'),
    ThreadTime: get('ThreadTime'),
  };
}

const difference = (after: Metrics, before: Metrics) =>
  Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - before[name as keyof Metrics]])) as Metrics;

/**
 * The floor: a page with nothing but a place for the lines; its one small
 * script, at the viewer's first key, reads the captions with the browser's
 * own parser and shows each cue as a link to its second, in a plain list.
 * No chapters, no styles, no spoken line: the least a page can do to show
 * 1,200 cue links.
 */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Transcript floor</title></head>
<body><main class="transcript-place"></main><script src="transcript-floor.js"></script></body></html>
`;
const FLOOR_SCRIPT = `addEventListener('keydown', () => {
  const place = document.querySelector('.transcript-place');
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'metadata';
  track.src = '/media/videos/${DENSE_TRANSCRIPT.videoId}/captions/en.vtt';
  video.append(track);
  track.addEventListener('load', () => {
    const list = document.createElement('ol');
    for (const cue of track.track.cues) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const second = Math.floor(cue.startTime);
      link.href = '?t=' + second;
      link.textContent = Math.floor(second / 60) + ':' + String(second % 60).padStart(2, '0') + ' ' + cue.text;
      item.append(link);
      list.append(item);
    }
    place.append(list);
    place.dataset.transcript = 'shown';
  });
  track.track.mode = 'hidden';
}, { once: true });
`;

async function writeFloor(outDir: string) {
  await writeFile(path.join(outDir, 'transcript-floor.html'), FLOOR_PAGE);
  await writeFile(path.join(outDir, 'transcript-floor.js'), FLOOR_SCRIPT);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The main thread's work from the panel's load being asked for (the viewer's
 * first key) to the panel drawn; with `withPanel` false, to the panel's code
 * finding no captions (what loading costs without any line to show); with
 * `isFloor`, to the floor page's list drawn.
 */
async function panelAppearance(browser: Browser, url: string, withPanel = true, isFloor = false): Promise<Metrics> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (!isFloor) {
      await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, { timeout: 20_000 });
      // The app loads once the first frame is up: its own start is not the panel's cost.
      await waitForTakeOver(page);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const drawn = page.evaluate(TRANSCRIPT_SETTLED);
    const before = await metrics(cdp);
    await page.keyboard.press('Shift');
    const outcome = await drawn;
    const after = await metrics(cdp);
    if (outcome !== (withPanel ? 'shown' : 'none')) throw new Error(`the transcript came out ${outcome}, not ${withPanel ? 'shown' : 'none'}`);
    return difference(after, before);
  } finally {
    await context.close();
  }
}

/** Script time per second of playback, with whatever panel the page has open. */
async function playbackScript(browser: Browser, url: string, withPanel: boolean): Promise<{ perSecond: number; scriptCpuPerSecond: number; cpuPerSecond: number; marks: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20_000 });
    await page.keyboard.press('Shift');
    if ((await page.evaluate(TRANSCRIPT_SETTLED)) !== (withPanel ? 'shown' : 'none')) throw new Error('the transcript did not come out as expected');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForFunction((t) => (document.querySelector('video')?.currentTime ?? 0) > t + 1, START, { timeout: 20_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __marks: number };
      w.__marks = 0;
      new MutationObserver((records) => (w.__marks += records.filter((r) => r.attributeName === 'aria-current').length)).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      });
    });
    const position = () => page.evaluate(() => document.querySelector('video')!.currentTime);
    const before = await metrics(cdp);
    const startedAt = await position();
    // Waited out in Node: nothing runs in the page but the page.
    await sleep(PLAY_SECONDS * 1000);
    const after = await metrics(cdp);
    const played = (await position()) - startedAt;
    // Then as long again under a trace (apart: tracing slows the page a little), for the CPU time.
    const tracedFrom = await position();
    const scriptCpu = await scriptThreadTime(cdp, () => sleep(PLAY_SECONDS * 1000));
    const tracedPlayed = (await position()) - tracedFrom;
    if (Math.min(played, tracedPlayed) < PLAY_SECONDS / 2) throw new Error(`the video played only ${Math.min(played, tracedPlayed).toFixed(1)} s of ${PLAY_SECONDS}`);
    const marks = await page.evaluate(() => (window as unknown as { __marks: number }).__marks);
    return {
      perSecond: (after.ScriptDuration - before.ScriptDuration) / played,
      scriptCpuPerSecond: scriptCpu / tracedPlayed,
      cpuPerSecond: (after.ThreadTime - before.ThreadTime) / played,
      marks,
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const contentDir = await mkdtemp(path.join(tmpdir(), 'transcript-bench-'));
  await writeTranscriptFixtures(contentDir);
  const site = await buildAndServe({ contentDir, addFiles: async (outDir) => {
      await writeTranscriptMedia(outDir);
      await writeFloor(outDir);
    },
  });
  const browser = await launchBrowser();
  try {
    const withPanel = `${site.url}/watch/${DENSE_TRANSCRIPT.slug}?t=${START}`;
    const withoutPanel = `${site.url}/watch/${NO_CAPTIONS.slug}?t=${START}`;
    const appearance: Metrics[] = [];
    const noLines: Metrics[] = [];
    const floor: Metrics[] = [];
    const playing: number[] = [];
    const bare: number[] = [];
    const playingCpu: number[] = [];
    const bareCpu: number[] = [];
    const playingScriptCpu: number[] = [];
    const bareScriptCpu: number[] = [];
    let marks = 0;
    for (let run = 0; run < RUNS; run++) {
      appearance.push(await panelAppearance(browser, withPanel));
      noLines.push(await panelAppearance(browser, withoutPanel, false));
      floor.push(await panelAppearance(browser, `${site.url}/transcript-floor.html`, true, true));
      const played = await playbackScript(browser, withPanel, true);
      playing.push(played.perSecond);
      playingCpu.push(played.cpuPerSecond);
      playingScriptCpu.push(played.scriptCpuPerSecond);
      marks = played.marks;
      const without = await playbackScript(browser, withoutPanel, false);
      bare.push(without.perSecond);
      bareCpu.push(without.cpuPerSecond);
      bareScriptCpu.push(without.scriptCpuPerSecond);
    }
    const of = (name: keyof Metrics) => appearance.map((m) => m[name]);
    const lineCost = median(of('ThreadTime')) - median(noLines.map((m) => m.ThreadTime));
    console.log(`transcript panel, ${DENSE_TRANSCRIPT.lines.length} lines, ${RUNS} runs:`);
    console.log(`  showing it (its code, the parse, every line built, laid out and drawn), main-thread CPU time: ${summary(of('ThreadTime'))} (budget 100 ms)`);
    console.log(`    the same without captions (the code loads, finds none): ${summary(noLines.map((m) => m.ThreadTime))}; so reading and showing the lines: ${lineCost.toFixed(1)} ms`);
    const floorTime = floor.map((m) => m.ThreadTime);
    console.log(`    the floor (a bare page whose one script reads the same captions and lists every cue as a link): ${summary(floorTime)}; ours = ${(median(of('ThreadTime')) / median(floorTime)).toFixed(2)}× the floor`);
    console.log(`    wall-clock task time ${summary(of('TaskDuration'))}: script ${summary(of('ScriptDuration'))}, layout ${summary(of('LayoutDuration'))}, style ${summary(of('RecalcStyleDuration'))}`);
    console.log(`  playback with the panel open and following, per second of playback (budget 3 ms of script):`);
    console.log(`    script ${summary(playing)}; in CPU time (trace) ${summary(playingScriptCpu)}; all the main thread's CPU ${summary(playingCpu)}`);
    console.log(`  the same page without captions (no panel), per second of playback (budget 3 ms of script):`);
    console.log(`    script ${summary(bare)}; in CPU time (trace) ${summary(bareScriptCpu)}; all the main thread's CPU ${summary(bareCpu)}`);
    console.log(`  the panel's share of playback script time: ${(median(playing) - median(bare)).toFixed(2)} ms per second`);
    console.log(`  aria-current changes in ${PLAY_SECONDS * 2} s of playback (last run): ${marks}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
