// An episode as the content store gives it, for tests that need a few: every
// field the schema has, with plain defaults a test overrides where it matters.
import type { Episode } from '@/content/schema';

export const anEpisode = (slug: string, fields: Partial<Episode> = {}): Episode => ({
  slug,
  title: `Episode ${slug}`,
  description: undefined,
  subtitle: undefined,
  id: undefined,
  publishedAt: '2024-01-01T10:00:00.000Z',
  videoId: `video-${slug}`,
  duration: 3600,
  show: undefined,
  technologies: [],
  chapters: [],
  ...fields,
});
