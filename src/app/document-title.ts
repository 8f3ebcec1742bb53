// The document title follows the page: what a tab, the history list and a screen reader show.
import { useEffect } from 'react';
import { documentTitle } from '@/content/site';


/** Sets the document title while a page is shown. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
