// The watch page for viewers who need contrast, a forced palette or less
// motion: the timeline's parts stand out from what is behind them, icons,
// the played part and focus rings keep a visible colour in forced colours,
// and the chapter list's focus ring and times are laid out whole. Computed
// colours and geometry, not pixels. A real Chromium against a real build.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest } from './support/browser';
import { SEED } from './support/fixtures';
import { chapterNav, openWatch } from './support/watch';

let page: Page;

openViewerForEachTest(async (opened) => {
  page = opened.page;
});

type Rgba = [r: number, g: number, b: number, a: number];

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const luminance = ([r, g, b]: Rgba) => {
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * In the page: an element's computed background colour, the colour behind it
 * (its ancestors' backgrounds, composited down to the first opaque one), and
 * the element's own colour composited over that.
 */
async function coloursOf(selector: string): Promise<{ own: Rgba; behind: Rgba }> {
  return page.locator(selector).first().evaluate((element) => {
    const parse = (text: string): [number, number, number, number] => {
      const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, text.startsWith('rgba') ? a : 1];
    };
    const over = (top: number[], bottom: number[]): [number, number, number, number] => {
      const a = top[3]!;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as [number, number, number, number];
    };
    const layers: number[][] = [];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    let behind: [number, number, number, number] = [255, 255, 255, 1];
    for (const layer of layers.reverse()) behind = over(layer, behind);
    const own = parse(getComputedStyle(element).backgroundColor);
    return { own: over(own, behind), behind };
  });
}

describe.each(['dark', 'light'] as const)('the timeline in the %s colour scheme', (colorScheme) => {
  it('draws its played and unplayed parts at 3:1 or more against what is behind them', async () => {
    await page.emulateMedia({ colorScheme });
    await openWatch(page, `/watch/${SEED.slug}?t=2807`);
    const unplayed = await coloursOf('.timeline-track');
    const played = await coloursOf('.timeline-played');
    // The played part is drawn over the track; what is behind the timeline is the stage.
    expect(contrast(unplayed.own, unplayed.behind), 'unplayed').toBeGreaterThanOrEqual(3);
    expect(contrast(played.own, unplayed.behind), 'played').toBeGreaterThanOrEqual(3);
  });
});

/** A computed `rgb()` or `rgba()` colour. */
const rgba = (colour: string): Rgba => {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, colour.startsWith('rgba') ? a : 1];
};

/** A colour drawn over an opaque one. */
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;

/** The alpha of a computed colour. */
const alphaOf = (colour: string) => (colour.startsWith('rgba') ? Number(colour.match(/[\d.]+/g)?.[3]) : colour === 'transparent' ? 0 : 1);

describe.each(['dark', 'light'] as const)('forced colours, %s', (colorScheme) => {
  it('keeps the icons, the played part and focus rings in visible system colours', async () => {
    await page.emulateMedia({ colorScheme, forcedColors: 'active' });
    await openWatch(page, `/watch/${SEED.slug}?t=2807`);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);

    const icons = await page.locator('.player-controls .icon path').evaluateAll((paths) =>
      paths.map((path) => ({ fill: getComputedStyle(path).fill, canvas: getComputedStyle(document.body).backgroundColor })),
    );
    expect(icons.length).toBeGreaterThan(3);
    for (const { fill, canvas } of icons) {
      expect(fill).toMatch(/^rgba?\(/);
      expect(alphaOf(fill)).toBe(1);
      expect(fill).not.toBe(canvas);
    }

    // The played part stands out from the track it is drawn on, and that from the Canvas behind it.
    const { played, track, canvas, trackEdge } = await page.evaluate(() => {
      const background = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor;
      const trackStyle = getComputedStyle(document.querySelector('.timeline-track')!);
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'Canvas';
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      return {
        played: background('.timeline-played'),
        track: background('.timeline-track'),
        canvas,
        // The unplayed part's own edge, where its fill is the Canvas itself.
        trackEdge: { width: parseFloat(trackStyle.borderTopWidth), colour: trackStyle.borderTopColor },
      };
    });
    const trackShown = over(rgba(track), rgba(canvas));
    expect(contrast(over(rgba(played), trackShown), trackShown), 'played against the track').toBeGreaterThanOrEqual(3);
    if (contrast(trackShown, rgba(canvas)) < 3) {
      expect(trackEdge.width, 'the unplayed part has an edge').toBeGreaterThanOrEqual(1);
      expect(contrast(over(rgba(trackEdge.colour), rgba(canvas)), rgba(canvas)), 'its edge against the Canvas').toBeGreaterThanOrEqual(3);
    }

    // A focus ring on a control, on the timeline and on a chapter link.
    await page.keyboard.press('Tab');
    for (const target of [
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('slider', { name: 'Seek' }),
      chapterNav(page).getByRole('link').first(),
    ]) {
      await target.focus();
      const ring = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          focusVisible: element.matches(':focus-visible'),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          colour: style.outlineColor,
          canvas: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(ring.focusVisible).toBe(true);
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      // Chromium's forced palette draws Highlight at 0.8 alpha: visible, as the system means it.
      expect(alphaOf(ring.colour)).toBeGreaterThanOrEqual(0.8);
      expect(ring.colour).not.toBe(ring.canvas);
    }
  });
});

describe('the chapter list', () => {
  it('draws a focused chapter’s ring inside the list’s scroll box, where it is not clipped', async () => {
    await openWatch(page, `/watch/${SEED.slug}`);
    await page.keyboard.press('Tab');
    const links = chapterNav(page).getByRole('link');
    for (const index of [0, 5]) {
      const link = links.nth(index);
      await link.focus();
      const { ring, box } = await link.evaluate((element) => {
        const style = getComputedStyle(element);
        const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        const rect = element.getBoundingClientRect();
        const list = element.closest('ol')!;
        const listRect = list.getBoundingClientRect();
        return {
          ring: { left: rect.left - reach, right: rect.right + reach, top: rect.top - reach, bottom: rect.bottom + reach },
          // The scroll box: inside the list's borders and scroll bar.
          box: {
            left: listRect.left + list.clientLeft,
            right: listRect.left + list.clientLeft + list.clientWidth,
            top: listRect.top + list.clientTop,
            bottom: listRect.top + list.clientTop + list.clientHeight,
          },
        };
      });
      expect(ring.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(ring.right).toBeLessThanOrEqual(box.right + 0.5);
      expect(ring.top).toBeGreaterThanOrEqual(box.top - 0.5);
      expect(ring.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
    }
  });

  it('lines the times up in one column, with room for 1:00:00, so every title starts at one x', async () => {
    await openWatch(page, `/watch/${SEED.slug}`);
    const rows = await chapterNav(page)
      .locator('.chapter')
      .evaluateAll((items) =>
        items.map((item) => {
          const time = item.querySelector('.chapter-time')!;
          const title = item.querySelector('.chapter-title')!;
          const range = document.createRange();
          range.selectNodeContents(time);
          return {
            time: time.textContent,
            timeLeft: time.getBoundingClientRect().left,
            timeTextRight: range.getBoundingClientRect().right,
            titleLeft: title.getBoundingClientRect().left,
            figures: getComputedStyle(time).fontVariantNumeric,
          };
        }),
      );
    // The seed runs past an hour: its later chapters start at 1:00:00 or after.
    expect(rows.some((row) => /^\d+:\d\d:\d\d$/.test(row.time ?? ''))).toBe(true);
    for (const row of rows) {
      expect(row.timeLeft).toBeCloseTo(rows[0]!.timeLeft, 0);
      expect(row.titleLeft).toBeCloseTo(rows[0]!.titleLeft, 0);
      expect(row.timeTextRight).toBeLessThanOrEqual(row.titleLeft);
      expect(row.figures).toContain('tabular-nums');
    }
  });
});

describe('reduced motion', () => {
  it('leaves nothing on the watch page to animate, transition or scroll smoothly', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openWatch(page, `/watch/${SEED.slug}`);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body *')].flatMap((element) => {
        const style = getComputedStyle(element);
        const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].map((value) => parseFloat(value));
        const problems = [];
        if (durations.some((duration) => duration > 0)) problems.push(`${element.className || element.tagName} moves`);
        if (style.scrollBehavior === 'smooth') problems.push(`${element.className || element.tagName} scrolls smoothly`);
        return problems;
      }),
    );
    expect(moving).toEqual([]);
  });
});
