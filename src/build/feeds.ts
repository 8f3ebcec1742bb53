// The site's RSS 2.0 feeds (product.md, Build output): `feed.xml` with the newest episodes,
// `shows/<id>/feed.xml` with one show's, and the `<link rel="alternate">` tags
// that let a browser or feed reader find them. The XML is written by the
// `feed` library; this file only decides what goes in.
import { Feed } from 'feed';
import type { Episode, Show } from '../content/schema.ts';
import { chaptersJsonPath, podcastChapters } from './chapters-json.ts';
import { escapeHtml } from './html-escape.ts';
import {
  fullDescription,
  posterUrl,
  showPageUrl,
  watchPageUrl,
  type SiteAddresses,
} from './prerender-head.ts';
import { SITE_NAME } from '../content/site.ts';
import { xmlText } from './xml-text.ts';

/** A feed reader polls the feed: the newest entries are what it needs, and the file stays small. */
export const FEED_ENTRIES = 50;

export const SITE_FEED_PATH = 'feed.xml';
export const showFeedPath = (showId: string) => `shows/${showId}/feed.xml`;

export const siteFeedUrl = (site: SiteAddresses) => `${site.siteUrl}/${SITE_FEED_PATH}`;
export const showFeedUrl = (site: SiteAddresses, showId: string) => `${showPageUrl(site, showId)}/feed.xml`;

export const siteFeedTitle = SITE_NAME;
export const showFeedTitle = (showName: string) => `${showName} · ${SITE_NAME}`;

/** What a feed says about itself. */
interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows. */
  pageUrl: string;
  /** The feed's own URL. */
  feedUrl: string;
}

/** The site's feed: the newest published episodes of every show. */
export function siteFeedXml(episodes: readonly Episode[], showName: (id: string) => string, site: SiteAddresses): string {
  return feedXml(
    {
      title: siteFeedTitle,
      description: `The newest episodes on ${SITE_NAME}.`,
      pageUrl: `${site.siteUrl}/`,
      feedUrl: siteFeedUrl(site),
    },
    episodes,
    showName,
    site,
  );
}

/** One show's feed: its newest published episodes. */
export function showFeedXml(
  show: Pick<Show, 'id' | 'name' | 'description'>,
  episodes: readonly Episode[],
  site: SiteAddresses,
): string {
  return feedXml(
    {
      title: showFeedTitle(show.name),
      description: show.description?.trim() || showDescription(show.name),
      pageUrl: showPageUrl(site, show.id),
      feedUrl: showFeedUrl(site, show.id),
    },
    episodes,
    () => show.name,
    site,
  );
}

/** What a show's page and feed say of a show without a description. */
export const showDescription = (showName: string) => `Every episode of ${showName} on ${SITE_NAME}.`;

/**
 * Episodes newest first (as published content is), at most FEED_ENTRIES of
 * them. The channel's date is the newest episode's, so that a build of the same
 * content writes the same feed.
 */
function feedXml(
  channel: FeedChannel,
  episodes: readonly Episode[],
  showName: (id: string) => string,
  site: SiteAddresses,
): string {
  const entries = episodes.slice(0, FEED_ENTRIES);
  const newest = entries[0];
  const feed = new Feed({
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    id: channel.pageUrl,
    link: channel.pageUrl,
    language: 'en',
    feedLinks: { rss: channel.feedUrl },
    ...(newest && { updated: new Date(newest.publishedAt) }),
    generator: false,
  });
  for (const episode of entries) {
    const link = watchPageUrl(site, episode.slug);
    const page = { episode, showName: episode.show === undefined ? undefined : showName(episode.show), technologyNames: [] };
    feed.addItem({
      // A title of nothing but characters XML cannot hold would leave the entry untitled.
      title: cdataText(xmlText(episode.title).trim() ? episode.title : episode.slug),
      description: cdataText(fullDescription(page)),
      link,
      id: link,
      date: new Date(episode.publishedAt),
      // An `<enclosure>` of the poster, typed from its extension (image/webp).
      image: posterUrl(site, episode.videoId),
      ...(podcastChapters(episode).chapters.length > 0 && { extensions: [chaptersLink(episode, site)] }),
    });
  }
  return feed.rss2();
}

/** The Podcasting 2.0 namespace, where podcast apps look for an episode's chapters. */
export const PODCAST_NAMESPACE = 'https://podcastindex.org/namespace/1.0';

/**
 * `<podcast:chapters url="…/chapters/<slug>.json" type="application/json+chapters"/>`,
 * which points podcast apps at the episode's chapters. The library cannot add a
 * namespace to `<rss>`, so the element declares its own, which XML allows.
 */
function chaptersLink(episode: Episode, site: SiteAddresses) {
  return {
    name: 'podcast:chapters',
    objects: {
      _attributes: {
        'xmlns:podcast': PODCAST_NAMESPACE,
        url: `${site.siteUrl}/${chaptersJsonPath(episode.slug)}`,
        type: 'application/json+chapters',
      },
    },
  };
}

/**
 * Text for the feed library's CDATA sections. It splits a `]]>` in the text so
 * that the section does not end there, but only the first one (xml-js, under
 * it, calls `replace` with a string). Splitting every later one here, the
 * way it splits the first, keeps the XML well-formed and the text exact.
 */
function cdataText(text: string): string {
  const [first, ...rest] = xmlText(text).split(']]>');
  return rest.length === 0 ? first! : `${first}]]>${rest.join(']]]]><![CDATA[>')}`;
}

/** The autodiscovery tag of a feed, for a page's `<head>`. */
export function feedLinkTag(title: string, href: string): string {
  return `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(title)}" href="${escapeHtml(href)}" />`;
}

/** Published episodes grouped by show, each group newest first (as the episodes come). */
export function episodesByShow(episodes: readonly Episode[]): Map<string, Episode[]> {
  const byShow = new Map<string, Episode[]>();
  for (const episode of episodes) {
    if (episode.show === undefined) continue;
    let list = byShow.get(episode.show);
    if (!list) byShow.set(episode.show, (list = []));
    list.push(episode);
  }
  return byShow;
}

/**
 * Whether a show id can name a folder in `dist/` and a URL path segment as it
 * is: ids are file names, but an episode may name any show.
 */
export const isPathSafeShowId = (id: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) && !id.includes('..');
