// The clip's status and timeline band load only on a clip link (few are):
// this hook gives their module once the store has a clip and it has arrived.
import { useEffect, useState } from 'react';
import { usePlayer } from './player-context';

export type ClipView = typeof import('./clip-view');

export function useClipView(): ClipView | undefined {
  const hasClip = usePlayer((s) => s.clip !== null);
  const [view, setView] = useState<ClipView>();
  useEffect(() => {
    if (hasClip) import('./clip-view').then(setView, () => undefined);
  }, [hasClip]);
  return hasClip ? view : undefined;
}
