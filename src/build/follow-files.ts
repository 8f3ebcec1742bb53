// The files that let people follow the show (product.md, Build output), written beside the
// prerendered pages: the site's feed, each show's feed and page, and every
// episode's Podcasting 2.0 chapters.
import type { PublishedContent } from './content-store.ts';
import { chaptersJson, chaptersJsonPath } from './chapters-json.ts';
import {
  episodesByShow,
  feedLinkTag,
  isPathSafeShowId,
  showDescription,
  showFeedPath,
  showFeedTitle,
  showFeedUrl,
  showFeedXml,
  SITE_FEED_PATH,
  siteFeedTitle,
  siteFeedUrl,
  siteFeedXml,
} from './feeds.ts';
import { escapeHtml } from './html-escape.ts';
import { showPageUrl, type SiteAddresses } from './prerender-head.ts';
import { SITE_NAME } from '../content/site.ts';
import { pageFromShell } from './prerender-html.ts';

export interface OutputFile {
  fileName: string;
  source: string;
}

/**
 * The app shell with the site feed's autodiscovery link: every page is made
 * from the shell, so every page, `/` first, announces the site's feed.
 */
export function withSiteFeedLink(shell: string, site: SiteAddresses): string {
  return pageFromShell(shell, { head: feedLinkTag(siteFeedTitle, siteFeedUrl(site)) });
}

/**
 * The feeds, the show pages and the chapters files. `listingShell` is the
 * shell as listing pages start from it (`/`'s index.html): a show page is that
 * page with the show's title, description and feed link.
 */
export function followFiles(content: PublishedContent, site: SiteAddresses, listingShell: string): OutputFile[] {
  const showName = (id: string) => (Object.hasOwn(content.shows, id) ? content.shows[id]!.name : id);
  const files: OutputFile[] = [{ fileName: SITE_FEED_PATH, source: siteFeedXml(content.episodes, showName, site) }];

  // Every show with a published episode, with a file of its own or not (its name is then its id).
  for (const [id, episodes] of episodesByShow(content.episodes)) {
    if (!isPathSafeShowId(id)) continue;
    const show = { id, name: showName(id), description: Object.hasOwn(content.shows, id) ? content.shows[id]!.description : undefined };
    const description = show.description?.replace(/\s+/g, ' ').trim() || showDescription(show.name);
    files.push({ fileName: showFeedPath(id), source: showFeedXml(show, episodes, site) });
    files.push({
      fileName: `shows/${id}/index.html`,
      source: pageFromShell(listingShell, {
        title: `${show.name} · ${SITE_NAME}`,
        description,
        head: [
          `<link rel="canonical" href="${escapeHtml(showPageUrl(site, id))}" />`,
          feedLinkTag(showFeedTitle(show.name), showFeedUrl(site, id)),
        ].join('\n    '),
      }),
    });
  }

  for (const episode of content.episodes) {
    files.push({ fileName: chaptersJsonPath(episode.slug), source: chaptersJson(episode) });
  }
  return files;
}
