// Which rows of the episode grid are drawn: those on screen, and a few around them.
import { describe, expect, it } from 'vitest';
import { cardsToFillScreen, gridColumns, nearLoadedEnd, visibleRows } from '@/app/catalog/visible-rows';

describe('gridColumns', () => {
  it('fits as many cards of the minimum width as the width allows, at least one', () => {
    expect(gridColumns(1216, 260, 20)).toBe(4);
    expect(gridColumns(1100, 260, 20)).toBe(4);
    expect(gridColumns(1099, 260, 20)).toBe(3);
    expect(gridColumns(200, 260, 20)).toBe(1);
    expect(gridColumns(0, 260, 20)).toBe(1);
  });
});

describe('visibleRows', () => {
  const grid = { viewportHeight: 800, stride: 300, rowCount: 2500, overscan: 2 };

  it('draws the first screenful, plus the overscan, at the top of the page', () => {
    expect(visibleRows({ ...grid, listTop: 200 })).toEqual({ first: 0, last: 4 });
  });

  it('follows the scroll position, thousands of rows down', () => {
    // Scrolled so that row 2000 starts at the viewport's top.
    expect(visibleRows({ ...grid, listTop: -2000 * 300 })).toEqual({ first: 1998, last: 2004 });
  });

  it('stops at the last row', () => {
    expect(visibleRows({ ...grid, listTop: -2499 * 300 })).toEqual({ first: 2497, last: 2499 });
  });

  it('draws nothing when the grid is far off screen, or empty', () => {
    expect(visibleRows({ ...grid, listTop: 5000 })).toEqual({ first: 0, last: -1 });
    expect(visibleRows({ ...grid, listTop: -3000 * 300 })).toEqual({ first: 0, last: -1 });
    expect(visibleRows({ ...grid, rowCount: 0, listTop: 0 })).toEqual({ first: 0, last: -1 });
  });
});

describe('nearLoadedEnd', () => {
  // 12 rows loaded (the first page at four columns) under a 200 px header: they end 3800 px down the page.
  const loaded = { viewportHeight: 800, stride: 300, loadedRows: 12, margin: 800 };

  it('waits while more than a screen of loaded episodes lies below the screen', () => {
    expect(nearLoadedEnd({ ...loaded, listTop: 200 })).toBe(false);
    expect(nearLoadedEnd({ ...loaded, listTop: 200 - 2199 })).toBe(false);
  });

  it('asks for the rest a screen before the viewer reaches the end, and past it', () => {
    expect(nearLoadedEnd({ ...loaded, listTop: 200 - 2200 })).toBe(true);
    expect(nearLoadedEnd({ ...loaded, listTop: -40_000 })).toBe(true);
  });

  it('asks at once when the loaded episodes do not fill the screen and the one below', () => {
    expect(nearLoadedEnd({ ...loaded, loadedRows: 2, listTop: 200 })).toBe(true);
  });
});

describe('cardsToFillScreen', () => {
  const screen = { viewportHeight: 1080, stride: 275, columns: 5, total: 10_000 };

  it('counts whole rows from the list’s top to the screen’s bottom', () => {
    // The list starts near the top: four rows reach into the screen, the last one partly.
    expect(cardsToFillScreen({ ...screen, listTop: 241 })).toBe(20);
    // Below a list of moments, only the first row’s top shows.
    expect(cardsToFillScreen({ ...screen, listTop: 1052 })).toBe(5);
  });

  it('needs no card when the list starts below the screen, and never more than there are', () => {
    expect(cardsToFillScreen({ ...screen, listTop: 1200 })).toBe(0);
    expect(cardsToFillScreen({ ...screen, listTop: 241, total: 7 })).toBe(7);
  });

  it('counts every row on screen once the list is scrolled past its top', () => {
    expect(cardsToFillScreen({ ...screen, listTop: -2750 })).toBe(70);
  });

  it('needs nothing before the grid is measured', () => {
    expect(cardsToFillScreen({ ...screen, listTop: 0, stride: 0 })).toBe(0);
    expect(cardsToFillScreen({ ...screen, listTop: 0, columns: 0 })).toBe(0);
  });
});
