// What a link preview reads of a watch page (product.md, Build output): the `<head>` tags
// of one episode, its title, description, canonical URL, Open Graph and
// Twitter card, and a JSON-LD VideoObject with its chapters as Clips.
import type { Episode } from '../content/schema.ts';
import { documentTitle, mediaUrls, showPath, SITE_NAME, startsBeforeEnd, technologyPath, watchPath } from '../content/site.ts';
import { escapeHtml, jsonForScript } from './html-escape.ts';

/** Where the site and its media live, as absolute URLs without a trailing slash. */
export interface SiteAddresses {
  /** `SITE_URL`, e.g. `https://rawkode.academy`. */
  siteUrl: string;
  /** `VITE_MEDIA_BASE_URL`, made absolute against the site when it is a path (`/media`). */
  mediaBase: string;
}

/** An episode and the names of what it refers to, as its page shows them. */
export interface EpisodePage {
  episode: Episode;
  /** The show's name, or its id when it has no file; none for a standalone episode. */
  showName?: string | undefined;
  technologyNames: string[];
}

/** Search results and previews cut descriptions near this length; longer only costs bytes. */
const DESCRIPTION_LENGTH = 200;

export const watchPageUrl = (site: SiteAddresses, slug: string) => `${site.siteUrl}${watchPath(slug)}`;
export const showPageUrl = (site: SiteAddresses, id: string) => `${site.siteUrl}${showPath(id)}`;
export const technologyPageUrl = (site: SiteAddresses, id: string) => `${site.siteUrl}${technologyPath(id)}`;
export const posterUrl = (site: SiteAddresses, videoId: string) => mediaUrls(site.mediaBase, videoId).poster;
export const streamUrl = (site: SiteAddresses, videoId: string) => mediaUrls(site.mediaBase, videoId).stream;

/** `PT1H14M13S`: schema.org durations are ISO 8601. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || total === 0 ? `${rest}S` : ''}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The full description on one line; an episode without one gets a sentence made of what it has. */
export function fullDescription({ episode, showName }: EpisodePage): string {
  const written = oneLine([episode.subtitle, episode.description].filter(Boolean).join('. '));
  if (written) return written;
  return `Watch “${oneLine(episode.title)}”${showName ? ` from ${showName}` : ''} on ${SITE_NAME}, chapter by chapter.`;
}

/** A description short enough for previews, cut at a word with an ellipsis. */
export function shortDescription(page: EpisodePage): string {
  const full = fullDescription(page);
  if (full.length <= DESCRIPTION_LENGTH) return full;
  // Not between the halves of a surrogate pair (an emoji), which would leave half a character.
  const end = /[\uD800-\uDBFF]/.test(full.charAt(DESCRIPTION_LENGTH - 2)) ? DESCRIPTION_LENGTH - 2 : DESCRIPTION_LENGTH - 1;
  const cut = full.slice(0, end);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > DESCRIPTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

/**
 * The JSON-LD of a watch page: a VideoObject whose chapters are Clips (each
 * linking to its start), with a SeekToAction so search results can link to
 * any second. Chapters that start at or after the end are left out, as in the
 * chapters track: a clip must end after it starts.
 */
export function videoObject(page: EpisodePage, site: SiteAddresses): Record<string, unknown> {
  const { episode, showName, technologyNames } = page;
  const url = watchPageUrl(site, episode.slug);
  const chapters = episode.chapters.filter((chapter) => startsBeforeEnd(chapter, episode.duration));
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: episode.title,
    description: fullDescription(page),
    thumbnailUrl: [posterUrl(site, episode.videoId)],
    uploadDate: episode.publishedAt,
    duration: isoDuration(episode.duration),
    contentUrl: streamUrl(site, episode.videoId),
    url,
    publisher: { '@type': 'Organization', name: SITE_NAME, url: `${site.siteUrl}/` },
  };
  if (showName !== undefined && episode.show !== undefined) {
    data.isPartOf = { '@type': 'CreativeWorkSeries', name: showName, url: showPageUrl(site, episode.show) };
  }
  if (technologyNames.length > 0) data.keywords = technologyNames.join(', ');
  if (chapters.length > 0) {
    data.hasPart = chapters.map((chapter, index) => ({
      '@type': 'Clip',
      name: chapter.title,
      startOffset: chapter.startTime,
      endOffset: chapters[index + 1]?.startTime ?? episode.duration,
      url: `${url}?t=${Math.floor(chapter.startTime)}`,
    }));
  }
  data.potentialAction = {
    '@type': 'SeekToAction',
    target: `${url}?t={seek_to_second_number}`,
    'startOffset-input': 'required name=seek_to_second_number',
  };
  return data;
}

/** The `<title>` text of a watch page; the app sets the same once it runs. */
export const watchPageTitle = (episode: Episode) => documentTitle(episode.title);

/**
 * Every tag a watch page adds to the shell's `<head>` besides its title and
 * description (see watchPageTitle, shortDescription), each value escaped for
 * where it lands.
 */
export function watchPageHead(page: EpisodePage, site: SiteAddresses): string {
  const { episode } = page;
  const url = watchPageUrl(site, episode.slug);
  const description = shortDescription(page);
  const image = posterUrl(site, episode.videoId);
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:type', 'video.episode'),
    meta('property', 'og:title', episode.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:alt', episode.title),
    meta('property', 'video:duration', String(Math.round(episode.duration))),
    meta('property', 'video:release_date', episode.publishedAt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', episode.title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', episode.title),
    `<script type="application/ld+json">${jsonForScript(videoObject(page, site))}</script>`,
  ].join('\n    ');
}
