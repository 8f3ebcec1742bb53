// The Share dialog (product.md, Sharing): the link at a start, optionally a
// clip with an end, the embed code with the same range, copying, and the
// system's share sheet where there is one. A modal <dialog>: focus stays in
// it while open, Escape closes it, and focus goes back to `Share`.
import { useEffect, useId, useRef, useState } from 'react';
import { embedCode, readEndTime, shareLink } from '../core/share-options';
import { formatTime } from '../core/time';
import { usePlayer } from './player-context';

/** A chapter's title and range. */
export interface SharedChapter {
  title: string;
  startTime: number;
  end: number;
}

export interface ShareDialogProps {
  /** The watch page's address: the link is built from it. */
  pageUrl: string;
  slug: string;
  /** The episode's title: the embed frame's title and the share sheet's. */
  title: string;
  /** The whole second playing when `Share` was pressed: the start offered. */
  openedAt: number;
  /** The chapter playing then, which can be shared as a clip of itself. */
  chapter?: SharedChapter;
  onClose(): void;
}

/**
 * Tab from the last control goes round to the first (Shift+Tab the other
 * way), rather than out of the page to the browser's own toolbar, which a
 * modal dialog leaves reachable: the page behind is inert, so the viewer
 * would only come back to the dialog.
 */
function keepTabInside(event: React.KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('input, textarea, button, a[href]')].filter((control) => !control.matches(':disabled'));
  const [first, last] = [controls[0], controls.at(-1)];
  const leaving = event.shiftKey ? first : last;
  if (!first || !last || document.activeElement !== leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

export function ShareDialog({ pageUrl, slug, title, openedAt, chapter, onClose }: ShareDialogProps) {
  const duration = usePlayer((s) => s.duration);
  const [start, setStart] = useState(openedAt);
  const [startChecked, setStartChecked] = useState(true);
  const [endChecked, setEndChecked] = useState(false);
  const [endTyped, setEndTyped] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const id = useId();

  // Opened once, when it mounts; closing (Escape, Close, the backdrop) unmounts it through onClose.
  useEffect(() => {
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
  }, []);

  const end = readEndTime(endTyped, startChecked ? start : 0, duration);
  const range = { start: startChecked ? start : undefined, end: endChecked ? end.end : undefined };
  const link = shareLink(pageUrl, range);
  const embed = embedCode({ origin: new URL(pageUrl).origin, slug, title, range });
  // Said once the viewer means an end: the box is checked, or something is typed in it.
  const endProblem = endChecked || endTyped.trim() !== '' ? end.problem : undefined;

  const clipChapter = (clip: SharedChapter) => {
    setStart(clip.startTime);
    setStartChecked(true);
    setEndTyped(formatTime(clip.end));
    setEndChecked(true);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus('Link copied');
    } catch {
      // No clipboard (permission, insecure origin): the link is selected for copying by hand.
      setCopyStatus('Copying is not allowed here: the link is selected, copy it with your keyboard.');
      linkRef.current?.focus();
      linkRef.current?.select();
    }
  };
  const canShare = typeof navigator.share === 'function';

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onKeyDown={keepTabInside}
      // A click on the backdrop lands on the dialog itself, outside its box: it closes, as a click outside any popup does.
      onClick={(event) => {
        if (event.target !== event.currentTarget) return;
        const box = event.currentTarget.getBoundingClientRect();
        const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) event.currentTarget.close();
      }}
    >
      <h2 id={`${id}-title`}>Share</h2>

      <label className="share-field" htmlFor={`${id}-link`}>Link</label>
      <div className="share-row">
        <input id={`${id}-link`} ref={linkRef} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" className="share-status">
        {copyStatus}
      </p>

      <div className="share-options">
        <label>
          <input type="checkbox" checked={startChecked} onChange={(event) => setStartChecked(event.currentTarget.checked)} /> Start at {formatTime(start)}
        </label>
        <div className="share-row">
          <label>
            <input type="checkbox" checked={endChecked} onChange={(event) => setEndChecked(event.currentTarget.checked)} /> End at
          </label>
          <input
            className="share-end"
            aria-label="End time"
            aria-describedby={`${id}-end-problem`}
            aria-invalid={endProblem ? true : undefined}
            placeholder="48:08"
            value={endTyped}
            onChange={(event) => setEndTyped(event.currentTarget.value)}
          />
        </div>
        <p id={`${id}-end-problem`} className="share-problem" aria-live="polite">
          {endProblem}
        </p>
        {chapter && (
          <button type="button" onClick={() => clipChapter(chapter)}>
            Clip this chapter: {chapter.title}
          </button>
        )}
      </div>

      <label className="share-field" htmlFor={`${id}-embed`}>Embed code</label>
      <textarea id={`${id}-embed`} readOnly rows={3} value={embed} onFocus={(event) => event.currentTarget.select()} />

      <div className="share-actions">
        {canShare && (
          <button type="button" onClick={() => void navigator.share({ title, url: link }).catch(() => undefined)}>
            Share via…
          </button>
        )}
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
