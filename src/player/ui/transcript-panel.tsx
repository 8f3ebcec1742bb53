// The interactive transcript (product.md, Transcript): every caption cue as a
// link to its moment, under the chapter it falls in; the line being spoken
// marked and kept in view by scrolling the panel itself; a search that marks
// and steps through matches; a link to any line for the clipboard.
//
// Hot path: while the video plays, nothing here re-renders. One store
// subscription finds the spoken line (a binary search) and, when it changes,
// moves aria-current between two links and sets the panel's scrollTop.
import { createPortal } from 'react-dom';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  findInTranscript,
  markedParts,
  matchSummary,
  spokenLineIndex,
  transcriptSections,
  type TranscriptLine,
  type TranscriptMatch,
} from '../core/transcript';
import { formatTime, toQueryTime } from '../core/time';
import { shareUrl } from '../core/share-url';
import type { PlayerStore } from '../core/store';
import { usePlayer, usePlayerStore } from './player-context';
import { loadTranscript } from './transcript-source';
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
  const shown = !!lines && !!place.current;
  useEffect(() => {
    const printed = shown ? document.querySelector<HTMLElement>('[data-transcript-document]') : null;
    if (!printed || printed.hidden) return;
    printed.hidden = true;
    return () => {
      printed.hidden = false;
    };
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
  const regionRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const { following, setFollowing, showLine, showSpoken } = useSpokenLine(store, lines, regionRef, sections);

  const [query, setQuery] = useState('');
  const matches = useMemo(() => findInTranscript(lines, query), [lines, query]);
  const [currentMatch, setCurrentMatch] = useState<number>();
  const matchesByLine = useMemo(() => groupByLine(matches), [matches]);

  // The one copy button goes to the line the pointer is over and to the one focus is in.
  const [hoveredLine, setHoveredLine] = useState(-1);
  const [focusedLine, setFocusedLine] = useState(-1);
  const [copiedLine, setCopiedLine] = useState(-1);

  const activate = (index: number) => {
    const { seek, play } = store.getState();
    const line = lines[index]!;
    seek(line.start);
    play();
    onMomentChange(line.start);
    setFollowing(true);
  };

  const copyLink = (index: number) => {
    const url = shareUrl(pageUrl, lines[index]!.start);
    void navigator.clipboard?.writeText(url).then(
      () => setCopiedLine(index),
      () => undefined,
    );
  };
  useEffect(() => {
    if (copiedLine < 0) return;
    const timer = setTimeout(() => setCopiedLine(-1), 2000);
    return () => clearTimeout(timer);
  }, [copiedLine]);

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
    const copy = target.closest<HTMLElement>('[data-copy-line]');
    if (copy) {
      copyLink(Number(copy.dataset.copyLine));
      return;
    }
    const link = target.closest<HTMLElement>('a[data-line]');
    // Modified clicks open the link elsewhere, as links do.
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    activate(Number(link.dataset.line));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    // Space presses a focused line, as Enter does (product.md, The watch page: Space on a focused link presses it).
    if (event.key === ' ' && target.matches('a[data-line]') && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      target.click();
      return;
    }
    // Keys that scroll: here they scroll the transcript (the page's Home/End would seek the video).
    if (SCROLL_KEYS.has(event.key)) event.stopPropagation();
  };

  const lineOf = (event: React.SyntheticEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-row]');
    return row ? Number(row.dataset.row) : -1;
  };

  return (
    <section className="transcript" aria-labelledby="transcript-heading">
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
      <div
        ref={regionRef}
        className="transcript-lines"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onPointerOver={(event) => setHoveredLine(lineOf(event))}
        onPointerLeave={() => setHoveredLine(-1)}
        onFocus={(event) => setFocusedLine(lineOf(event))}
        onBlur={(event) => {
          // Moving within the panel, the next line's focus event says where to; leaving it, no line has focus.
          if (!event.currentTarget.contains(event.relatedTarget)) setFocusedLine(-1);
        }}
      >
        {sections.map((section) => (
          <div className="transcript-section" key={section.firstLine}>
            {section.chapter && <h3 className="transcript-chapter">{section.chapter.title}</h3>}
            <ol className="transcript-section-lines">
              {section.lines.map((line, offset) => {
                const index = section.firstLine + offset;
                const lineMatches = matchesByLine.get(index);
                return (
                  <TranscriptRow
                    key={index}
                    line={line}
                    index={index}
                    matches={lineMatches?.ranges}
                    currentMatch={currentMatch === undefined || !lineMatches ? undefined : currentMatch - lineMatches.first}
                    copyButton={index === hoveredLine || index === focusedLine ? (index === copiedLine ? 'copied' : 'copy') : undefined}
                  />
                );
              })}
            </ol>
          </div>
        ))}
      </div>
    </section>
  );
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/** Each line's matches, and the index (among all matches) of its first. */
function groupByLine(matches: readonly TranscriptMatch[]): Map<number, { first: number; ranges: TranscriptMatch[] }> {
  const byLine = new Map<number, { first: number; ranges: TranscriptMatch[] }>();
  matches.forEach((match, index) => {
    const entry = byLine.get(match.line);
    if (entry) entry.ranges.push(match);
    else byLine.set(match.line, { first: index, ranges: [match] });
  });
  return byLine;
}

interface TranscriptRowProps {
  line: TranscriptLine;
  index: number;
  /** The search's matches in this line, if any. */
  matches: readonly TranscriptMatch[] | undefined;
  /** Which of them the viewer moved to (Enter), if one is. */
  currentMatch: number | undefined;
  /** The shared copy button, when this line is hovered or focused. */
  copyButton: 'copy' | 'copied' | undefined;
}

/** One line: re-rendered only when its matches or its copy button change, never as the video plays. */
const TranscriptRow = memo(function TranscriptRow({ line, index, matches, currentMatch, copyButton }: TranscriptRowProps) {
  const time = formatTime(line.start);
  return (
    <li className="transcript-line" data-row={index}>
      <a href={`?t=${toQueryTime(line.start)}`} data-line={index}>
        <time className="transcript-time" dateTime={`PT${toQueryTime(line.start)}S`}>
          {time}
        </time>{' '}
        {line.speaker !== undefined && <span className="transcript-speaker">{line.speaker}: </span>}
        <span className="transcript-words">
          {matches
            ? markedParts(line.words, matches).map((part, i) =>
                part.match === undefined ? part.text : <mark key={i} data-current={part.match === currentMatch || undefined}>{part.text}</mark>,
              )
            : line.words}
        </span>
      </a>
      {copyButton && (
        <button type="button" className="transcript-copy" data-copy-line={index} aria-label={copyButton === 'copied' ? `Line link copied, ${time}` : `Copy line link, ${time}`}>
          {copyButton === 'copied' ? 'Copied' : 'Link'}
        </button>
      )}
    </li>
  );
});

/**
 * Marks the line being spoken (aria-current on its link, only it) as the
 * video plays, and while following, scrolls the panel (never the page) to
 * keep it in view. A scroll of the panel that is not ours is the viewer's:
 * following stops.
 */
function useSpokenLine(
  store: PlayerStore,
  lines: readonly TranscriptLine[],
  regionRef: React.RefObject<HTMLDivElement | null>,
  /** Changes when the rows are laid out anew (the lines, or their chapters). */
  rows: unknown,
) {
  const links = useRef<HTMLAnchorElement[]>([]);
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
      const top = link.getBoundingClientRect().top - region.getBoundingClientRect().top + region.scrollTop;
      region.scrollTop = Math.max(0, top - region.clientHeight / 3);
      ourScrollTop.current = region.scrollTop;
    },
    [regionRef],
  );

  const showSpoken = useCallback(
    ({ focus }: { focus: boolean }) => {
      const link = links.current[spoken.current];
      if (!link) return false;
      showLine(spoken.current);
      if (focus) link.focus({ preventScroll: true });
      return true;
    },
    [showLine],
  );

  const mark = useCallback(
    (index: number) => {
      links.current[spoken.current]?.removeAttribute('aria-current');
      spoken.current = index;
      links.current[index]?.setAttribute('aria-current', 'true');
      if (followingRef.current && index >= 0) showLine(index);
    },
    [showLine],
  );

  // The lines' links, found once per rendering of the sections (rows are not re-created as the video plays).
  useLayoutEffect(() => {
    links.current = Array.from(regionRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-line]') ?? []);
    const index = spoken.current;
    spoken.current = -1;
    mark(index >= 0 ? index : spokenLineIndex(lines, store.getState().currentTime));
  }, [lines, rows, regionRef, store, mark]);

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
