// The address of a clip link once the viewer asks for the whole episode (product.md, Clips).

/**
 * The address without its clip's end, for `Watch full episode`: `end` leaves
 * the query and `#t=a,b` becomes `#t=a`; the start and everything else stay.
 * Never throws (an address that is not a URL comes back as it was).
 */
export function withoutClipEnd(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  url.searchParams.delete('end');
  if (url.search === '?') url.search = '';
  url.hash = url.hash
    .replace(/^#/, '')
    .split('&')
    .map((param) => (param.startsWith('t=') ? param.replace(/(?:,|%2C).*$/i, '') : param))
    .filter((param) => param !== 't=') // `#t=,20` started at 0, as no `t` does
    .join('&');
  return url.href;
}
