// The transcript panel on the watch page, as a viewer uses it: every line a
// link to its moment under its chapter, the spoken line marked and followed
// in the panel's own scroll, search, a link to a line, hostile cue text, and
// captions that are missing or not WebVTT. Real Chromium, real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTime } from '@/player/core/time';
import { spokenLineIndex } from '@/player/core/transcript';
import { openViewerForEachTest, siteUrl, unhandledRejections, type Viewer } from './support/browser';
import { DENSE_TRANSCRIPT, GARBAGE_CAPTIONS, NO_CAPTIONS } from './support/transcript-fixtures';
import { openWatch, videoState, waitForPlaying, waitForTime } from './support/watch';
import { axeViolations } from './support/axe';
import { SEED } from './support/fixtures';

let viewer: Viewer;
let page: Page;
const dialogs: string[] = [];

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

const dense = `/watch/${DENSE_TRANSCRIPT.slug}`;
const { lines } = DENSE_TRANSCRIPT;

const transcript = () => page.getByRole('region', { name: 'Transcript' });
const lineLinks = () => transcript().locator('a[data-line]');
const spokenLinks = () => transcript().locator('[aria-current="true"]');
const followAlong = () => transcript().getByRole('button', { name: 'Follow along' });
const searchBox = () => transcript().getByRole('searchbox', { name: 'Search transcript' });
const searchStatus = () => transcript().getByRole('status');

/** The text a line's link shows: its start time, the speaker, the words. */
const shownText = (line: (typeof lines)[number]) => `${formatTime(line.start)} ${line.speaker ? `${line.speaker}: ` : ''}${line.words}`;
const hrefOf = (line: (typeof lines)[number]) => `?t=${Math.floor(line.start)}`;

/**
 * Opens a watch page and waits for its transcript. The panel's code loads
 * once the viewer touches the page (or after a few quiet seconds): a key
 * that does nothing else is such a touch.
 */
async function openTranscript(path: string, { touch = true } = {}) {
  await openWatch(page, path);
  if (touch) await page.keyboard.press('Shift');
  await transcript().waitFor({ timeout: 15_000 });
}

/** What became of the panel: 'shown' or 'none', once it knows. */
async function transcriptOutcome(): Promise<string> {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelector('.transcript-place')?.getAttribute('data-transcript'), null, { timeout: 15_000 });
  return (await page.locator('.transcript-place').getAttribute('data-transcript'))!;
}

/** Whether an element in the region shows in the region's scrolled view, below its bar (which stays at its top). */
function inRegionView(selector: string): Promise<boolean> {
  return transcript().evaluate((region, selector) => {
    const element = region.querySelector(selector);
    if (!element) return false;
    const bar = region.querySelector('.transcript-bar')!.getBoundingClientRect();
    const outer = region.getBoundingClientRect();
    const inner = element.getBoundingClientRect();
    return inner.top >= bar.bottom - 1 && inner.bottom <= outer.bottom + 1;
  }, selector);
}

const spokenLineInView = () => inRegionView('[aria-current="true"]');
/** The region scrolls itself: its own scrollTop. */
const regionScrollTop = () => transcript().evaluate((region) => region.scrollTop);

async function play() {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForPlaying(page);
}

/** `hh:mm:ss.ttt`, as a WebVTT cue's timing says it. */
const formatVttTime = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60].map((part) => String(part).padStart(2, '0')).join(':') + `:${(seconds % 60).toFixed(3).padStart(6, '0')}`;

async function expectNoPageErrors() {
  expect(viewer.pageErrors).toEqual([]);
  expect(await unhandledRejections(page)).toEqual([]);
}

describe('the transcript', () => {
  it('appears on its own after the first frame, without the viewer touching the page', async () => {
    await openTranscript(dense, { touch: false });
    expect(await transcript().getByRole('heading', { name: 'Transcript' }).isVisible()).toBe(true);
  });

  it('appears without moving anything the viewer sees, and hides the build’s printed transcript', async () => {
    // The build may print the transcript into the page, outside the app (for readers without script).
    await page.route(`**${dense}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<section class="transcript-document" data-transcript-document><p>Printed transcript</p></section></body>');
      await route.fulfill({ response, body: html });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: Array<{ value: number; at: number }> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.__shifts.push({ value: entry.value, at: entry.startTime });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openWatch(page, dense);
    expect(await page.getByText('Printed transcript').isVisible()).toBe(true);
    const before = await page.evaluate(() => performance.now());
    // No key or click: the panel comes after a few quiet seconds (a viewer's input would excuse a shift).
    await transcript().waitFor({ timeout: 15_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate((since) => (window as unknown as { __shifts: Array<{ value: number; at: number }> }).__shifts.filter((s) => s.at >= since), before);
    expect(shifts).toEqual([]);
    expect(await page.getByText('Printed transcript').isVisible()).toBe(false);
    expect(await page.locator('[data-transcript-document]').getAttribute('hidden')).not.toBeNull();
  });

  it('lists every cue in order as a link to its second, with its time, speaker and words, under its chapter', async () => {
    await openTranscript(dense);
    const shown = await lineLinks().evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), text: link.textContent, time: link.querySelector('time')?.textContent })),
    );
    expect(shown).toHaveLength(lines.length);
    expect(shown).toEqual(lines.map((line) => ({ href: hrefOf(line), text: shownText(line), time: formatTime(line.start) })));
    // A link's accessible name holds its words (a screen reader's list of links reads them).
    const voiced = lines[DENSE_TRANSCRIPT.voiced[0]!]!;
    await transcript().getByRole('link', { name: `${formatTime(voiced.start)} Ariadne: Hello & welcome to apko` }).waitFor();

    // Chapter titles head the lines that fall in them; lines before the first chapter come under none.
    const order = await transcript().evaluate((region) =>
      Array.from(region.querySelectorAll('h3, a[data-line]'), (node) => (node.tagName === 'H3' ? `# ${node.textContent}` : node.getAttribute('href'))),
    );
    const expected: string[] = [];
    let chapter = -1;
    for (const line of lines) {
      while (chapter + 1 < DENSE_TRANSCRIPT.chapters.length && DENSE_TRANSCRIPT.chapters[chapter + 1]![0] <= line.start) {
        chapter += 1;
        expected.push(`# ${DENSE_TRANSCRIPT.chapters[chapter]![1]}`);
      }
      expected.push(hrefOf(line));
    }
    expect(order).toEqual(expected);

    // Each chapter title takes the room of its text, drawn or not yet drawn: no stretch of blank panel
    // stands in for it (the page's printed transcript lays its chapters out lazily; the panel's are not those).
    const headingHeights = await transcript().evaluate((region) =>
      Array.from(region.querySelectorAll('h3'), (heading) => heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight)),
    );
    expect(headingHeights).toHaveLength(DENSE_TRANSCRIPT.chapters.length);
    for (const rows of headingHeights) expect(rows).toBeLessThanOrEqual(2);
    await expectNoPageErrors();
  });

  it('marks the spoken line, only it, and moves the mark as the video plays', async () => {
    await openTranscript(`${dense}?t=100`);
    const at = (seconds: number) => hrefOf(lines[spokenLineIndex(lines, seconds)]!);
    await page.waitForFunction(() => document.querySelectorAll('.transcript [aria-current="true"]').length === 1);
    expect(await spokenLinks().getAttribute('href')).toBe(at(100));
    await play();
    const first = await spokenLinks().getAttribute('href');
    await page.waitForFunction((before) => {
      const marked = document.querySelectorAll('.transcript [aria-current="true"]');
      return marked.length === 1 && marked[0]!.getAttribute('href') !== before;
    }, first, { timeout: 15_000 });
    expect(await spokenLinks().count()).toBe(1);
    const { currentTime } = await videoState(page);
    // The mark is the line being spoken now (or the one just before, a time update ago).
    expect([at(currentTime), at(currentTime - 0.5)]).toContain(await spokenLinks().getAttribute('href'));
    // Marked by more than colour: a bar and bold words.
    const style = await spokenLinks().evaluate((link) => ({ border: getComputedStyle(link).borderLeftStyle, weight: getComputedStyle(link).fontWeight }));
    expect(style.border).toBe('solid');
    expect(Number(style.weight)).toBeGreaterThanOrEqual(600);
  });

  it('seeks to a line’s start and plays when the line is activated, and puts its second in the address', async () => {
    await openTranscript(dense);
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    const line = lines[DENSE_TRANSCRIPT.zeppelinLines[0]!]!;
    const link = transcript().getByRole('link', { name: new RegExp(`^${formatTime(line.start)} `) });
    expect(await link.getAttribute('href')).toBe(hrefOf(line));
    await link.click();
    await waitForTime(page, line.start, 1);
    await waitForPlaying(page);
    expect(new URL(page.url()).search).toBe(hrefOf(line));
    expect(new URL(page.url()).pathname).toBe(dense);
    // The link's own navigation was prevented: still the same document.
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    await page.waitForFunction((href) => document.querySelector('.transcript [aria-current="true"]')?.getAttribute('href') === href, hrefOf(line));
    await expectNoPageErrors();
  });

  it('keeps the spoken line in view by scrolling itself, never the page; a viewer’s scroll stops it until Follow along', async () => {
    await openTranscript(`${dense}?t=2000`);
    await transcript().scrollIntoViewIfNeeded();
    const pageScroll = await page.evaluate(() => window.scrollY);
    // Opened at 2000 s, the panel shows the line there (far down its list).
    await page.waitForFunction(() => document.querySelectorAll('.transcript [aria-current="true"]').length === 1);
    expect(await regionScrollTop()).toBeGreaterThan(1000);
    expect(await spokenLineInView()).toBe(true);
    expect(await followAlong().count()).toBe(0);

    await play();
    const scrolledTo = await regionScrollTop();
    await page.waitForFunction((top) => (document.querySelector('.transcript')?.scrollTop ?? top) > top + 5, scrolledTo, { timeout: 15_000 });
    expect(await spokenLineInView()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);

    // The viewer scrolls the panel (the wheel, over it): it stops following.
    const box = (await transcript().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -1500);
    await followAlong().waitFor();
    const left = await regionScrollTop();
    const marked = await spokenLinks().getAttribute('href');
    await page.waitForFunction((before) => document.querySelector('.transcript [aria-current="true"]')?.getAttribute('href') !== before, marked, { timeout: 15_000 });
    expect(await regionScrollTop()).toBe(left);
    expect(await spokenLineInView()).toBe(false);

    await followAlong().click();
    expect(await spokenLineInView()).toBe(true);
    expect(await followAlong().count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
    await expectNoPageErrors();
  });

  it('searches as literal text, case-insensitive: marks, counts, and steps with Enter and Shift+Enter', async () => {
    await openTranscript(dense);
    await searchBox().fill('ZEPPELIN');
    await searchStatus().filter({ hasText: '3 matches' }).waitFor();
    const marks = transcript().locator('mark');
    expect(await marks.allTextContents()).toEqual(['zeppelin', 'Zeppelin', 'zeppelin']);

    const current = () => transcript().locator('mark[data-current]');
    const currentMatchInView = () => inRegionView('mark[data-current]');
    await searchBox().press('Enter');
    await searchStatus().filter({ hasText: '1 of 3 matches' }).waitFor();
    expect(await current().evaluate((mark) => mark.closest('a')!.getAttribute('href'))).toBe(hrefOf(lines[DENSE_TRANSCRIPT.zeppelinLines[0]!]!));
    expect(await currentMatchInView()).toBe(true);
    await searchBox().press('Enter');
    await searchStatus().filter({ hasText: '2 of 3 matches' }).waitFor();
    expect(await current().evaluate((mark) => mark.closest('a')!.getAttribute('href'))).toBe(hrefOf(lines[DENSE_TRANSCRIPT.zeppelinLines[1]!]!));
    expect(await currentMatchInView()).toBe(true);
    await searchBox().press('Shift+Enter');
    await searchStatus().filter({ hasText: '1 of 3 matches' }).waitFor();
    await searchBox().press('Shift+Enter');
    await searchStatus().filter({ hasText: '3 of 3 matches' }).waitFor();
    expect(await current().count()).toBe(1);
    // Stepping through matches took the panel away from the spoken line.
    await followAlong().waitFor();

    await searchBox().fill('.*[(');
    await searchStatus().filter({ hasText: /^1 match$/ }).waitFor();
    expect(await marks.allTextContents()).toEqual(['.*[(']);
    await searchBox().fill('x'.repeat(5000));
    await searchStatus().filter({ hasText: 'No matches' }).waitFor();
    expect(await marks.count()).toBe(0);
    await searchBox().fill('');
    expect(await marks.count()).toBe(0);
    await expectNoPageErrors();
  });

  it('copies a link to a line (the page’s address at the line’s second)', async () => {
    await openTranscript(dense);
    const line = lines[DENSE_TRANSCRIPT.voiced[0]!]!;
    const link = transcript().getByRole('link', { name: new RegExp(`^${formatTime(line.start)} `) });
    await link.hover();
    const copy = transcript().getByRole('button', { name: `Copy line link, ${formatTime(line.start)}` });
    await copy.click();
    await transcript().getByRole('button', { name: `Line link copied, ${formatTime(line.start)}` }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}${dense}${hrefOf(line)}`);
    // Only the hovered line has the button: 1,200 lines stay light.
    expect(await transcript().getByRole('button', { name: /^(Copy line link|Line link copied)/ }).count()).toBe(1);
  });

  it('shows cue text that looks like markup as text, and runs none of it', async () => {
    await openTranscript(dense);
    for (const index of DENSE_TRANSCRIPT.hostile) {
      const line = lines[index]!;
      expect(await lineLinks().nth(index).textContent()).toBe(shownText(line));
    }
    expect(await lineLinks().nth(3).textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await transcript().locator('img, script, b, i, span[title]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expectNoPageErrors();
  });

  it('is left out, quietly, when the captions file is not WebVTT or is missing', async () => {
    for (const episode of [GARBAGE_CAPTIONS, NO_CAPTIONS]) {
      await openWatch(page, `/watch/${episode.slug}`);
      expect(await transcriptOutcome()).toBe('none');
      expect(await transcript().count()).toBe(0);
      // The rest of the page is untouched: the chapters still work.
      expect(await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').count()).toBe(1);
    }
    await expectNoPageErrors();
  });

  it('is left out for an empty file or one with no cue, and takes 20,000 cues, the page working as before', async () => {
    // Served in place of the garbage file, to this page alone.
    const serve = (body: string) =>
      page.route(`**/videos/${GARBAGE_CAPTIONS.videoId}/captions/en.vtt`, (route) => route.fulfill({ status: 200, contentType: 'text/vtt', body }));
    const chapterLinks = () => page.getByRole('navigation', { name: 'Chapters' }).getByRole('link');
    for (const body of ['', 'WEBVTT\n\nNOTE nothing is said\n']) {
      await page.unrouteAll();
      await serve(body);
      await openWatch(page, `/watch/${GARBAGE_CAPTIONS.slug}`);
      expect(await transcriptOutcome()).toBe('none');
      expect(await transcript().count()).toBe(0);
      expect(await chapterLinks().count()).toBe(1);
    }
    await page.unrouteAll();
    const many = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 0.2, end: i * 0.2 + 0.2, words: `Line ${i + 1} of many` }));
    await serve(`WEBVTT\n\n${many.map((cue) => `${formatVttTime(cue.start)} --> ${formatVttTime(cue.end)}\n${cue.words}`).join('\n\n')}\n`);
    await openTranscript(`/watch/${GARBAGE_CAPTIONS.slug}?t=3000`);
    expect(await lineLinks().count()).toBe(20_000);
    expect(await lineLinks().last().getAttribute('href')).toBe(`?t=${Math.floor(19_999 * 0.2)}`);
    // The spoken line is the one the video stands in (near the 15,001st, at 3000 s), and only it.
    const spoken = async () => many[spokenLineIndex(many, (await videoState(page)).currentTime)]?.words;
    await expect.poll(async () => (await spokenLinks().textContent())?.endsWith((await spoken()) ?? 'no line'), { timeout: 10_000 }).toBe(true);
    expect(await spokenLinks().count()).toBe(1);
    expect(await spoken()).toMatch(/^Line 150\d\d of many$/);
    // And the player still answers.
    await play();
    expect(await chapterLinks().count()).toBe(1);
    await expectNoPageErrors();
  });

  it('passes axe with the panel open, a search marked and a line’s copy button shown', async () => {
    await openTranscript(dense);
    await searchBox().fill('melange');
    await searchStatus().filter({ hasText: 'matches' }).waitFor();
    await searchBox().press('Enter');
    await lineLinks().nth(2).hover();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works from the keyboard alone', async () => {
    // Opened in the first line, so that there is a spoken line to follow.
    await openTranscript(`${dense}?t=3`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('href') ?? document.activeElement?.textContent);
    // Tab reaches the search box, and from it the first line.
    for (let i = 0; i < 200 && (await focused()) !== 'Search transcript'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Search transcript');
    await page.keyboard.type('zeppelin');
    await page.keyboard.press('Enter');
    await searchStatus().filter({ hasText: '1 of 3 matches' }).waitFor();
    await page.keyboard.press('Escape'); // the browser clears a search box on Escape
    await page.waitForFunction(() => !document.querySelector('.transcript mark'));
    expect(await searchBox().inputValue()).toBe('');

    // From the search box, Tab goes to Follow along (the search took the panel away), then the lines.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Follow along');
    await page.keyboard.press('Enter');
    // Following again, focus goes to the spoken line; the arrow keys move between lines.
    expect(await focused()).toBe(hrefOf(lines[0]!));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefOf(lines[1]!));
    await page.keyboard.press('Enter');
    await waitForTime(page, lines[1]!.start, 1);
    await waitForPlaying(page);
    expect(new URL(page.url()).search).toBe(hrefOf(lines[1]!));

    // The line's copy button follows it in the tab order.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`Copy line link, ${formatTime(lines[1]!.start)}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.includes('?t=')));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}${dense}${hrefOf(lines[1]!)}`);

    // The lines are one stop in the tab order: Tab from the line's copy button leaves the transcript.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.transcript') === null)).toBe(true);
    // Back into it, Shift+Tab lands on the line last focused.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(hrefOf(lines[1]!));

    // Keys move within the panel (not the video's Home/End), and that stops following.
    const before = await videoState(page);
    await page.keyboard.press('End');
    await followAlong().waitFor();
    expect(await focused()).toBe(hrefOf(lines.at(-1)!));
    expect((await videoState(page)).currentTime).toBeLessThan(before.currentTime + 5);
    await expectNoPageErrors();
  });

  it('the printed transcript goes with its page: it is not shown on the next page the app draws', async () => {
    await openWatch(page, `/watch/${SEED.slug}`);
    expect(await page.locator('[data-transcript-document]').count()).toBe(1);
    // A click made by script: no pointer or key, so the panel (which would hide the printed one) has not loaded.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.site-name')!.click());
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('list', { name: 'Episodes' }).waitFor();
    expect(await page.locator('[data-transcript-document]').count()).toBe(0);
    await expectNoPageErrors();
  });
});
