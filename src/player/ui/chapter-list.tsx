// The chapter list: a link per chapter to its own moment. Activating one seeks
// there and plays. Only the active chapter changing re-renders the list; its
// progress bar moves by style writes, when its edge moves a pixel.
import { memo, useEffect, useRef, useState } from 'react';
import type { Chapter } from '@/content/schema';
import { chapterProgress, isSeekableChapter } from '../core/chapters';
import { chapterLinkHref } from '../core/share-url';
import { formatTime } from '../core/time';
import { selectActiveChapter, type PlayerStore } from '../core/store';
import { usePlayer, usePlayerStore } from './player-context';
import { isNearActiveChapter, SHORT_LIST_MAX } from '../core/chapter-window';
import { drawFill, observedFill } from './progress-fill';

/** `onActivate` asks the page to put the chapter's start into its address. */
export function ChapterList({ slug, onActivate }: { slug: string; onActivate(startTime: number): void }) {
  const store = usePlayerStore();
  const chapters = usePlayer((s) => s.chapters);
  const duration = usePlayer((s) => s.duration);
  const activeIndex = usePlayer(selectActiveChapter);
  const listRef = useRef<HTMLOListElement>(null);
  // Phones show a few chapters around the current one until the viewer asks for all (the stylesheet hides the rest).
  const [showAll, setShowAll] = useState(false);

  useKeepActiveInView(listRef, activeIndex);

  if (chapters.length === 0) return null;

  const activate = (event: React.MouseEvent<HTMLAnchorElement>, chapter: Chapter) => {
    // Let modified clicks open the link elsewhere, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const { seek, play, reveal } = store.getState();
    seek(chapter.startTime);
    play();
    reveal();
    onActivate(chapter.startTime);
  };

  return (
    <nav className="chapters" aria-label="Chapters" data-show-all={showAll || chapters.length <= SHORT_LIST_MAX || undefined}>
      <h2 className="chapters-heading">Chapters</h2>
      <ol ref={listRef} className="chapters-list" id={`chapters-${slug}`}>
        {chapters.map((chapter, index) => (
          <ChapterItem
            key={chapter.startTime}
            chapter={chapter}
            href={chapterLinkHref(slug, chapter.startTime)}
            active={index === activeIndex}
            near={isNearActiveChapter(index, activeIndex, chapters.length)}
            seekable={isSeekableChapter(chapter, duration)}
            index={index}
            store={store}
            onActivate={activate}
          />
        ))}
      </ol>
      {chapters.length > SHORT_LIST_MAX && (
        <button type="button" className="chapters-show-all" aria-expanded={showAll} aria-controls={`chapters-${slug}`} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer chapters' : `Show all ${chapters.length} chapters`}
        </button>
      )}
    </nav>
  );
}

interface ChapterItemProps {
  chapter: Chapter;
  href: string;
  active: boolean;
  /** Among the few chapters around the current one that a phone shows before `Show all`. */
  near: boolean;
  seekable: boolean;
  /** The chapter's place in the list, for its progress bar. */
  index: number;
  store: PlayerStore;
  onActivate(event: React.MouseEvent<HTMLAnchorElement>, chapter: Chapter): void;
}

const ChapterItem = memo(function ChapterItem({ chapter, href, active, near, seekable, index, store, onActivate }: ChapterItemProps) {
  const time = formatTime(chapter.startTime);
  if (!seekable) {
    // Still a link to its moment (a shared link clamps to the end), but one
    // that says it is unavailable and does not seek: the video ends before it.
    return (
      <li className="chapter chapter-unavailable" data-far={near ? undefined : true}>
        <a href={href} aria-disabled="true" onClick={(event) => event.preventDefault()}>
          <span className="chapter-time">{time}</span> <span className="chapter-title">{chapter.title}</span>
          <span className="chapter-note"> (after the end of the video)</span>
        </a>
      </li>
    );
  }
  return (
    <li className="chapter" data-active={active || undefined} data-far={near ? undefined : true}>
      <a href={href} aria-current={active ? 'true' : undefined} onClick={(event) => onActivate(event, chapter)} onKeyDown={pressWithSpace}>
        <span className="chapter-time">{time}</span> <span className="chapter-title">{chapter.title}</span>
      </a>
      {active && <ChapterProgress store={store} index={index} />}
    </li>
  );
});

/**
 * Space on a focused chapter presses it, as Enter does (product.md, The watch page: Space on
 * a focused button, link or checkbox presses it), rather than scrolling the page.
 */
function pressWithSpace(event: React.KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  event.preventDefault();
  event.currentTarget.click();
}

/** The active chapter's progress, drawn by style writes as its edge moves a pixel (progress-fill.ts). */
function ChapterProgress({ store, index }: { store: PlayerStore; index: number }) {
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let edge = NaN;
    const bar = observedFill(barRef.current!, () => {
      edge = NaN;
      draw(store.getState());
    });
    const draw = ({ chapters, currentTime, duration }: ReturnType<PlayerStore['getState']>) => {
      edge = drawFill(bar, chapterProgress(chapters, index, currentTime, duration), edge);
    };
    draw(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.currentTime !== previous.currentTime || state.duration !== previous.duration) draw(state);
    });
    return () => {
      unsubscribe();
      bar.disconnect();
    };
  }, [store, index]);
  return <div className="chapter-progress" ref={barRef} aria-hidden="true" />;
}

/**
 * Scrolls the list itself (never the page, never focus) so that the active
 * chapter stays visible while the viewer is not reading elsewhere in the list.
 */
function useKeepActiveInView(listRef: React.RefObject<HTMLOListElement | null>, activeIndex: number) {
  useEffect(() => {
    const list = listRef.current;
    if (!list || activeIndex < 0 || list.scrollHeight <= list.clientHeight) return;
    // The viewer's pointer is reading the list: don't pull it away.
    if (list.matches(':hover')) return;
    const item = list.children[activeIndex] as HTMLElement | undefined;
    if (!item) return;
    const top = item.offsetTop; // the list is the items' offset parent (position: relative)
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      // Smoothly, unless the viewer asks for reduced motion: the stylesheet's scroll-behavior says which.
      list.scrollTo({ top: top - list.clientHeight / 3 });
    }
  }, [listRef, activeIndex]);
}
