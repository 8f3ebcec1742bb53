// A poster's size read from its WebP header, and only from the site's own public folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localPosterSize, localPosterSizes, webpSize } from '@/build/poster-size';

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');
const SEED_VIDEO = 'f7rvx2rb04zl2vhgoltwedf5';

/** A RIFF/WEBP file whose first chunk is `fourCC`, with `fill` writing its header fields. */
function webp(fourCC: string, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(40);
  bytes.set(new TextEncoder().encode(`RIFF\0\0\0\0WEBP${fourCC}`));
  fill(new DataView(bytes.buffer));
  return bytes;
}

describe('webpSize', () => {
  it('reads lossy, lossless and extended headers', () => {
    expect(webpSize(webp('VP8 ', (v) => (v.setUint16(26, 1280, true), v.setUint16(28, 720, true))))).toEqual({ width: 1280, height: 720 });
    expect(webpSize(webp('VP8L', (v) => v.setUint32(21, (1919 & 0x3fff) | ((1079 & 0x3fff) << 14), true)))).toEqual({ width: 1920, height: 1080 });
    expect(webpSize(webp('VP8X', (v) => (v.setUint16(24, 639, true), v.setUint8(26, 0), v.setUint16(27, 359, true), v.setUint8(29, 0))))).toEqual({ width: 640, height: 360 });
  });

  it('gives nothing for what is not WebP', () => {
    expect(webpSize(new Uint8Array(10))).toBeUndefined();
    expect(webpSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBeUndefined();
    expect(webpSize(webp('ALPH', () => undefined))).toBeUndefined();
  });
});

describe('localPosterSize', () => {
  const site = { publicDir, siteUrl: 'https://rawkode.academy' };

  it('reads the local mirror’s poster when the media base is on the site', async () => {
    expect(await localPosterSize({ ...site, mediaBase: 'https://rawkode.academy/media', videoId: SEED_VIDEO })).toEqual({ width: 640, height: 360 });
  });

  it('reads nothing from a media host, a missing file, or outside the public folder', async () => {
    expect(await localPosterSize({ ...site, mediaBase: 'https://content.rawkode.academy', videoId: SEED_VIDEO })).toBeUndefined();
    expect(await localPosterSize({ ...site, mediaBase: 'https://rawkode.academy/media', videoId: 'no-such-video' })).toBeUndefined();
    expect(await localPosterSize({ ...site, mediaBase: 'https://rawkode.academy/media', videoId: '../../../package.json' })).toBeUndefined();
  });
});

describe('localPosterSizes', () => {
  it('reads each video’s poster once, whatever the number of episodes, and gives nothing for those it cannot read', async () => {
    const site = { publicDir, siteUrl: 'https://rawkode.academy', mediaBase: 'https://rawkode.academy/media' };
    const missing = Array.from({ length: 40 }, (_, i) => `no-such-video-${i}`);
    const sizes = await localPosterSizes(site, [SEED_VIDEO, ...missing, SEED_VIDEO]);
    expect(sizes.size).toBe(41);
    expect(sizes.get(SEED_VIDEO)).toEqual({ width: 640, height: 360 });
    expect(missing.every((id) => sizes.has(id) && sizes.get(id) === undefined)).toBe(true);
  });
});
