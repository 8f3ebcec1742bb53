// "Continue watching" on the home page, loaded only when there is something to
// continue: most viewers of a page (and every watch page, which shares the
// home page's bundle) never download the list's code.
import { useEffect, useState } from 'react';
import type { CatalogEntry } from '@/content/schema';
import { listResumePositions, type RememberedPosition } from '@/player/resume';

/** Enough to pick up where one left off; each one beyond the first page costs a small download. */
const MOST_SHOWN = 10;

type ListModule = typeof import('./continue-watching-list');

/** `known`: what the page has loaded of the catalog (its first page), or undefined while that loads. */
export function ContinueWatching({ known }: { known: readonly CatalogEntry[] | undefined }) {
  const [remembered, setRemembered] = useState<RememberedPosition[]>([]);
  const [list, setList] = useState<ListModule>();
  // Read once the page has drawn: coming back from a watch page, its player
  // saves the position as it goes away, which is after this page first renders.
  useEffect(() => {
    const positions = listResumePositions().slice(0, MOST_SHOWN);
    if (positions.length === 0) return;
    let current = true;
    import('./continue-watching-list').then(
      (module) => {
        if (!current) return;
        setRemembered(positions);
        setList(module);
      },
      // Offline or a new deployment: the rest of the page works without it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  if (!list || remembered.length === 0 || known === undefined) return null;
  return <list.UnfinishedEpisodes remembered={remembered} known={known} />;
}
