// What the last key did (`+10 s`, `1.5×`, `Muted`), shown briefly on the
// picture. Visual only: focus stays where it was, and a screen reader hears
// the control or slider the key changed rather than this echo of it. Loaded
// once wanted, with the words for each key (core/key-feedback.ts).
import { useEffect, useState } from 'react';
import { keyFeedback } from '../core/key-feedback';
import { usePlayer } from './player-context';

const SHOW_MS = 900;

export function KeyFeedback() {
  const feedback = usePlayer((s) => s.feedback);
  const [visibleSerial, setVisibleSerial] = useState<number | null>(null);
  useEffect(() => {
    if (!feedback) return;
    setVisibleSerial(feedback.serial);
    const timer = window.setTimeout(() => setVisibleSerial(null), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [feedback]);
  const text = feedback && keyFeedback(feedback.request, feedback.before);
  if (!feedback || !text || visibleSerial !== feedback.serial) return null;
  return (
    // Keyed by serial so that the same words pressed twice animate twice.
    <div key={feedback.serial} className="player-feedback" aria-hidden="true">
      {text}
    </div>
  );
}
