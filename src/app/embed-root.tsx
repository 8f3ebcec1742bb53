// What an embed page's root holds, the same tree on the server (the build
// renders it, src/app/prerender-entry.tsx) and in the browser (embed-main.tsx
// takes that markup over), so React takes the page over without replacing it.
import { StrictMode } from 'react';
import { EmbedPage, type EmbedPageProps } from './pages/embed-page';

export function EmbedRoot(props: EmbedPageProps) {
  return (
    <StrictMode>
      <EmbedPage {...props} />
    </StrictMode>
  );
}
