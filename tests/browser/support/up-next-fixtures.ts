// Content for the up-next and continue-watching browser tests: a show of
// three episodes, the last one scheduled. Written next to the other fixtures
// by the global setup; every episode plays the seed's video (4453 s).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEED } from './fixtures';

export const SERIES = {
  show: 'follow-on-series',
  name: 'Follow-on Series',
  /** Published, oldest first: the first is followed by the second. */
  first: { slug: 'series-part-one', title: 'Series part one: getting started' },
  /** The newest published episode of the show: only a scheduled one comes after it. */
  second: { slug: 'series-part-two', title: 'Series part two: <going> further & beyond' },
  scheduled: { slug: 'series-part-three', title: 'Series part three: not yet' },
};

/** How many of these the home page lists. */
export const UP_NEXT_PUBLISHED_COUNT = 2;

const yamlString = (value: string) => JSON.stringify(value);

function episodeFile(slug: string, title: string, publishedAt: string): string {
  return [
    '---',
    `slug: ${slug}`,
    `title: ${yamlString(title)}`,
    `publishedAt: ${publishedAt}`,
    `videoId: ${SEED.videoId}`,
    `duration: ${SEED.duration}`,
    `show: ${SERIES.show}`,
    'chapters:',
    '  - startTime: 0',
    '    title: Opening',
    '---',
    '',
  ].join('\n');
}

export async function writeUpNextFixtures(contentDir: string): Promise<void> {
  const episodes = path.join(contentDir, 'episodes', 'up-next');
  await mkdir(episodes, { recursive: true });
  await mkdir(path.join(contentDir, 'shows'), { recursive: true });
  await Promise.all([
    writeFile(path.join(contentDir, 'shows', `${SERIES.show}.md`), `---\nname: ${SERIES.name}\n---\n`),
    writeFile(path.join(episodes, `${SERIES.first.slug}.md`), episodeFile(SERIES.first.slug, SERIES.first.title, '2024-03-01T10:00:00.000Z')),
    writeFile(path.join(episodes, `${SERIES.second.slug}.md`), episodeFile(SERIES.second.slug, SERIES.second.title, '2024-03-08T10:00:00.000Z')),
    writeFile(path.join(episodes, `${SERIES.scheduled.slug}.md`), episodeFile(SERIES.scheduled.slug, SERIES.scheduled.title, '2999-03-15T10:00:00.000Z')),
  ]);
}
