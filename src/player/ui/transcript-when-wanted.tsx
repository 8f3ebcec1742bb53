// The transcript panel, once wanted (when-wanted.tsx): it sits below the
// player and is not part of what a watch page needs to start (product.md,
// Transcript).
import type { TranscriptPanelProps } from './transcript-panel';
import { WhenWanted } from './when-wanted';

const loadPanel = () => import('./transcript-panel');

export function TranscriptWhenWanted(props: TranscriptPanelProps) {
  return <WhenWanted load={loadPanel}>{(panel) => <panel.TranscriptPanel {...props} />}</WhenWanted>;
}
