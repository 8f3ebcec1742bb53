// A grid of episode cards that draws only the rows on screen (and a few
// around them), so a list of 10,000 episodes costs what a list of 30 does.
// Every card has the same height (see app.css), so the grid knows where any
// row is without drawing it, and the page keeps its full scroll height, even
// for episodes not loaded yet: when they arrive, nothing on screen moves.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { CatalogEntry } from '@/content/schema';
import { EpisodeCard } from './episode-card';
import { cardsToFillScreen, gridColumns, nearLoadedEnd, visibleRows, type RowRange } from '../catalog/visible-rows';

/** Matches `.episode-grid` in app.css. */
const MIN_CARD_WIDTH = 260;
const GAP = 20;
/** Rows drawn beyond the screen's edges, so a fast scroll or Tab lands on cards that exist. */
const OVERSCAN_ROWS = 2;
/** Before anything is measured: a guess that fills a large screen. */
const FIRST_ROWS: RowRange = { first: 0, last: 4 };

interface Layout {
  /** The list's inner width, which the columns and the cards' height follow. */
  width: number;
  columns: number;
  /** One card's height; 0 until measured. */
  rowHeight: number;
}

export function EpisodeGrid({
  episodes,
  label,
  total = episodes.length,
  onNearEnd,
  onCardsOnScreen,
}: {
  /** Newest first; the first `episodes.length` of `total` when the rest are still to load. */
  episodes: readonly CatalogEntry[];
  label: string;
  /** How many episodes the list holds, loaded or not: the list is as tall as all of them. */
  total?: number;
  /** Called (perhaps often) while the screen is within a screen's height of the last loaded episode. */
  onNearEnd?: () => void;
  /** Told how many cards it takes to fill the screen from the list's top, each time that may have changed. */
  onCardsOnScreen?: (count: number) => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [layout, setLayout] = useState<Layout>({ width: 0, columns: 0, rowHeight: 0 });
  const [rows, setRows] = useState<RowRange>(FIRST_ROWS);
  const rowCount = layout.columns > 0 ? Math.ceil(Math.max(total, episodes.length) / layout.columns) : 0;
  const loadedRows = layout.columns > 0 ? Math.ceil(episodes.length / layout.columns) : 0;
  const allLoaded = episodes.length >= total;
  const stride = layout.rowHeight + GAP;
  // The latest callback, without redrawing the rows for a new one each render.
  const cardsOnScreen = useRef(onCardsOnScreen);
  cardsOnScreen.current = onCardsOnScreen;

  const updateRows = useCallback(() => {
    const list = listRef.current;
    if (!list || layout.rowHeight === 0) return;
    const listTop = list.getBoundingClientRect().top;
    const viewportHeight = window.innerHeight;
    const next = visibleRows({ listTop, viewportHeight, stride, rowCount, overscan: OVERSCAN_ROWS });
    setRows((current) => (current.first === next.first && current.last === next.last ? current : next));
    cardsOnScreen.current?.(cardsToFillScreen({ listTop, viewportHeight, stride, columns: layout.columns, total: Math.max(total, episodes.length) }));
    if (onNearEnd && !allLoaded && nearLoadedEnd({ listTop, viewportHeight, stride, loadedRows, margin: viewportHeight })) onNearEnd();
  }, [layout.rowHeight, layout.columns, stride, rowCount, loadedRows, allLoaded, onNearEnd, total, episodes.length]);

  // Columns follow the list's width; measured before the first paint.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const width = list.clientWidth;
      const columns = gridColumns(width, MIN_CARD_WIDTH, GAP);
      setLayout((current) => (current.width === width && current.columns === columns ? current : { ...current, width, columns }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // A card's height follows its width (the poster is 16:9): measured from a drawn card when the width changes.
  const hasCards = episodes.length > 0 && layout.columns > 0;
  useLayoutEffect(() => {
    const card = listRef.current?.querySelector('li');
    if (!card) return;
    const height = card.getBoundingClientRect().height;
    setLayout((current) => (Math.abs(height - current.rowHeight) > 0.5 ? { ...current, rowHeight: height } : current));
  }, [layout.width, layout.columns, hasCards]);

  useLayoutEffect(() => {
    updateRows();
    window.addEventListener('scroll', updateRows, { passive: true });
    window.addEventListener('resize', updateRows);
    return () => {
      window.removeEventListener('scroll', updateRows);
      window.removeEventListener('resize', updateRows);
    };
  }, [updateRows]);

  const first = Math.min(rows.first, rowCount) * layout.columns;
  const last = Math.min(rows.last + 1, rowCount) * layout.columns;
  const shown = episodes.slice(first, last);
  return (
    <ul
      ref={listRef}
      className="episode-grid"
      aria-label={label}
      style={{
        gridTemplateColumns: `repeat(${Math.max(layout.columns, 1)}, minmax(0, 1fr))`,
        gap: GAP,
        // The full height of every row, drawn or not, so the page scrolls as if all were there.
        height: layout.rowHeight > 0 ? Math.max(0, rowCount * stride - GAP) : undefined,
        paddingTop: layout.rowHeight > 0 ? Math.min(rows.first, rowCount) * stride : 0,
      }}
    >
      {shown.map((episode, index) => (
        <li key={episode.slug} className="episode-card" aria-setsize={Math.max(total, episodes.length)} aria-posinset={first + index + 1}>
          <EpisodeCard episode={episode} />
        </li>
      ))}
    </ul>
  );
}
