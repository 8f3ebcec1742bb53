// An embed page for no published episode, inside the frame (no site header):
// the embed page says so for a slug its episode module does not know, and the
// app for an address the build made no embed page for (a host answers it with
// the app's shell). Its styles (embed-page.css) come with what draws it: the
// embed's page (embed-page.tsx), and the site's entry (main.tsx), which loads
// the app without its stylesheets.
import { SITE_NAME } from '@/content/site';
import { useDocumentTitle } from '../document-title';

export function EmbedNotFound() {
  useDocumentTitle('Episode not found');
  return (
    <main className="embed embed-message">
      <h1>Episode not found</h1>
      <p>There is no published episode at this address.</p>
      {/* In a new tab, as the embed's other link: the site's pages refuse to be framed. */}
      <p>
        <a href="/" target="_blank" rel="noopener">
          Browse {SITE_NAME}
        </a>
      </p>
    </main>
  );
}
