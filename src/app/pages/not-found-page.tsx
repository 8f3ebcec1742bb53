// Unknown paths, unknown slugs and scheduled episodes, and shows or technologies nobody names.
import { Link } from '../link';
import { useDocumentTitle } from '../document-title';

const WHY: Record<string, string> = {
  Page: 'There is nothing at this address.',
  Episode: 'There is no published episode at this address: it may not be out yet, or the link may have a typo.',
  Show: 'No show has this name, and no episode names it.',
  Technology: 'No technology has this name, and no episode names it.',
};

export function NotFoundPage({ what = 'Page' }: { what?: 'Page' | 'Episode' | 'Show' | 'Technology' }) {
  useDocumentTitle(`${what} not found`);
  return (
    <section className="not-found">
      <h1>{what} not found</h1>
      <p>{WHY[what]}</p>
      <p>
        <Link href="/">Browse all episodes</Link>
      </p>
    </section>
  );
}
