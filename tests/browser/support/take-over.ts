// Whether the app has taken a prerendered page over: it loads once the page's
// first frame is up (src/app/main.tsx), and until then the prerendered player
// answers clicks on its buttons, presses on the seek bar and keys only once it
// is (src/app/early-interactions.ts), and shows no preview under a pointer on
// the timeline. For tests and benchmarks that act on the page, or measure
// what comes after it.
import type { Page } from 'playwright-core';

/**
 * The site's entry marks <html> once the app has taken the page over, its effects have run and what the
 * viewer did meanwhile has been given to it (src/app/main.tsx): React's own mark on the root comes as the
 * take-over starts, and it renders a little at a time. Preact (the embed's) renders at once, and keeps its
 * tree on the root as `__k`.
 */
const TAKEN_OVER = () => document.documentElement.hasAttribute('data-taken-over') || '__k' in (document.getElementById('root') ?? {});

export const isTakenOver = (page: Page) => page.evaluate(TAKEN_OVER);

export async function waitForTakeOver(page: Page) {
  await page.waitForFunction(TAKEN_OVER, null, { timeout: 20_000 });
}
