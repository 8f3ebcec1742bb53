// Tells screen-reader users, politely, when playback enters a new chapter.
import { usePlayer } from './player-context';
import { selectActiveChapter } from '../core/store';

export function ChapterAnnouncer() {
  const index = usePlayer(selectActiveChapter);
  const title = usePlayer((s) => (index >= 0 ? s.chapters[index]?.title : undefined));
  // Only announce during playback: a seek by the viewer already says where they went.
  const playing = usePlayer((s) => !s.paused);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {playing && title ? `Chapter: ${title}` : ''}
    </div>
  );
}
