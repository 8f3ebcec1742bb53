// `Share`, beside `Copy link`: opens the Share dialog at the second playing
// now. The dialog's code loads on first use, keeping the watch page's first
// download small.
import { useState, type ComponentType } from 'react';
import type { ShareDialogProps, SharedChapter } from './share-dialog';
import { chapterEnd } from '../core/chapters';
import { selectActiveChapter, type PlayerState } from '../core/store';
import { usePlayerStore } from './player-context';
// With the button, not the dialog's own chunk: a stylesheet of its own would be one more request on first open.
import './share-dialog.css';

/** The dialog, once its code has arrived. */
let ShareDialog: ComponentType<ShareDialogProps> | undefined;

export function ShareButton({ pageUrl, slug, title }: { pageUrl: string; slug: string; title: string }) {
  const store = usePlayerStore();
  /** The whole second the dialog was opened at, and the chapter playing then; null while closed. */
  const [opened, setOpened] = useState<{ at: number; chapter?: SharedChapter } | null>(null);

  const open = async () => {
    const now = openedNow(store.getState().liveState());
    ShareDialog ??= await import('./share-dialog').then((module) => module.ShareDialog, () => undefined);
    setOpened(now);
  };
  return (
    <>
      <button type="button" className="control" onClick={() => void open()}>
        Share
      </button>
      {ShareDialog && opened && (
        // Closing a modal dialog puts focus back where it was, on this button.
        <ShareDialog pageUrl={pageUrl} slug={slug} title={title} openedAt={opened.at} chapter={opened.chapter} onClose={() => setOpened(null)} />
      )}
    </>
  );
}

/** The whole second playing now, and the chapter it is in (the dialog's chunk leaves chapter rules to the player's). */
function openedNow(state: PlayerState): { at: number; chapter?: SharedChapter } {
  const index = selectActiveChapter(state);
  const chapter = state.chapters[index];
  return { at: Math.floor(state.currentTime), chapter: chapter && { ...chapter, end: chapterEnd(state.chapters, index, state.duration) } };
}
