// "Resumed at 23:21", with a way to start over instead.
import { useState } from 'react';
import { formatTime } from '../core/time';
import { forgetResumePosition } from '../resume';
import { usePlayer } from './player-context';

export function ResumeNotice({ slug }: { slug: string }) {
  const resumedFrom = usePlayer((s) => s.resumedFrom);
  const startOver = usePlayer((s) => s.startOver);
  const [dismissed, setDismissed] = useState(false);
  if (resumedFrom === null || dismissed) return null;
  return (
    <div className="resume-notice" role="status">
      <span>Resumed at {formatTime(resumedFrom)}</span>
      <button
        type="button"
        onClick={() => {
          forgetResumePosition(slug);
          startOver();
        }}
      >
        Start over
      </button>
      <button type="button" aria-label="Dismiss" onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  );
}
