// The interactive transcript (product.md, Transcript): every caption cue as a
// link to its moment, under the chapter it falls in; the line being spoken
// marked and kept in view by scrolling the panel itself; a search that marks
// and steps through matches; a link to any line for the clipboard.
//
// Hot path: while the video plays, nothing here re-renders. One store
// subscription finds the spoken line (a binary search) and, when it changes,
// moves aria-current between two links and sets the panel's scrollTop.
import { createPortal } from 'react-dom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  findInTranscript,
  groupByLine,
  matchSummary,
  spokenLineIndex,
  transcriptSections,
  type MatchesByLine,
  type TranscriptLine,
} from '../core/transcript';
import { formatTime } from '../core/time';
import { shareUrl } from '../core/share-url';
import type { PlayerStore } from '../core/store';
import { usePlayer, usePlayerStore } from './player-context';
import { loadTranscript } from './transcript-source';
import { drawLinesAround, moveCurrentMatch, renderTranscriptLines, showMatches } from './transcript-lines';
import './transcript.css';

export interface TranscriptPanelProps {
  /** The episode's `captions/en.vtt`. */
  captionsUrl: string;
  /** The page's address: a line's link is this page at the line's second. */
  pageUrl: string;
  /** The viewer moved to a moment worth putting in the address (a line): the page replaces its history entry. */
  onMomentChange(seconds: number): void;
  /** Where on the page the panel goes (below the player, after the episode's details). */
  place: React.RefObject<HTMLElement | null>;
}

export function TranscriptPanel({ captionsUrl, pageUrl, onMomentChange, place }: TranscriptPanelProps) {
  // undefined while loading; null when there are no captions to read (no panel, no error).
  const [lines, setLines] = useState<TranscriptLine[] | null>();
  useEffect(() => {
    let current = true;
    void loadTranscript(captionsUrl).then((loaded) => current && setLines(loaded));
    return () => {
      current = false;
    };
  }, [captionsUrl]);

  // The place says what became of the transcript (for styling, and for tests to wait on rather than guess).
  useEffect(() => {
    if (lines !== undefined && place.current) place.current.dataset.transcript = lines ? 'shown' : 'none';
  }, [lines, place]);

  // The build may have written the transcript into the page for readers without script: one transcript is enough.
  // Before the panel is painted, so that the two never show together (and nothing moves for a frame).
  // It stays hidden when the panel goes: the printed one belongs to the page the document was loaded
  // as, and the panel goes when the app moves to another page.
  const shown = !!lines && !!place.current;
  useLayoutEffect(() => {
    const printed = shown ? document.querySelector<HTMLElement>('[data-transcript-document]') : null;
    if (printed) printed.hidden = true;
  }, [shown]);

  if (!lines || !place.current) return null;
  return createPortal(<Transcript lines={lines} pageUrl={pageUrl} onMomentChange={onMomentChange} />, place.current);
}

interface TranscriptProps {
  lines: readonly TranscriptLine[];
  pageUrl: string;
  onMomentChange(seconds: number): void;
}

function Transcript({ lines, pageUrl, onMomentChange }: TranscriptProps) {
  const store = usePlayerStore();
  const chapters = usePlayer((s) => s.chapters);
  const sections = useMemo(() => transcriptSections(lines, chapters), [lines, chapters]);
  // The region scrolls itself (its bar stays at its top); the lines go in their own box within it.
  const regionRef = useRef<HTMLElement>(null);
  const linesRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The lines are built as plain DOM (transcript-lines.ts), once per sections; React draws the bar around them.
  const links = useRef<HTMLAnchorElement[]>([]);
  const shownMatches = useRef<MatchesByLine>(new Map());
  useLayoutEffect(() => {
    links.current = renderTranscriptLines(linesRef.current!, sections);
    shownMatches.current = new Map();
  }, [sections]);

  const { following, setFollowing, showLine, showSpoken } = useSpokenLine(store, lines, regionRef, links, sections);

  const [query, setQuery] = useState('');
  const matches = useMemo(() => findInTranscript(lines, query), [lines, query]);
  const matchesByLine = useMemo(() => groupByLine(matches), [matches]);
  const [currentMatch, setCurrentMatch] = useState<number>();
  useLayoutEffect(() => {
    showMatches(links.current, lines, shownMatches.current, matchesByLine);
    shownMatches.current = matchesByLine;
  }, [lines, sections, matchesByLine]);
  useLayoutEffect(() => {
    moveCurrentMatch(links.current, matches, matchesByLine, undefined, currentMatch);
    return () => moveCurrentMatch(links.current, matches, matchesByLine, currentMatch, undefined);
  }, [matches, matchesByLine, currentMatch]);

  const copyButton = useCopyLineButton(lines, pageUrl, links);

  const activate = (index: number) => {
    const { seek, play } = store.getState();
    const line = lines[index]!;
    setFollowing(true);
    seek(line.start);
    play();
    onMomentChange(line.start);
  };

  const goToMatch = (step: 1 | -1) => {
    if (matches.length === 0) return;
    const next = currentMatch === undefined ? (step === 1 ? 0 : matches.length - 1) : (currentMatch + step + matches.length) % matches.length;
    setCurrentMatch(next);
    // The viewer is reading elsewhere now: the panel stops following the video.
    setFollowing(false);
    showLine(matches[next]!.line);
  };

  const onClick = (event: React.MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    if (target.closest('[data-copy-line]')) {
      copyButton.copy();
      return;
    }
    const link = target.closest<HTMLElement>('a[data-line]');
    // Modified clicks open the link elsewhere, as links do.
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    activate(Number(link.dataset.line));
  };

  /** The line in the tab order: the last one focused (the first at first). */
  const tabStop = useRef(0);
  const makeTabStop = (index: number) => {
    if (index < 0 || index === tabStop.current || !links.current[index]) return;
    links.current[tabStop.current]?.setAttribute('tabindex', '-1');
    links.current[index].setAttribute('tabindex', '0');
    tabStop.current = index;
  };
  useLayoutEffect(() => {
    tabStop.current = 0;
  }, [sections]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    // Space presses a focused line, as Enter does (product.md, The watch page: Space on a focused link presses it).
    if (event.key === ' ' && target.matches('a[data-line]') && plain) {
      event.preventDefault();
      target.click();
      return;
    }
    if (!SCROLL_KEYS.has(event.key)) return;
    // Keys that move: here they move between lines (the page's would seek the video), and the panel
    // scrolls to the line focused (never the page); the viewer is reading, so following stops.
    event.stopPropagation();
    const from = lineOf(target);
    if (from < 0 || !plain) return;
    const last = links.current.length - 1;
    const to = Math.min(last, Math.max(0, from + (LINE_STEPS[event.key] ?? 0)));
    event.preventDefault();
    if (to === from) return;
    setFollowing(false);
    links.current[to]!.focus({ preventScroll: true });
    showLine(to);
  };

  return (
    <section ref={regionRef} className="transcript" aria-labelledby="transcript-heading">
      <div className="transcript-bar">
        <h2 id="transcript-heading" className="transcript-heading">Transcript</h2>
        <input
          ref={searchRef}
          className="transcript-search"
          type="search"
          aria-label="Search transcript"
          placeholder="Search transcript"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrentMatch(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            goToMatch(event.shiftKey ? -1 : 1);
          }}
        />
        <p className="transcript-status" role="status">
          {query.trim() === '' ? '' : matchSummary(matches.length, currentMatch)}
        </p>
        {!following && (
          <button
            type="button"
            className="transcript-follow"
            onClick={() => {
              setFollowing(true);
              // Focus goes where the viewer's eyes go (the button itself disappears).
              if (!showSpoken({ focus: true })) searchRef.current?.focus();
            }}
          >
            Follow along
          </button>
        )}
      </div>
      {/* Filled with the lines by renderTranscriptLines: React renders no children here. */}
      <div
        ref={linesRef}
        className="transcript-lines"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onPointerOver={(event) => copyButton.hover(lineOf(event.target))}
        onPointerLeave={() => copyButton.hover(-1)}
        onFocus={(event) => {
          copyButton.focus(lineOf(event.target));
          makeTabStop(lineOf(event.target));
        }}
        onBlur={(event) => {
          // Moving within the panel, the next line's focus event says where to; leaving it, no line has focus.
          if (!event.currentTarget.contains(event.relatedTarget)) copyButton.focus(-1);
        }}
      />
    </section>
  );
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
/** How far each key moves focus among the lines (Home and End: to the first and last). */
const LINE_STEPS: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, PageUp: -10, PageDown: 10, Home: -Infinity, End: Infinity };

/** The line an event happened in, or -1. */
function lineOf(target: EventTarget | null): number {
  const link = target instanceof Element ? target.closest('.transcript-line')?.querySelector<HTMLElement>('a[data-line]') : null;
  return link ? Number(link.dataset.line) : -1;
}

/**
 * One button copies a line's link, whichever line it is on: it moves to the
 * line focus is in (right after its link, so Tab reaches it next), else to
 * the line the pointer is over. 1,200 lines, one button.
 */
function useCopyLineButton(lines: readonly TranscriptLine[], pageUrl: string, links: React.RefObject<HTMLAnchorElement[]>) {
  const [button] = useState(() => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'transcript-copy';
    return element;
  });
  const state = useRef({ hovered: -1, focused: -1, line: -1, copied: false, timer: 0 });

  const draw = useCallback(() => {
    const { hovered, focused } = state.current;
    const line = focused >= 0 ? focused : hovered;
    const link = links.current[line];
    if (!link) {
      button.remove();
      state.current.line = -1;
      return;
    }
    const time = formatTime(lines[line]!.start);
    const copied = state.current.copied && state.current.line === line;
    button.dataset.copyLine = String(line);
    button.textContent = copied ? 'Copied' : 'Link';
    button.setAttribute('aria-label', copied ? `Line link copied, ${time}` : `Copy line link, ${time}`);
    if (link.nextSibling !== button) link.after(button);
    state.current.line = line;
  }, [button, lines, links]);

  useEffect(() => () => clearTimeout(state.current.timer), []);

  return {
    hover(line: number) {
      if (line === state.current.hovered) return;
      state.current.hovered = line;
      draw();
    },
    focus(line: number) {
      state.current.focused = line;
      draw();
    },
    copy() {
      const line = state.current.line;
      if (line < 0) return;
      void navigator.clipboard?.writeText(shareUrl(pageUrl, lines[line]!.start)).then(
        () => {
          state.current.copied = true;
          draw();
          clearTimeout(state.current.timer);
          state.current.timer = window.setTimeout(() => {
            state.current.copied = false;
            draw();
          }, 2000);
        },
        () => undefined,
      );
    },
  };
}

/**
 * Marks the line being spoken (aria-current on its link, only it) as the
 * video plays, and while following, scrolls the panel (never the page) to
 * keep it in view. A scroll of the panel that is not ours is the viewer's:
 * following stops.
 */
function useSpokenLine(
  store: PlayerStore,
  lines: readonly TranscriptLine[],
  regionRef: React.RefObject<HTMLElement | null>,
  /** The lines' links, by index. */
  links: React.RefObject<HTMLAnchorElement[]>,
  /** Changes when the lines are built anew (the lines, or their chapters). */
  rows: unknown,
) {
  const spoken = useRef(-1);
  const [following, setFollowingState] = useState(true);
  // The store's subscription reads this between renders.
  const followingRef = useRef(true);
  const setFollowing = useCallback((on: boolean) => {
    followingRef.current = on;
    setFollowingState(on);
  }, []);
  /** Where our last scroll left the panel: a scroll event elsewhere is the viewer's. */
  const ourScrollTop = useRef<number | null>(null);

  const showLine = useCallback(
    (index: number) => {
      const region = regionRef.current;
      const link = links.current[index];
      if (!region || !link) return;
      // Where the line will be once its neighbours are drawn is where it is read to be.
      drawLinesAround(region, links.current, index);
      // Where the line sits in the region's scrolled content, and how much of the region the sticky bar covers.
      const top = link.getBoundingClientRect().top - region.getBoundingClientRect().top + region.scrollTop;
      const bar = region.firstElementChild?.getBoundingClientRect().height ?? 0;
      region.scrollTop = Math.max(0, top - bar - (region.clientHeight - bar) / 3);
      ourScrollTop.current = region.scrollTop;
    },
    [regionRef, links],
  );

  const showSpoken = useCallback(
    ({ focus }: { focus: boolean }) => {
      const link = links.current[spoken.current];
      if (!link) return false;
      showLine(spoken.current);
      if (focus) link.focus({ preventScroll: true });
      return true;
    },
    [showLine, links],
  );

  const mark = useCallback(
    (index: number, scroll = true) => {
      // Scrolled first, while the layout is still the one last drawn: after the marks below change
      // the lines' style, reading where the line is would make the browser lay the page out at once,
      // inside this script, rather than once in the next frame. (The spoken line's top does not
      // depend on its own mark.)
      if (scroll && followingRef.current && index >= 0) showLine(index);
      links.current[spoken.current]?.removeAttribute('aria-current');
      spoken.current = index;
      links.current[index]?.setAttribute('aria-current', 'true');
    },
    [showLine, links],
  );

  // The lines were built anew: mark the spoken one among them, and scroll to it in the next frame's
  // own rendering steps (a frame callback, before that frame is drawn: the panel is never seen
  // unscrolled). Where the line is can only be read once the lines just built are laid out; read
  // here, that layout would be forced inside the task that built them, which is already long on a
  // phone's CPU (Lighthouse counted it as blocking); in the frame callback it is the frame's own.
  useLayoutEffect(() => {
    spoken.current = -1;
    mark(spokenLineIndex(lines, store.getState().currentTime), false);
    const frame = requestAnimationFrame(() => {
      if (followingRef.current && spoken.current >= 0) showLine(spoken.current);
    });
    return () => cancelAnimationFrame(frame);
  }, [lines, rows, store, mark, showLine]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.currentTime === previous.currentTime) return;
        const index = spokenLineIndex(lines, state.currentTime);
        if (index !== spoken.current) mark(index);
      }),
    [store, lines, mark],
  );

  useEffect(() => {
    const region = regionRef.current!;
    const onScroll = () => {
      const ours = ourScrollTop.current;
      if (ours !== null && Math.abs(region.scrollTop - ours) <= 1) return;
      ourScrollTop.current = null;
      if (followingRef.current) setFollowing(false);
    };
    region.addEventListener('scroll', onScroll, { passive: true });
    return () => region.removeEventListener('scroll', onScroll);
  }, [regionRef, setFollowing]);

  return { following, setFollowing, showLine, showSpoken };
}
