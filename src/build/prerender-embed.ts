// What the build writes for embedding (product.md, Build output): each
// episode's embed page, `embed/<slug>/index.html` (the embed's own shell with
// the player rendered into it, marked noindex, its canonical the watch page), and
// its oEmbed 1.0 response, `oembed/<slug>.json`, which every watch page
// announces with a `<link rel="alternate" type="application/json+oembed">`.
import type { Episode } from '../content/schema.ts';
import { embedPath, SITE_NAME } from '../content/site.ts';
import { EMBED_SIZE, embedIframe } from '../content/embed-code.ts';
import { escapeHtml } from './html-escape.ts';
import type { ImageSize } from './poster-size.ts';
import { pageFromShell } from './prerender-html.ts';
import { posterUrl, shortDescription, showPageUrl, watchPageTitle, watchPageUrl, type EpisodePage, type SiteAddresses } from './prerender-head.ts';

export const embedPageUrl = (site: SiteAddresses, slug: string) => `${site.siteUrl}${embedPath(slug)}`;
/** Where an episode's oEmbed response is written in the built site. */
export const oembedFile = (slug: string) => `oembed/${slug}.json`;
export const oembedUrl = (site: SiteAddresses, slug: string) => `${site.siteUrl}/oembed/${encodeURIComponent(slug)}.json`;

/** An oEmbed 1.0 `video` response (oembed.com, 2.3.4). */
export interface OEmbedVideo {
  type: 'video';
  version: '1.0';
  title: string;
  author_name?: string;
  author_url?: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  html: string;
  width: number;
  height: number;
}

/** `posterSize` when the build could read the poster (poster-size.ts); oEmbed asks for it beside the URL. */
export function oembedResponse({ episode, showName }: EpisodePage, site: SiteAddresses, posterSize?: ImageSize): OEmbedVideo {
  return {
    type: 'video',
    version: '1.0',
    title: episode.title,
    // The show is the author a viewer knows; a standalone episode names none.
    ...(showName !== undefined && episode.show !== undefined && { author_name: showName, author_url: showPageUrl(site, episode.show) }),
    provider_name: SITE_NAME,
    provider_url: site.siteUrl,
    thumbnail_url: posterUrl(site, episode.videoId),
    ...(posterSize && { thumbnail_width: posterSize.width, thumbnail_height: posterSize.height }),
    html: embedIframe({ src: embedPageUrl(site, episode.slug), title: episode.title }),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
  };
}

/** The watch page's announcement of its oEmbed response, for sites that unfurl a pasted link. */
export function oembedLinkTag(episode: Episode, site: SiteAddresses): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl(site, episode.slug))}" title="${escapeHtml(episode.title)}" />`;
}

export interface EmbedPageParts {
  /** The embed's built shell (embed-bundle.ts), its script and styles in place; the site's (dist/index.html) in a build without bodies. */
  shell: string;
  site: SiteAddresses;
  /** The early media script's inline element (src/build/early-script.ts). */
  earlyTag: string;
  /** The player's markup, rendered by the app (undefined when bodies are not rendered). */
  body: string | undefined;
}

/**
 * The embed page of one episode: the player alone, never indexed (the watch page is the page to find).
 * It preloads nothing: its entry fetches the episode's module once the first frame is up
 * (embed-main.tsx), as a download beside the media's first ones delayed that frame.
 */
export function embedPageHtml(page: EpisodePage, { shell, site, earlyTag, body }: EmbedPageParts): string {
  const { episode } = page;
  return pageFromShell(shell, {
    title: watchPageTitle(episode),
    description: shortDescription(page),
    headStart: earlyTag,
    head: [
      '<meta name="robots" content="noindex" />',
      `<link rel="canonical" href="${escapeHtml(watchPageUrl(site, episode.slug))}" />`,
    ].join('\n    '),
    body,
  });
}
