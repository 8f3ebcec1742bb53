// What the viewer's first key costs the watch page in React: the code it
// brings (the key table, the Media Session, the transcript panel and the
// page's other extras, when-wanted.tsx) arrives and is drawn without drawing
// the player again. Seen through the hook React's developer tools use, which
// the page's React calls at each commit: the picture and its controls (the
// Stage component, found by the element it draws) never render at that key.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest } from './support/browser';
import { SEED } from './support/fixtures';
import { openWatch } from './support/watch';

let page: Page;

openViewerForEachTest(async (viewer) => {
  page = viewer.page;
  await page.addInitScript(() => {
    interface Fiber {
      type: unknown;
      flags: number;
      alternate: Fiber | null;
      child: Fiber | null;
      sibling: Fiber | null;
      stateNode: unknown;
    }
    /** React's own flag for a component that rendered in this commit (PerformedWork). */
    const PERFORMED_WORK = 1;
    const w = window as unknown as { __stageRenders: number; __commits: number };
    w.__stageRenders = 0;
    w.__commits = 0;
    const drawsStage = (fiber: Fiber) => fiber.child?.stateNode instanceof HTMLElement && fiber.child.stateNode.classList.contains('player-stage');
    (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(_id: number, root: { current: Fiber }) {
        w.__commits++;
        const walk = (first: Fiber | null) => {
          for (let fiber = first; fiber; fiber = fiber.sibling) {
            // A component drawn again (not the first time) that did its work in this commit.
            if (typeof fiber.type === 'function' && fiber.alternate && fiber.flags & PERFORMED_WORK && drawsStage(fiber)) w.__stageRenders++;
            walk(fiber.child);
          }
        };
        walk(root.current.child);
      },
    };
  });
});

it('draws none of the player again when the first key brings the code it was waiting for', async () => {
  await openWatch(page, `/watch/${SEED.slug}?t=600`);
  const before = await page.evaluate(() => (window as unknown as { __commits: number }).__commits);
  // The control: the hook sees the page's commits (taking the page over is one).
  expect(before).toBeGreaterThan(0);
  await page.evaluate(() => ((window as unknown as { __stageRenders: number }).__stageRenders = 0));
  await page.keyboard.press('Shift');
  // All it brings is here: the transcript is drawn, and the Media Session has the episode.
  await page.locator('.transcript-place[data-transcript]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => navigator.mediaSession.metadata !== null);
  const after = await page.evaluate(() => {
    const w = window as unknown as { __stageRenders: number; __commits: number };
    return { commits: w.__commits, stageRenders: w.__stageRenders };
  });
  expect(after.commits).toBeGreaterThan(before);
  expect(after.stageRenders).toBe(0);
});
