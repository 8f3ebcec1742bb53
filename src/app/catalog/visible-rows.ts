// Which rows of a grid of equal-height cards are on screen: the arithmetic
// behind the episode grid, apart from the DOM so it can be tested.

/** Rows `first` to `last`, inclusive; empty when `last < first`. */
export interface RowRange {
  first: number;
  last: number;
}

/** As many columns of at least `minWidth` as fit in `width`, with `gap` between them; at least one. */
export function gridColumns(width: number, minWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}

/**
 * The rows that meet the viewport, plus `overscan` rows either side.
 * `listTop` is the grid's top relative to the viewport's (negative once
 * scrolled past); `stride` is one row's height plus the gap.
 */
export function visibleRows({
  listTop,
  viewportHeight,
  stride,
  rowCount,
  overscan,
}: {
  listTop: number;
  viewportHeight: number;
  stride: number;
  rowCount: number;
  overscan: number;
}): RowRange {
  if (rowCount <= 0 || stride <= 0) return { first: 0, last: -1 };
  const above = -listTop;
  const first = Math.max(0, Math.floor(above / stride) - overscan);
  const last = Math.min(rowCount - 1, Math.floor((above + viewportHeight) / stride) + overscan);
  return last < first ? { first: 0, last: -1 } : { first, last };
}

/**
 * Whether the bottom of the screen is within `margin` pixels of the last row
 * that has episodes to draw: time to fetch the rest, so they are there before
 * the viewer is.
 */
export function nearLoadedEnd({
  listTop,
  viewportHeight,
  stride,
  loadedRows,
  margin,
}: {
  listTop: number;
  viewportHeight: number;
  stride: number;
  loadedRows: number;
  margin: number;
}): boolean {
  const loadedBottom = listTop + loadedRows * stride;
  return loadedBottom - viewportHeight <= margin;
}

/**
 * How many cards fill the screen from the list's first row down to the
 * screen's bottom edge (whole rows, at most `total`): what a list must have
 * read before it can be shown complete. `listTop` as for visibleRows.
 */
export function cardsToFillScreen({
  listTop,
  viewportHeight,
  stride,
  columns,
  total,
}: {
  listTop: number;
  viewportHeight: number;
  stride: number;
  columns: number;
  total: number;
}): number {
  if (stride <= 0 || columns <= 0) return 0;
  const above = viewportHeight - listTop;
  return above <= 0 ? 0 : Math.min(total, Math.ceil(above / stride) * columns);
}
