// Whether the app has taken a prerendered page over: it loads once the page's
// first frame is up (src/app/main.tsx), and until then the prerendered player
// answers clicks on its buttons, presses on the seek bar and keys only once it
// is (src/app/early-interactions.ts), and shows no preview under a pointer on
// the timeline. For tests and benchmarks that act on the page, or measure
// what comes after it.
import type { Page } from 'playwright-core';

/** React marks the root it has taken over; Preact (the embed's) keeps its tree on it as `__k`. */
const TAKEN_OVER = () => {
  const root = document.getElementById('root');
  return !!root && ('__k' in root || Object.keys(root).some((key) => key.startsWith('__reactContainer')));
};

export const isTakenOver = (page: Page) => page.evaluate(TAKEN_OVER);

export async function waitForTakeOver(page: Page) {
  await page.waitForFunction(TAKEN_OVER, null, { timeout: 20_000 });
}
