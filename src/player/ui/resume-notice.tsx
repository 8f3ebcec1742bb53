// "Resumed at 23:21", with a way to start over instead.
import { useState } from 'react';
import { formatTime } from '../core/time';
import { forgetResumePosition } from '../resume';
import { usePlayerStore } from './player-context';

export function ResumeNotice({ slug, seconds }: { slug: string; seconds: number }) {
  const store = usePlayerStore();
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  return (
    <div className="resume-notice" role="status">
      <span>Resumed at {formatTime(seconds)}</span>
      <button
        type="button"
        onClick={() => {
          forgetResumePosition(slug);
          store.getState().seek(0);
          setShown(false);
        }}
      >
        Start over
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => setShown(false)}>
        ×
      </button>
    </div>
  );
}
