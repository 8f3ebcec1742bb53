// Opens pages of the built site in Chromium, collecting the errors they throw or log.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

import { launchBrowser } from './chromium';

export { launchBrowser };

export interface Viewer {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged: a clean run has none. */
  pageErrors: string[];
}

export async function openViewer(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {},
): Promise<Viewer> {
  const siteUrl = inject('siteUrl');
  const context = await browser.newContext({
    baseURL: siteUrl,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    hasTouch: options.hasTouch ?? false,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  // Promise rejections nobody handled: a page error too, but one the browser does not report to Playwright.
  await page.addInitScript(() => {
    const w = window as unknown as { __unhandledRejections: string[] };
    w.__unhandledRejections = [];
    window.addEventListener('unhandledrejection', (event) => w.__unhandledRejections.push(String(event.reason)));
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A missing image (a fixture's poster) is the network's business, not a script error.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
  return { context, page, pageErrors };
}

export const siteUrl = () => inject('siteUrl');

/**
 * One Chromium for the test file and a fresh viewer (context and page) for
 * each test, so that storage, routes and permissions never leak from one test
 * to the next. `onOpen` gets each test's viewer before the test runs (to keep
 * it, add init scripts or listeners). Returns the file's browser, for tests
 * that need a viewer of another kind (a phone, say).
 */
export function openViewerForEachTest(onOpen: (viewer: Viewer) => void | Promise<void>): () => Browser {
  let browser: Browser | undefined;
  let viewer: Viewer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    viewer = await openViewer(browser!);
    await onOpen(viewer);
  });
  afterEach(async () => {
    await viewer?.context.close();
  });
  return () => browser!;
}

/** The promise rejections the page left unhandled so far (recorded from before its own scripts ran). */
export function unhandledRejections(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __unhandledRejections: string[] }).__unhandledRejections);
}

/** Holds back every request matching `pattern` until `release` is called. */
export async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}
