// Links to a moment in an episode: `?t=<whole seconds>`, the one form every
// reader of our links (and the Rawkode Academy site before us) understands.
import { watchPath } from '@/content/site';
import { toQueryTime } from './time';

/**
 * The link "Copy link" puts on the clipboard: the watch page's address with
 * only `?t=<whole second>`. Other query parameters, the fragment (which may
 * hold an older `#t=`) and any credentials are dropped, so the link is clean
 * and opens exactly where the viewer was. Throws only if `pageUrl` is not a URL.
 */
export function shareUrl(pageUrl: string | URL, seconds: number): string {
  const url = new URL(pageUrl);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  url.searchParams.set('t', toQueryTime(seconds));
  return url.href;
}

/** A site-relative link to a chapter's start: `/watch/<slug>?t=<start>`. */
export function chapterLinkHref(slug: string, startTime: number): string {
  return `${watchPath(slug)}?t=${toQueryTime(startTime)}`;
}

/** A placeholder origin for resolving a relative href; never appears in a result. */
const RELATIVE_BASE = 'http://relative.invalid';

/**
 * The current address with `t` set to a whole second, for
 * `history.replaceState` when a chapter is activated. Other query parameters
 * stay; a `t=` in the fragment is removed (it would only disagree with the
 * query), other fragment parameters stay. A relative href gives a relative
 * result. Never throws.
 */
export function withStartTime(currentHref: string, seconds: number): string {
  let url: URL;
  let relative = false;
  try {
    url = new URL(currentHref);
  } catch {
    try {
      url = new URL(currentHref, RELATIVE_BASE);
      relative = true;
    } catch {
      return currentHref;
    }
  }
  url.searchParams.set('t', toQueryTime(seconds));
  url.hash = withoutHashStartTime(url.hash);
  return relative ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

/** A fragment without its `t=` parameters: `#foo=1&t=20` → `#foo=1`, `#t=20` → ``. */
function withoutHashStartTime(hash: string): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((param) => param !== '' && !param.startsWith('t='));
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}
