// An in-app link: client navigation on a plain click, a normal link otherwise.
import type { AnchorHTMLAttributes } from 'react';
import { followLink } from './router';

export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={followLink} />;
}
