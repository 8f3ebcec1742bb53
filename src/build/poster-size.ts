// The size of an episode's poster, where the build can read it (product.md,
// Build output): oEmbed states a thumbnail's width and height beside its URL.
// Posters are WebP (the media layout's `thumbnail.webp`); the build reads them
// from the site's own folder (public/) when the media base is a path on the
// site, and does not fetch them from a media host.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { mediaUrls } from '../content/site.ts';

export interface ImageSize {
  width: number;
  height: number;
}

/** A WebP image's size from its header (lossy `VP8 `, lossless `VP8L`, extended `VP8X`); undefined for anything else. */
export function webpSize(bytes: Uint8Array): ImageSize | undefined {
  const text = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes.length < 30 || text(0, 4) !== 'RIFF' || text(8, 12) !== 'WEBP') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const uint24 = (at: number) => view.getUint16(at, true) | (view.getUint8(at + 2) << 16);
  switch (text(12, 16)) {
    case 'VP8 ':
      return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    case 'VP8L': {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: uint24(24) + 1, height: uint24(27) + 1 };
    default:
      return undefined;
  }
}

/**
 * The poster's size when the media base is a path on the site (`/media`, served
 * from `publicDir`); undefined when the media is elsewhere or the file is
 * missing or not a WebP image.
 */
export async function localPosterSize({ publicDir, siteUrl, mediaBase, videoId }: { publicDir: string; siteUrl: string; mediaBase: string; videoId: string }): Promise<ImageSize | undefined> {
  if (!publicDir || !mediaBase.startsWith(`${siteUrl}/`)) return undefined;
  const sitePath = decodeURIComponent(new URL(mediaUrls(mediaBase, videoId).poster).pathname.slice(new URL(siteUrl).pathname.replace(/\/$/, '').length));
  const file = path.join(publicDir, sitePath);
  // Never outside the public folder, whatever a video id holds.
  if (!file.startsWith(path.resolve(publicDir) + path.sep)) return undefined;
  try {
    // The size is in the first 30 bytes: read no more of the image than that.
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(new Uint8Array(WEBP_HEADER_BYTES), 0, WEBP_HEADER_BYTES, 0);
      return webpSize(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** Where webpSize finds every kind of WebP's size: within the file's first 30 bytes. */
const WEBP_HEADER_BYTES = 30;

/** Files read at once: enough to keep the file system's threads busy, few enough to stay far below the open-file limit. */
const READS_AT_ONCE = 16;

/**
 * Every video's poster size (localPosterSize), read a few files at a time:
 * at 10,000 episodes, reading them one after another cost the build seconds.
 */
export async function localPosterSizes(site: { publicDir: string; siteUrl: string; mediaBase: string }, videoIds: Iterable<string>): Promise<Map<string, ImageSize | undefined>> {
  const sizes = new Map<string, ImageSize | undefined>();
  const queue = [...new Set(videoIds)];
  let next = 0;
  const reader = async () => {
    while (next < queue.length) {
      const videoId = queue[next++]!;
      sizes.set(videoId, await localPosterSize({ ...site, videoId }));
    }
  };
  await Promise.all(Array.from({ length: READS_AT_ONCE }, reader));
  return sizes;
}
