// What an embed page's root holds, the same tree on the server (the build
// renders it, src/app/prerender-entry.tsx) and in the browser (embed-app.tsx
// takes that markup over), so the player is taken over without being replaced.
import { StrictMode } from 'react';
import { EmbedPage, type EmbedPageProps } from './pages/embed-page';
import { TakenOver } from './taken-over';

interface EmbedRootProps extends EmbedPageProps {
  /** Called once the page is taken over: drawn, and its listeners (the keys') attached. */
  onTakenOver?: () => void;
}

export function EmbedRoot({ onTakenOver, ...page }: EmbedRootProps) {
  return (
    <StrictMode>
      <EmbedPage {...page} />
      <TakenOver then={onTakenOver} />
    </StrictMode>
  );
}
