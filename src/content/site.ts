// Facts that build time and run time must agree on, each written once: the
// site's name, its addresses, where media lives under the media base, and
// which chapters an episode really has. Plain values and functions, so both
// the Vite plugins (Node) and the app (browser) import them.

export const SITE_NAME = 'Rawkode Academy';
/** Where the site is served when `SITE_URL` does not say. */
export const DEFAULT_SITE_URL = 'https://rawkode.academy';

/** The CDN that serves Rawkode Academy's media: the production builds' media base. */
export const DEFAULT_MEDIA_BASE = 'https://content.rawkode.academy';
/** The local mirror of the seed episode (public/media): the dev server's and tests' media base. */
export const LOCAL_MEDIA_BASE = '/media';

/** Site-relative addresses of the pages (product.md, Addresses). */
export const watchPath = (slug: string) => `/watch/${encodeURIComponent(slug)}`;
/** The player alone, for other sites to frame (product.md, The embed page). */
export const embedPath = (slug: string) => `/embed/${encodeURIComponent(slug)}`;
/** The slug an embed page's address names (`/embed/<slug>`, a trailing slash allowed); undefined for any other address. */
export function embedSlug(pathname: string): string | undefined {
  const match = /^\/embed\/([^/]+)\/*$/.exec(pathname);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}
export const showPath = (id: string) => `/shows/${encodeURIComponent(id)}`;
export const technologyPath = (id: string) => `/technologies/${encodeURIComponent(id)}`;
/** The WebVTT chapters file the build writes for each episode, under the site's base. */
export const chaptersTrackPath = (slug: string) => `chapters/${slug}.vtt`;

/** An episode's media under a media base (no trailing slash): the Rawkode Academy CDN's layout. */
export function mediaUrls(mediaBase: string, videoId: string) {
  const folder = `${mediaBase.replace(/\/+$/, '')}/videos/${encodeURIComponent(videoId)}`;
  return {
    stream: `${folder}/stream.m3u8`,
    poster: `${folder}/thumbnail.webp`,
    captions: `${folder}/captions/en.vtt`,
  };
}

/**
 * Whether a chapter is part of the episode: it starts before the end. Real
 * content has chapters that start at or after the declared duration; they are
 * left out of tracks, structured data and the timeline, and cannot be sought to.
 */
export const startsBeforeEnd = (chapter: { startTime: number }, duration: number) => chapter.startTime < duration;

/** A page's `<title>`: `Introducing apko & melange · Rawkode Academy`, or the site's name alone. */
export const documentTitle = (title: string | undefined) => (title ? `${title} · ${SITE_NAME}` : SITE_NAME);
