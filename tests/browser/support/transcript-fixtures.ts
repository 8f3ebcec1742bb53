// Content and media for the transcript tests: an episode with a dense caption
// track of our own (1,200 lines, voices, overlapping cues, cues that look like
// markup), one whose captions file is not WebVTT, and one with none. Each has
// its own video id, so its own `captions/en.vtt` under the media base; its
// stream is the seed's (a master playlist pointing at the seed's rendition).
// The episodes are written before the build; the media into the built site.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEED } from './fixtures';

const LINE_COUNT = 1200;
const FIRST_START = 2;
const SPACING = 3.7;
const LENGTH = 3.5;

/** A line's start as the captions say it, in seconds. */
const startOf = (index: number) => Math.round((FIRST_START + index * SPACING) * 1000) / 1000;

/** Lines whose words are chosen by the tests; every other line is plain talk. */
const SPECIAL: Record<number, { cue: string; shown: string; speaker?: string }> = {
  3: { cue: '&lt;img src=x onerror=alert(1)&gt;', shown: '<img src=x onerror=alert(1)>' },
  4: { cue: '&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; <b>bold</b> <i>italic</i>', shown: '<script>window.__pwned=1</script> & bold italic' },
  5: { cue: '<v Ariadne>Hello &amp; welcome to apko</v>', shown: 'Hello & welcome to apko', speaker: 'Ariadne' },
  6: { cue: '<v.loud Bob Smith>First line\nand a second <00:00:26.000>timed <c.note>classy</c> one</v>', shown: 'First line and a second timed classy one', speaker: 'Bob Smith' },
  100: { cue: 'The zeppelin floats over the cluster', shown: 'The zeppelin floats over the cluster' },
  500: { cue: 'A Zeppelin again, and then a zeppelin', shown: 'A Zeppelin again, and then a zeppelin' },
  900: { cue: 'price: $5.*[( (really)', shown: 'price: $5.*[( (really)' },
};

/** An extra cue under lines 20 to 23, for the overlap: it starts with line 20 and ends after line 23. */
const OVERLAP = { after: 20, start: startOf(20) + 0.5, end: startOf(23) + 1, words: 'Crosstalk over four lines' };

function plainWords(index: number): string {
  return `Line ${index + 1} talks about building images with apko and packages with melange.`;
}

function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

export interface ExpectedLine {
  start: number;
  end: number;
  speaker?: string;
  words: string;
}

/** Every line as the panel should show it, in order (the overlap's extra cue in its place by start). */
function expectedLines(): ExpectedLine[] {
  const lines: ExpectedLine[] = [];
  for (let i = 0; i < LINE_COUNT; i++) {
    const special = SPECIAL[i];
    lines.push({ start: startOf(i), end: startOf(i) + LENGTH, ...(special?.speaker && { speaker: special.speaker }), words: special ? special.shown : plainWords(i) });
    if (i === OVERLAP.after) lines.push({ start: OVERLAP.start, end: OVERLAP.end, words: OVERLAP.words });
  }
  return lines;
}

function captionsFile(): string {
  const cues: string[] = ['WEBVTT', ''];
  for (let i = 0; i < LINE_COUNT; i++) {
    cues.push(`${vttTime(startOf(i))} --> ${vttTime(startOf(i) + LENGTH)}`, SPECIAL[i]?.cue ?? plainWords(i), '');
    if (i === OVERLAP.after) cues.push(`${vttTime(OVERLAP.start)} --> ${vttTime(OVERLAP.end)}`, OVERLAP.words, '');
  }
  return cues.join('\n');
}

export const DENSE_TRANSCRIPT = {
  slug: 'transcript-dense-captions',
  videoId: 'transcript-dense-video',
  title: 'A dense transcript',
  /** Chapters: the first starts late, so the first lines come under no heading. */
  chapters: [
    [30, 'Opening'],
    [600, '<Untitled Chapter 2>'],
    [1800, 'Deep dive & questions'],
    [3600, 'Wrap up'],
  ] as Array<[number, string]>,
  lines: expectedLines(),
  overlap: OVERLAP,
  /** Lines the tests look for by index into `lines` (the overlap's cue shifts those after it by one). */
  hostile: [3, 4],
  voiced: [5, 6],
  /** `zeppelin` occurs three times, in two lines. */
  zeppelinLines: [101, 501],
  literalLine: 901,
};

export const GARBAGE_CAPTIONS = { slug: 'transcript-garbage-captions', videoId: 'transcript-garbage-video', title: 'Captions that are not WebVTT' };
export const NO_CAPTIONS = { slug: 'transcript-no-captions', videoId: 'transcript-no-captions-video', title: 'No captions at all' };

/** The episodes this file adds to the shared build (the catalog and sitemap totals count them). */
export const TRANSCRIPT_EPISODE_COUNT = 3;
/** NO_CAPTIONS is the oldest published fixture of all. */
const OLDEST_PUBLISHED_ON = '2019-01-01';

const yamlString = (value: string) => JSON.stringify(value);

function episodeFile(fields: { slug: string; title: string; videoId: string; publishedOn: string; chapters?: Array<[number, string]> }): string {
  return [
    '---',
    `slug: ${fields.slug}`,
    `title: ${yamlString(fields.title)}`,
    // Older than every other fixture: last on the home page, out of the other tests' way.
    `publishedAt: ${fields.publishedOn}T10:00:00.000Z`,
    `videoId: ${fields.videoId}`,
    `duration: ${SEED.duration}`,
    ...(fields.chapters ? ['chapters:', ...fields.chapters.flatMap(([start, title]) => [`  - startTime: ${start}`, `    title: ${yamlString(title)}`])] : []),
    '---',
    '',
  ].join('\n');
}

export async function writeTranscriptFixtures(contentDir: string): Promise<void> {
  const folder = path.join(contentDir, 'episodes', 'transcript');
  await mkdir(folder, { recursive: true });
  await Promise.all(
    [
      episodeFile({ ...DENSE_TRANSCRIPT, publishedOn: '2019-01-03' }),
      episodeFile({ ...GARBAGE_CAPTIONS, publishedOn: '2019-01-02', chapters: [[0, 'Start']] }),
      episodeFile({ ...NO_CAPTIONS, publishedOn: OLDEST_PUBLISHED_ON, chapters: [[0, 'Start']] }),
    ].map((text, i) => writeFile(path.join(folder, `${[DENSE_TRANSCRIPT, GARBAGE_CAPTIONS, NO_CAPTIONS][i]!.slug}.md`), text)),
  );
}

/** The three videos' media in the built site (`outDir/media`, the base the tests build with). */
export async function writeTranscriptMedia(outDir: string): Promise<void> {
  const seedMaster = await readFile(path.join(outDir, 'media', 'videos', SEED.videoId, 'stream.m3u8'), 'utf8');
  // The seed's master playlist, its rendition addressed from a sibling folder.
  const playlist = seedMaster.replace(/^(?!#)(\S+\.m3u8)$/gm, `../${SEED.videoId}/$1`);
  const captions: Record<string, string | undefined> = {
    [DENSE_TRANSCRIPT.videoId]: captionsFile(),
    [GARBAGE_CAPTIONS.videoId]: '<html><body>Not captions at all</body></html>\n',
    [NO_CAPTIONS.videoId]: undefined,
  };
  for (const [videoId, text] of Object.entries(captions)) {
    const folder = path.join(outDir, 'media', 'videos', videoId);
    await mkdir(path.join(folder, 'captions'), { recursive: true });
    await writeFile(path.join(folder, 'stream.m3u8'), playlist);
    if (text !== undefined) await writeFile(path.join(folder, 'captions', 'en.vtt'), text);
  }
}
