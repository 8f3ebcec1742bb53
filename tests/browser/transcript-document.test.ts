// The transcript as the watch page arrives from the host, read without script: under the player,
// chapter by chapter, each paragraph a link that opens the episode at its moment.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, siteUrl } from './support/browser';
import { SEED } from './support/fixtures';

const watch = `/watch/${SEED.slug}`;

async function withoutScript<T>(viewport: { width: number; height: number }, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false, viewport });
    return await use(context);
  } finally {
    await browser.close();
  }
}

describe('the prerendered transcript', () => {
  it('reads chapter by chapter without script, and a paragraph’s link opens the episode at its moment', async () => {
    await withoutScript({ width: 1280, height: 800 }, async (context) => {
      const page = await context.newPage();
      await page.goto(watch);
      const transcript = page.locator('[data-transcript-document]');
      expect(await transcript.getByRole('heading', { level: 2 }).textContent()).toBe('Transcript');
      const chapterHeadings = await transcript.getByRole('heading', { level: 3 }).allTextContents();
      expect(chapterHeadings).toHaveLength(26);
      expect(chapterHeadings[13]).toBe('Melange Signing Keys');
      // Not a second region named Transcript: that name is the interactive transcript's.
      expect(await page.getByRole('region', { name: 'Transcript' }).count()).toBe(0);

      const moment = transcript.getByRole('link', { name: /^46:47 Sample Narrator: Chapter 14: Melange Signing Keys Sample caption / });
      expect(await moment.getAttribute('href')).toBe('?t=2807');
      await moment.scrollIntoViewIfNeeded();
      expect(await moment.isVisible()).toBe(true);
      await moment.click();
      await page.waitForURL((url) => url.pathname === watch && url.search === '?t=2807');
    });
  });

  it('fits a phone’s width: nothing to scroll sideways', async () => {
    await withoutScript({ width: 390, height: 844 }, async (context) => {
      const page = await context.newPage();
      await page.goto(watch);
      const transcript = page.locator('[data-transcript-document]');
      await transcript.scrollIntoViewIfNeeded();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        transcript: document.querySelector('[data-transcript-document]')!.getBoundingClientRect().right,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.transcript).toBeLessThanOrEqual(widths.viewport);
      const fontSize = await transcript.locator('p').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(16);
    });
  });
});
