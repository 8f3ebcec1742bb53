// The document title follows the page: what a tab, the history list and a screen reader show.
import { useEffect } from 'react';

export const SITE_NAME = 'Rawkode Academy';

/** `Introducing apko & melange · Rawkode Academy`; the prerendered pages write the same. */
export const documentTitle = (title: string | undefined) => (title ? `${title} · ${SITE_NAME}` : SITE_NAME);

/** Sets the document title while a page is shown. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
