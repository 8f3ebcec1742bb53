// Real content reads as text: an episode written as real exports wrote it
// (`\n` written out, `&#x27;`, a subtitle the description repeats, a length of
// 0) shows paragraphs, the characters meant, the subtitle once and no 0:00.
// A real Chromium against a real build.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, type Viewer } from './support/browser';
import { MESSY_TEXT } from './support/catalog-fixtures';

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
});

it('shows the description as paragraphs of decoded text, after the subtitle said once', async () => {
  await page.goto(`/watch/${MESSY_TEXT.slug}`);
  await page.getByRole('heading', { level: 1, name: MESSY_TEXT.shownTitle }).waitFor();
  const about = page.getByRole('region', { name: 'About this episode' });
  expect(await about.locator('.episode-subtitle').textContent()).toBe(MESSY_TEXT.subtitle);
  const paragraphs = await about.locator('.episode-description p').allInnerTexts();
  expect(paragraphs).toEqual(MESSY_TEXT.paragraphs);
  const text = await about.innerText();
  expect(text.match(new RegExp(MESSY_TEXT.subtitle, 'g'))).toHaveLength(1);
  for (const leftover of ['\\n', '&#x27;', '&amp;']) expect(text).not.toContain(leftover);
  expect(await page.title()).toBe(`${MESSY_TEXT.shownTitle} · Rawkode Academy`);
  expect(viewer.pageErrors).toEqual([]);
});

it('shows no 0:00 for a length nobody wrote down, on the card or the watch page', async () => {
  await page.goto(`/?q=${encodeURIComponent('fall of kubernetes')}`);
  const card = page.getByRole('list', { name: 'Episodes' }).getByRole('listitem').filter({ hasText: MESSY_TEXT.shownTitle });
  await card.waitFor();
  expect(await card.locator('.episode-card-meta').textContent()).toBe('Apr 1, 2022');

  await card.getByRole('link').click();
  const meta = page.getByRole('region', { name: 'About this episode' }).locator('.episode-meta');
  await meta.waitFor();
  expect(await meta.textContent()).toBe('April 1, 2022');
  // The player's time shows no total until the video says how long it is.
  expect(await page.locator('.controls-time').textContent()).not.toMatch(/\/ 0:00$/);
});
