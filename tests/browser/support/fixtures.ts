// Content for the browser tests, written fresh for each run: the seed episode
// (the project's own content/) plus the edge cases real content has. Every
// fixture plays the local mirror of the seed's video (4453 s).
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectContent = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content');

export const SEED = {
  slug: 'introducing-apko-and-melange',
  title: 'Introducing apko & melange',
  duration: 4453,
  videoId: 'f7rvx2rb04zl2vhgoltwedf5',
};

export const MANY_CHAPTERS = { slug: 'three-hundred-chapters', chapterCount: 300, spacing: 14 };
/** First chapter at 30 s; declared 5000 s long, so two chapters lie past the media's 4453 s end. */
export const LATE_START = { slug: 'late-first-chapter', firstChapter: 30, pastEnd: [4500, 4800] };
export const MISSING_STREAM = { slug: 'missing-stream' };
export const SCHEDULED = { slug: 'scheduled-for-later' };
export const HOSTILE = {
  slug: 'hostile-titles',
  title: '</script><img src=x onerror="window.__pwned=1"> & "quotes"',
  chapterTitle: '<b>Not bold</b> & <script>window.__pwned=2</script>',
};

/**
 * An episode in today's Rawkode format: the video named by `id` (no `videoId`),
 * guests (one with a people file and website, one with a people file whose
 * website is not http(s), one with no file), resources in two categories with
 * a hostile title, and what you will learn. No show and no technology, so the
 * catalog's show and technology pages do not change.
 */
export const EXTRAS = {
  slug: 'guests-and-resources',
  title: 'Guests, resources and what you will learn',
  guests: [
    { id: 'ariadne-conill', name: 'Ariadne Conill', website: 'https://ariadne.space/' },
    { id: 'mallory', name: '<b>Mallory</b> & co', website: 'javascript:window.__pwned=6' },
    { id: 'no-file-guest', name: 'no-file-guest' },
  ],
  resources: [
    { title: 'Slides for the talk', url: 'https://example.com/slides.pdf', category: 'Slides' },
    { title: '</a><script>window.__pwned=5</script> & "code"', url: 'https://example.com/code?a=1&b=2', category: 'Code' },
    { title: 'melange on GitHub', url: 'https://github.com/chainguard-dev/melange', category: 'Code' },
  ],
  whatYouWillLearn: ['How apko builds an image from a YAML file', '<b>Why</b> SBOMs matter & what is in one'],
};

const yamlString = (value: string) => JSON.stringify(value);

function extrasEpisode(): string {
  return [
    '---',
    `id: ${SEED.videoId}`,
    `slug: ${EXTRAS.slug}`,
    `title: ${yamlString(EXTRAS.title)}`,
    'publishedAt: 2024-01-01T09:00:00.000Z',
    `duration: ${SEED.duration}`,
    'guests:',
    ...EXTRAS.guests.map((guest) => `  - ${guest.id}`),
    'resources:',
    ...EXTRAS.resources.flatMap((resource) => [
      `  - title: ${yamlString(resource.title)}`,
      `    url: ${yamlString(resource.url)}`,
      `    category: ${resource.category}`,
    ]),
    'whatYouWillLearn:',
    ...EXTRAS.whatYouWillLearn.map((point) => `  - ${yamlString(point)}`),
    'chapters:',
    '  - startTime: 0',
    '    title: Welcome',
    '---',
    '',
  ].join('\n');
}

function episode(fields: {
  slug: string;
  title: string;
  duration: number;
  videoId?: string;
  publishedAt?: string;
  chapters: Array<[number, string]>;
}) {
  const chapters = fields.chapters.map(([start, title]) => `  - startTime: ${start}\n    title: ${yamlString(title)}`).join('\n');
  return `---
slug: ${fields.slug}
title: ${yamlString(fields.title)}
description: A fixture episode for the browser tests. See https://example.com/docs for more.
publishedAt: ${fields.publishedAt ?? '2024-01-01T10:00:00.000Z'}
videoId: ${fields.videoId ?? SEED.videoId}
duration: ${fields.duration}
show: rawkode-live
technologies:
  - apko
${chapters ? `chapters:\n${chapters}\n` : ''}---
`;
}

export async function writeBrowserFixtures(contentDir: string) {
  const episodes = path.join(contentDir, 'episodes');
  await mkdir(episodes, { recursive: true });
  await mkdir(path.join(contentDir, 'shows'), { recursive: true });
  await mkdir(path.join(contentDir, 'technologies'), { recursive: true });
  await copyFile(path.join(projectContent, 'episodes', `${SEED.slug}.md`), path.join(episodes, `${SEED.slug}.md`));
  await copyFile(path.join(projectContent, 'shows', 'rawkode-live.md'), path.join(contentDir, 'shows', 'rawkode-live.md'));
  for (const id of ['apko', 'melange']) {
    await copyFile(path.join(projectContent, 'technologies', `${id}.md`), path.join(contentDir, 'technologies', `${id}.md`));
  }

  const files: Record<string, string> = {
    [MANY_CHAPTERS.slug]: episode({
      slug: MANY_CHAPTERS.slug,
      title: 'Three hundred chapters',
      duration: SEED.duration,
      chapters: Array.from({ length: MANY_CHAPTERS.chapterCount }, (_, i) => [i * MANY_CHAPTERS.spacing, `Part ${i + 1}`]),
    }),
    [LATE_START.slug]: episode({
      slug: LATE_START.slug,
      title: 'A late first chapter',
      duration: 5000,
      chapters: [
        [LATE_START.firstChapter, 'Opening'],
        [600, 'Middle'],
        [LATE_START.pastEnd[0]!, 'After the end'],
        [LATE_START.pastEnd[1]!, 'Long after the end'],
      ],
    }),
    [MISSING_STREAM.slug]: episode({
      slug: MISSING_STREAM.slug,
      title: 'A stream that is missing',
      duration: 600,
      videoId: 'no-such-video',
      chapters: [[0, 'Start'], [300, 'Half way']],
    }),
    [SCHEDULED.slug]: episode({
      slug: SCHEDULED.slug,
      title: 'Scheduled for later',
      duration: 600,
      publishedAt: '2999-01-01T00:00:00.000Z',
      chapters: [],
    }),
    [HOSTILE.slug]: episode({
      slug: HOSTILE.slug,
      title: HOSTILE.title,
      duration: SEED.duration,
      chapters: [[0, HOSTILE.chapterTitle], [60, 'Second']],
    }),
  };
  await Promise.all(Object.entries(files).map(([slug, text]) => writeFile(path.join(episodes, `${slug}.md`), text)));

  await writeFile(path.join(episodes, `${EXTRAS.slug}.md`), extrasEpisode());
  await mkdir(path.join(contentDir, 'people'), { recursive: true });
  for (const guest of EXTRAS.guests.filter((guest) => guest.id !== 'no-file-guest')) {
    const person = `---\nname: ${yamlString(guest.name)}\nwebsite: ${yamlString(guest.website!)}\n---\n`;
    await writeFile(path.join(contentDir, 'people', `${guest.id}.md`), person);
  }
}
