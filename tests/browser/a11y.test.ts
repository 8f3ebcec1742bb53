// axe-core on every kind of page, in the dark and the light colour scheme:
// no serious or critical violation (missing names, contrast, broken ARIA).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { openViewerForEachTest } from './support/browser';
import { MISSING_STREAM, SEED } from './support/fixtures';
import { COMPASS, GHOST_SHOW } from './support/catalog-fixtures';
import { openWatch, waitForPlaying } from './support/watch';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let page: Page;

openViewerForEachTest(async (opened) => {
  page = opened.page;
});

/**
 * Runs axe on the page as it stands and returns its serious and critical
 * violations, one line each. axe is evaluated through the DevTools protocol,
 * which the site's Content Security Policy does not govern: a <script> tag
 * (page.addScriptTag) would be refused, as it should be.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations
    .filter((violation: Result) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    );
}

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const grid = () => page.locator('.episode-grid li').first().waitFor();

/** Each kind of page a viewer meets, opened and settled. */
const pages: Array<[string, () => Promise<void>]> = [
  ['the home page', async () => {
    await page.goto('/');
    await grid();
  }],
  ['the home page with a search', async () => {
    await page.goto('/?q=apko');
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  }],
  ['a search that finds nothing', async () => {
    await page.goto('/?q=zzzzzz');
    await page.getByText('No episodes match.').waitFor();
  }],
  ['a show page', async () => {
    await page.goto(`/shows/${COMPASS.id}`);
    await heading(COMPASS.name);
    await grid();
  }],
  ['a show without a file', async () => {
    await page.goto(`/shows/${GHOST_SHOW.id}`);
    await heading(GHOST_SHOW.id);
    await grid();
  }],
  ['a technology page', async () => {
    await page.goto('/technologies/apko');
    await grid();
  }],
  ['a paused watch page', async () => {
    await openWatch(page, `/watch/${SEED.slug}?t=2807`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
  }],
  ['a playing watch page', async () => {
    await openWatch(page, `/watch/${SEED.slug}?t=2807`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
  }],
  ['the keyboard shortcuts dialog', async () => {
    await openWatch(page, `/watch/${SEED.slug}`);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  }],
  ['a watch page whose stream failed', async () => {
    await page.goto(`/watch/${MISSING_STREAM.slug}`);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).waitFor({ timeout: 20_000 });
  }],
  ['an unknown episode', async () => {
    await page.goto('/watch/no-such-episode');
    await heading('Episode not found');
  }],
  ['an unknown page', async () => {
    await page.goto('/no/such/page');
    await heading('Page not found');
  }],
];

it('finds a violation when there is one', async () => {
  // The control for the rest: a button with no name is a critical violation.
  await page.goto('/');
  await grid();
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
  expect(await seriousViolations(page)).toEqual([expect.stringMatching(/^button-name \(critical\)/)]);
});

it.each(pages)('%s has no serious or critical accessibility violation, in dark and light colours', async (_name, open) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await open();
  expect(await seriousViolations(page), 'dark').toEqual([]);
  // The same page, redrawn in the light scheme.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await seriousViolations(page), 'light').toEqual([]);
});
