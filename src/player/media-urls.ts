// Where an episode's media lives: the CDN's layout under VITE_MEDIA_BASE_URL (contract §4).
const mediaBase = (import.meta.env.VITE_MEDIA_BASE_URL ?? '/media').replace(/\/+$/, '');

const videoFolder = (videoId: string) => `${mediaBase}/videos/${encodeURIComponent(videoId)}`;

export const streamUrl = (videoId: string) => `${videoFolder(videoId)}/stream.m3u8`;
export const posterUrl = (videoId: string) => `${videoFolder(videoId)}/thumbnail.webp`;
export const captionsUrl = (videoId: string) => `${videoFolder(videoId)}/captions/en.vtt`;
/** The WebVTT chapters file the build writes for each episode. */
export const chaptersTrackUrl = (slug: string) => `${import.meta.env.BASE_URL}chapters/${encodeURIComponent(slug)}.vtt`;
