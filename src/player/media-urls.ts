// Where an episode's media lives: the CDN's layout (src/content/site.ts) under VITE_MEDIA_BASE_URL.
import { chaptersTrackPath, LOCAL_MEDIA_BASE, mediaUrls } from '@/content/site';

const mediaBase = import.meta.env.VITE_MEDIA_BASE_URL ?? LOCAL_MEDIA_BASE;

export const streamUrl = (videoId: string) => mediaUrls(mediaBase, videoId).stream;
export const posterUrl = (videoId: string) => mediaUrls(mediaBase, videoId).poster;
export const captionsUrl = (videoId: string) => mediaUrls(mediaBase, videoId).captions;
/** The WebVTT chapters file the build writes for each episode. */
export const chaptersTrackUrl = (slug: string) => `${import.meta.env.BASE_URL}${chaptersTrackPath(encodeURIComponent(slug))}`;
