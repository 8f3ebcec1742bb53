// npm run bench:player — what opening a shared watch-page link costs a viewer:
// the JavaScript downloaded (gzip, hls.js apart); the time from navigation to
// the linked moment's first frame on screen, for the watch page and the embed
// page, beside the floor (a bare <video> page doing the same, served by the
// same host, runs interleaved; the site served as a host serves it,
// compressed) and beside our watch page's own HTML with no script (what its
// content costs, which no script work can take back); again over an emulated
// viewer's network for context; and
// the main thread's script time and DOM updates per second of playback.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/support/chromium';
import { buildAndServe } from './serve-build';
import { TRANSCRIPT_SETTLED } from './transcript-settled';

const SLUG = 'introducing-apko-and-melange';
const VIDEO = 'f7rvx2rb04zl2vhgoltwedf5';
const TARGET = 2807;
const RUNS = Number(process.argv[2] ?? 7);
const PLAY_SECONDS = 10;

/** The floor: the least a page can do to show the linked moment, a bare <video> and no script. */
const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>
<body><video src="/media/videos/${VIDEO}/stream.m3u8#t=${TARGET}" preload="metadata" width="640" height="360"></video></body></html>
`;

/**
 * Our watch page as plain HTML, no script at all: its head and body as built,
 * with the <video> written as the early script leaves it for a linked moment
 * (the stream at the second, metadata preloaded, no poster, no native
 * controls). What the page's own content costs the first frame, whatever its
 * scripts do: the line between the floor and ours that script work cannot cross.
 */
function withoutScript(html: string): string {
  const needed = (pattern: RegExp) => {
    if (!html.match(pattern)) throw new Error(`The built watch page has no ${pattern}: the benchmark's copy of it without script needs updating`);
    return pattern;
  };
  const stream = html.match(needed(/<source src="([^"]+)"[^>]*\/?>/))![1];
  return html
    .replace(needed(/<script>[\s\S]*?<\/script>/g), '')
    .replace(needed(/<script type="module"[^>]*><\/script>/g), '')
    .replace(/<source src="[^"]+"[^>]*\/?>/, '')
    .replace(needed(/<video([^>]*)>/), (_, attributes: string) => {
      const kept = attributes.replace(/\s(?:poster|preload|controls|src)(?:="[^"]*")?(?=[\s>]|$)/g, '');
      return `<video${kept} preload="metadata" src="${stream}#t=${TARGET}">`;
    });
}

const median = (all: number[]) => {
  const sorted = all.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const summary = (all: number[]) => {
  const values = all.filter((value) => !Number.isNaN(value));
  const missed = all.length - values.length;
  return `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})${missed ? `, ${missed} of ${all.length} runs without a frame` : ''}`;
};

/** A network between the viewer and the host, as Chromium emulates it (every request waits the round trip). */
interface Network {
  roundTripMs: number;
  downMbps: number;
  upMbps: number;
}

/**
 * The same first frames over a network like a viewer's (broadband or good
 * 4G), beside the budget's figure: from this machine to itself, a page's
 * main-thread work lands wholly between the media's steps, where over a
 * network much of it overlaps their round trips. Context, not the budget.
 */
const VIEWERS_NETWORK: Network = { roundTripMs: 40, downMbps: 20, upMbps: 5 };
const NETWORK_RUNS = Math.max(5, Math.ceil(RUNS / 2));

/**
 * Navigation start to the first frame presented at the linked second: the
 * first requestVideoFrameCallback whose mediaTime is within 2 s of it, timed
 * by the frame's own presentation time. The callback is asked for once the
 * element has its metadata (headless Chromium never calls one asked for before).
 * The page tells the benchmark through a binding: nothing polls it (Playwright's
 * waitForFunction runs its predicate in the page every animation frame, work
 * on the main thread that no viewer's page does, while the media waits on it).
 */
async function firstFrameAt(browser: Browser, url: string, network?: Network): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.roundTripMs,
        downloadThroughput: (network.downMbps * 1e6) / 8,
        uploadThroughput: (network.upMbps * 1e6) / 8,
      });
    }
    let reportFrame: (at: number) => void = () => undefined;
    const presented = new Promise<number>((resolve) => (reportFrame = resolve));
    await page.exposeFunction('__reportPresentedFrame', (at: number) => reportFrame(at));
    // As text, not a function: tsx (esbuild keepNames) would wrap the named
    // functions inside it in a helper that does not exist in the page.
    await page.addInitScript({
      content: `(() => {
        const target = ${TARGET};
        const watch = (video) => {
          const onFrame = (now, frame) => {
            if (Math.abs(frame.mediaTime - target) > 2) return video.requestVideoFrameCallback(onFrame);
            if (window.__presentedAt !== undefined) return;
            window.__presentedAt = frame.presentationTime || now;
            window.__reportPresentedFrame(window.__presentedAt);
          };
          video.requestVideoFrameCallback(onFrame);
        };
        window.addEventListener('loadedmetadata', (event) => event.target instanceof HTMLVideoElement && watch(event.target), true);
      })();`,
    });
    await page.goto(url);
    let timer: ReturnType<typeof setTimeout> | number | undefined;
    const presentedAt = await Promise.race([presented, new Promise<undefined>((resolve) => (timer = setTimeout(resolve, 15_000)))]);
    clearTimeout(timer);
    if (presentedAt === undefined) {
      // Reported, and left out of the figures, rather than ending the whole run.
      const video = await page.evaluate(() => {
        const element = document.querySelector('video');
        return element && { readyState: element.readyState, currentTime: element.currentTime, engine: element.dataset.engine, error: element.error?.code };
      });
      console.log(`  no frame at ${TARGET} presented within 15 s on ${url}: ${JSON.stringify(video)}`);
      return Number.NaN;
    }
    return presentedAt;
  } finally {
    await context.close();
  }
}

async function main() {
  // Served as a host serves the site (compressed, cached as the README asks), the floor page alike.
  const site = await buildAndServe({
    asAHost: true,
    addFiles: async (outDir) => {
      await writeFile(path.join(outDir, 'floor.html'), FLOOR_PAGE);
      const page = await readFile(path.join(outDir, 'watch', SLUG, 'index.html'), 'utf8');
      await writeFile(path.join(outDir, 'watch-page-without-script.html'), withoutScript(page));
    },
  });
  const browser = await launchBrowser();
  try {
    // 1. JavaScript a viewer downloads to open the watch page.
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(`${site.url}/watch/${SLUG}?t=${TARGET}`);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    await page.waitForLoadState('networkidle');
    let appBytes = 0;
    let hlsBytes = 0;
    for (const pathname of scripts) {
      const gzip = gzipSync(await readFile(path.join(site.outDir, pathname)), { level: 9 }).length;
      if (/hls/.test(pathname)) hlsBytes += gzip;
      else appBytes += gzip;
    }
    const pageHtml = await readFile(path.join(site.outDir, 'watch', SLUG, 'index.html'), 'utf8');
    const html = gzipSync(pageHtml, { level: 9 }).length;
    // Script written into the page (the early script) counts as script too.
    for (const [, code] of pageHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)) appBytes += gzipSync(code!, { level: 9 }).length;
    await context.close();

    // 2. Opening a shared link: navigation start to the linked moment's first presented frame,
    //    ours and the floor interleaved, so that the machine's load falls on both alike.
    const times = { floor: [] as number[], static: [] as number[], native: [] as number[], hls: [] as number[], embed: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      times.floor.push(await firstFrameAt(browser, `${site.url}/floor.html`));
      times.static.push(await firstFrameAt(browser, `${site.url}/watch-page-without-script.html`));
      times.native.push(await firstFrameAt(browser, `${site.url}/watch/${SLUG}?t=${TARGET}`));
      times.hls.push(await firstFrameAt(browser, `${site.url}/watch/${SLUG}?engine=hls.js&t=${TARGET}`));
      times.embed.push(await firstFrameAt(browser, `${site.url}/embed/${SLUG}?t=${TARGET}`));
    }

    const networked = { floor: [] as number[], native: [] as number[], embed: [] as number[] };
    for (let run = 0; run < NETWORK_RUNS; run++) {
      networked.floor.push(await firstFrameAt(browser, `${site.url}/floor.html`, VIEWERS_NETWORK));
      networked.native.push(await firstFrameAt(browser, `${site.url}/watch/${SLUG}?t=${TARGET}`, VIEWERS_NETWORK));
      networked.embed.push(await firstFrameAt(browser, `${site.url}/embed/${SLUG}?t=${TARGET}`, VIEWERS_NETWORK));
    }

    // 3. Playback cost: script time and DOM changes per second while playing.
    const playContext = await browser.newContext();
    const playPage = await playContext.newPage();
    await playPage.goto(`${site.url}/watch/${SLUG}?t=2810`);
    await playPage.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const cdp = await playContext.newCDPSession(playPage);
    await cdp.send('Performance.enable');
    await playPage.getByRole('button', { name: 'Play' }).click();
    await playPage.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 2811);
    // The viewer's first press (Play) brings in the transcript panel, which builds its lines once:
    // measured by bench:transcript, and left out of the cost of playing on.
    await playPage.evaluate(TRANSCRIPT_SETTLED);
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { script: get('ScriptDuration'), task: get('TaskDuration') };
    };
    // What React changes in the DOM while playing: style writes from frame callbacks are not renders.
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
    // Waited out in Node: a waitForFunction would poll in the page every frame, and its script would be counted.
    await new Promise((resolve) => setTimeout(resolve, PLAY_SECONDS * 1000));
    const after = await metric();
    const played = (await playPage.evaluate(() => document.querySelector('video')!.currentTime)) - startedAt;
    const mutations = await playPage.evaluate(() => {
      const w = window as unknown as { __pageMutations: number; __listMutations: number };
      return { page: w.__pageMutations, list: w.__listMutations };
    });
    await playContext.close();

    const ratio = (values: number[], floor = times.floor) => (median(values) / median(floor)).toFixed(2);
    console.log(`watch page JavaScript (gzip): ${kb(appBytes)} (budget 90 KB); hls.js apart: ${kb(hlsBytes)} ${hlsBytes ? '(loaded)' : '(not loaded: native HLS)'}`);
    console.log(`watch page HTML (gzip): ${kb(html)}`);
    console.log(`shared link ?t=${TARGET} to the first frame presented at that second (requestVideoFrameCallback), ${RUNS} runs each, interleaved:`);
    console.log(`  floor, a bare <video src="…#t=${TARGET}"> page:   ${summary(times.floor)}`);
    console.log(`  our watch page's HTML, no script:               ${summary(times.static)}  = ${ratio(times.static)}× the floor (what its content costs)`);
    console.log(`  our watch page, native HLS:                     ${summary(times.native)}  = ${ratio(times.native)}× the floor (budget 1.3×), ${ratio(times.native, times.static)}× its HTML alone`);
    console.log(`  our watch page, ?engine=hls.js:                 ${summary(times.hls)}  = ${ratio(times.hls)}× the floor`);
    console.log(`  our embed page, native HLS:                     ${summary(times.embed)}  = ${ratio(times.embed)}× the floor (budget 1.3×)`);
    const { roundTripMs, downMbps, upMbps } = VIEWERS_NETWORK;
    console.log(`the same over an emulated network (${roundTripMs} ms round trip, ${downMbps}/${upMbps} Mbit/s), ${NETWORK_RUNS} runs each, interleaved (context, not the budget):`);
    console.log(`  floor:                                          ${summary(networked.floor)}`);
    console.log(`  our watch page, native HLS:                     ${summary(networked.native)}  = ${ratio(networked.native, networked.floor)}× the floor`);
    console.log(`  our embed page, native HLS:                     ${summary(networked.embed)}  = ${ratio(networked.embed, networked.floor)}× the floor`);
    console.log(`playback (${played.toFixed(1)} s played):`);
    console.log(`  main-thread script time: ${(((after.script - before.script) / played) * 1000).toFixed(2)} ms per second of playback`);
    console.log(`  main-thread task time:   ${(((after.task - before.task) / played) * 1000).toFixed(2)} ms per second of playback`);
    console.log(`  DOM changes other than style writes: ${(mutations.page / played).toFixed(1)} per second; in the chapter list: ${mutations.list}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
