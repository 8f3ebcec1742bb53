// The Share dialog (contract §3, `Share`): met by its accessible names, with
// the keyboard alone where a viewer would use it, in a real Chromium.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openViewerForEachTest, siteUrl, unhandledRejections, type Viewer } from './support/browser';
import { HOSTILE, SEED } from './support/fixtures';
import { axeViolations } from './support/axe';
import { openWatch, waitForTime } from './support/watch';

let viewer: Viewer;
let page: Page;
openViewerForEachTest((opened) => {
  viewer = opened;
  page = opened.page;
});

const watch = `/watch/${SEED.slug}`;
const shareButton = (page: Page) => page.getByRole('button', { name: 'Share', exact: true });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share' });
const linkBox = (page: Page) => dialog(page).getByRole('textbox', { name: 'Link', exact: true });
const endBox = (page: Page) => dialog(page).getByRole('textbox', { name: 'End time' });

/** Opens the watch page at a second and the dialog from the keyboard: focus on `Share`, then Enter. */
async function openShareAt(seconds: number, path = watch) {
  await openWatch(page, `${path}?t=${seconds}`);
  await waitForTime(page, seconds, 1);
  await shareButton(page).focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
}

/** The `<iframe>` elements the embed code holds, parsed as a pasting site's browser would (inert: a parsed document runs nothing). */
async function iframesIn(box: Locator) {
  const code = await box.inputValue();
  return page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return {
      count: parsed.body.children.length,
      iframes: [...parsed.querySelectorAll('iframe')].map((frame) => ({
        src: frame.getAttribute('src'),
        title: frame.getAttribute('title'),
        allow: frame.getAttribute('allow'),
        width: Number(frame.getAttribute('width')),
        height: Number(frame.getAttribute('height')),
      })),
    };
  }, code);
}

/** The text `aria-describedby` gives an element. */
const description = (box: Locator) =>
  box.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

describe('the Share dialog', () => {
  it('opens with Enter, keeps Tab inside, and Escape gives focus back to Share', async () => {
    await openShareAt(2807);
    expect(await dialog(page).evaluate((element) => (element as HTMLDialogElement).open && element.matches(':modal'))).toBe(true);

    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement!;
        return { inDialog: element.closest('dialog[open]') !== null, name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName };
      });
      expect(focused.inDialog).toBe(true);
      seen.add(focused.name);
    }
    // Every control is reached.
    expect([...seen]).toEqual(expect.arrayContaining(['Copy link', 'End time', 'Close']));

    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await shareButton(page).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('offers the link at the current second, and an iframe of the embed page with the same start', async () => {
    await openShareAt(2807);
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}?t=2807`);
    expect(await linkBox(page).getAttribute('readonly')).not.toBeNull();
    const start = dialog(page).getByRole('checkbox', { name: 'Start at 46:47' });
    expect(await start.isChecked()).toBe(true);
    expect(await dialog(page).getByRole('checkbox', { name: 'End at' }).isChecked()).toBe(false);

    const embed = await iframesIn(dialog(page).getByRole('textbox', { name: 'Embed code' }));
    expect(embed.count).toBe(1);
    expect(embed.iframes).toEqual([
      { src: `${siteUrl()}/embed/${SEED.slug}?t=2807`, title: SEED.title, allow: 'fullscreen; picture-in-picture; clipboard-write', width: 640, height: 360 },
    ]);

    // Without the start, the link is the episode's.
    await start.uncheck();
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}`);
  });

  it('makes a clip with End at and End time, and Copy link copies it', async () => {
    await openShareAt(2807);
    await dialog(page).getByRole('checkbox', { name: 'End at' }).check();
    await endBox(page).fill('48:08');
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}?t=2807&end=2888`);
    const embed = await iframesIn(dialog(page).getByRole('textbox', { name: 'Embed code' }));
    expect(embed.iframes[0]!.src).toBe(`${siteUrl()}/embed/${SEED.slug}?t=2807&end=2888`);

    await dialog(page).getByRole('button', { name: 'Copy link' }).click();
    await dialog(page).getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}${watch}?t=2807&end=2888`);
    expect(viewer.pageErrors).toEqual([]);
  });

  it.each([
    ['banana', /not a time/i],
    ['40:00', /after the start/i],
    ['46:47', /after the start/i],
  ])('End time %s leaves the link without an end and says why', async (typed, why) => {
    await openShareAt(2807);
    await dialog(page).getByRole('checkbox', { name: 'End at' }).check();
    await endBox(page).fill(typed);
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}?t=2807`);
    expect(await description(endBox(page))).toMatch(why);
    expect(await endBox(page).getAttribute('aria-invalid')).toBe('true');
    // Fixed, it is said no more.
    await endBox(page).fill('2888');
    expect(await description(endBox(page))).toBe('');
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}?t=2807&end=2888`);
    expect(viewer.pageErrors).toEqual([]);
    expect(await unhandledRejections(page)).toEqual([]);
  });

  it('shares the chapter playing as a clip of itself', async () => {
    await openShareAt(2830);
    await dialog(page).getByRole('button', { name: 'Clip this chapter: Melange Signing Keys' }).click();
    expect(await linkBox(page).inputValue()).toBe(`${siteUrl()}${watch}?t=2807&end=2888`);
    expect(await dialog(page).getByRole('checkbox', { name: 'Start at 46:47' }).isChecked()).toBe(true);
    expect(await dialog(page).getByRole('checkbox', { name: 'End at' }).isChecked()).toBe(true);
  });

  it('offers Share via… only where the browser has the Web Share API, and hands it the link', async () => {
    await openShareAt(2807);
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect(await dialog(page).getByRole('button', { name: 'Share via…' }).count()).toBe(hasShare ? 1 : 0);
    await dialog(page).getByRole('button', { name: 'Close' }).click();

    // A browser with a share sheet (stood in for before the page's scripts run).
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { __shared: unknown[] }).__shared = calls;
      Object.defineProperty(navigator, 'share', { configurable: true, value: (data: unknown) => (calls.push(data), Promise.resolve()) });
    });
    await openShareAt(2807);
    await dialog(page).getByRole('button', { name: 'Share via…' }).click();
    expect(await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)).toEqual([
      { title: SEED.title, url: `${siteUrl()}${watch}?t=2807` },
    ]);
  });

  it('has no accessibility violations while open', async () => {
    await openShareAt(2807);
    await dialog(page).getByRole('checkbox', { name: 'End at' }).check();
    await endBox(page).fill('banana');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('escapes a hostile title in the embed code: one iframe, its title as text', async () => {
    await openShareAt(60, `/watch/${HOSTILE.slug}`);
    const embed = await iframesIn(dialog(page).getByRole('textbox', { name: 'Embed code' }));
    expect(embed.count).toBe(1);
    expect(embed.iframes).toHaveLength(1);
    expect(embed.iframes[0]!.title).toBe(HOSTILE.title);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(viewer.pageErrors).toEqual([]);
  });
});
