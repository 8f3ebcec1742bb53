// The build's transcripts, read once per build for every plugin that wants them (the prerendered
// pages, the search index): captions under the media base the build was configured with, from the
// site's public folder when that base is a path, kept between builds in node_modules/.cache.
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { DEFAULT_MEDIA_BASE } from '../content/site.ts';
import { findContentPlugin, type ContentPluginApi } from './content-plugin.ts';
import { readTranscripts, unreadableCaptionsWarning, type ReadTranscriptsOptions, type Transcripts } from './transcripts.ts';

export type { TranscriptCue, Transcripts } from './transcripts.ts';

/** Where captions fetched over HTTP are kept between builds, under the project's root. */
export const CAPTIONS_CACHE_DIR = path.join('node_modules', '.cache', 'captions');

/** The media base a build reads captions from: VITE_MEDIA_BASE_URL as settled by vite.config.ts, else the CDN. */
export function buildMediaBase(config: Pick<ResolvedConfig, 'env'>): string {
  const configured = config.env.VITE_MEDIA_BASE_URL ?? process.env.VITE_MEDIA_BASE_URL;
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : DEFAULT_MEDIA_BASE;
}

/** One reading per content snapshot: the content plugin is shared by the build's environments, so this is once per build. */
const readings = new WeakMap<ContentPluginApi, { content: object; transcripts: Promise<Transcripts> }>();

/**
 * Every published episode's transcript, by video id. The first caller starts the reading and
 * prints its one warning (captions that could not be read); later callers in the same build get
 * the same result. Never rejects for a captions file; rejects only when content has errors.
 */
export async function buildTranscripts(config: ResolvedConfig, options: Partial<ReadTranscriptsOptions> = {}): Promise<Transcripts> {
  const content = findContentPlugin(config);
  if (!content) throw new Error('Transcripts need the content plugin: add contentPlugin() to the Vite config');
  const published = await content.getContent();
  const reading = readings.get(content);
  if (reading?.content === published) return reading.transcripts;

  const videoIds = published.episodes.map((episode) => episode.videoId);
  const transcripts = readTranscripts(videoIds, {
    mediaBase: buildMediaBase(config),
    publicDir: config.publicDir,
    cacheDir: path.join(config.root, CAPTIONS_CACHE_DIR),
    ...options,
  }).then((result) => {
    const warning = unreadableCaptionsWarning(result, published.episodes.length);
    if (warning) config.logger.warn(warning);
    return result;
  });
  readings.set(content, { content: published, transcripts });
  return transcripts;
}
