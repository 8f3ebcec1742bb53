// Content for the moment search's browser tests: an episode with a chapter
// whose title holds a word no other fixture has, at a second the test checks
// the player starts at. Older than every catalog fixture but the seed, so the
// home page's first page is as it was.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MOMENTS = {
  slug: 'tuning-the-cluster',
  title: 'Tuning the cluster, live',
  publishedAt: '2022-04-01T09:00:00Z',
  /** The seed's video, long enough to start at the planted chapter. */
  videoId: 'f7rvx2rb04zl2vhgoltwedf5',
  duration: 4453,
  /** A chapter whose title has the word a search plants: it starts at `second` (`20:34`). */
  planted: { word: 'xylophone', title: 'The xylophone scheduler', second: 1234, time: '20:34' },
};

export const MOMENTS_EPISODE_COUNT = 1;

export async function writeMomentFixtures(contentDir: string): Promise<void> {
  const folder = path.join(contentDir, 'episodes', 'moments');
  await mkdir(folder, { recursive: true });
  const lines = [
    '---',
    `slug: ${MOMENTS.slug}`,
    `title: ${JSON.stringify(MOMENTS.title)}`,
    `publishedAt: ${MOMENTS.publishedAt}`,
    `videoId: ${MOMENTS.videoId}`,
    `duration: ${MOMENTS.duration}`,
    'chapters:',
    '  - startTime: 0',
    '    title: Welcome',
    `  - startTime: ${MOMENTS.planted.second}`,
    `    title: ${JSON.stringify(MOMENTS.planted.title)}`,
    '  - startTime: 2000',
    '    title: Questions',
    '---',
    '',
  ];
  await writeFile(path.join(folder, `${MOMENTS.slug}.md`), lines.join('\n'));
}
