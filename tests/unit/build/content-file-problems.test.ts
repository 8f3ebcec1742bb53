// Every class of author mistake in one file: the line, column and field it is reported at.
import { describe, expect, it } from 'vitest';
import { parseContentFile, type ParsedFile } from '@/build/parse-content-file';
import type { ContentKind } from '@/build/content-files';

const FILE = '/content/episodes/example.md';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function parse(text: string, kind: ContentKind = 'episode', id = 'example'): ParsedFile {
  return parseContentFile({ kind, file: FILE, id }, text);
}

/** What an author reads: where, which field, what is wrong. */
function problemsOf(text: string, kind: ContentKind = 'episode') {
  return parse(text, kind).problems.map(({ severity, line, column, field, message }) => ({
    severity,
    line,
    column,
    field,
    message,
  }));
}

/** A valid episode's front-matter lines, to spoil one at a time. */
const valid = {
  slug: 'slug: introducing-apko-and-melange',
  title: 'title: Introducing apko & melange',
  publishedAt: 'publishedAt: 2022-03-17T17:00:00.000Z',
  videoId: 'videoId: f7rvx2rb04zl2vhgoltwedf5',
  duration: 'duration: 4453',
};

describe('a valid episode', () => {
  it('has no problems and keeps only the fields the app knows', () => {
    const parsed = parse(
      lines('---', ...Object.values(valid), 'show: rawkode-live', 'internalNotes: do not ship', '---', 'Body text.'),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      slug: 'introducing-apko-and-melange',
      title: 'Introducing apko & melange',
      publishedAt: '2022-03-17T17:00:00.000Z',
      videoId: 'f7rvx2rb04zl2vhgoltwedf5',
      duration: 4453,
      show: 'rawkode-live',
      technologies: [],
      chapters: [],
    });
  });

  it('reads a title like <Untitled Chapter 1> as the text written', () => {
    const parsed = parse(
      lines('---', ...Object.values(valid), 'chapters:', '  - startTime: 0', '    title: <Untitled Chapter 1>', '---'),
    );
    expect(parsed.kind === 'episode' && parsed.value?.chapters[0]?.title).toBe('<Untitled Chapter 1>');
  });
});

describe('errors point at the file, line, column and field', () => {
  it('no front-matter: the first line', () => {
    expect(problemsOf('# Just a heading\n\nslug: a\n')).toEqual([
      { severity: 'error', line: 1, column: 1, field: undefined, message: expect.stringContaining('has no front-matter') },
    ]);
  });

  it('front-matter that is never closed: the first line', () => {
    expect(problemsOf(lines('---', valid.slug, valid.title))).toEqual([
      { severity: 'error', line: 1, column: 1, field: undefined, message: expect.stringContaining('not closed') },
    ]);
  });

  it('YAML syntax error: where the YAML parser stopped, counted in the .md file', () => {
    const text = lines('---', valid.slug, 'title: [Introducing apko', '  & melange', valid.duration, '---');
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', field: undefined, message: expect.stringMatching(/^YAML syntax error: /) });
    // The unclosed flow sequence opened on line 3 is what the parser chokes on, at or after it.
    expect(problem?.line).toBeGreaterThanOrEqual(3);
    expect(problem?.line).toBeLessThanOrEqual(6);
  });

  it('YAML syntax error: a bad indentation is pinned to its line and column', () => {
    const text = lines('---', valid.slug, valid.title, '   oops: 1', '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 4, column: 8, field: undefined, message: 'YAML syntax error: bad indentation of a mapping entry' },
    ]);
  });

  it('a missing required field: the mapping that should hold it', () => {
    const text = lines('---', valid.slug, valid.title, valid.publishedAt, valid.duration, '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 2, column: 1, field: 'videoId', message: 'is required (or name the video by `id`)' },
    ]);
  });

  it('a missing field of a chapter: that chapter', () => {
    const text = lines('---', ...Object.values(valid), 'chapters:', '  - startTime: 0', '    title: Intro', '  - startTime: 60', '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 10, column: 5, field: 'chapters[1].title', message: 'is required' },
    ]);
  });

  it('empty front-matter: the opening line, with every required field', () => {
    const problems = problemsOf(lines('---', '---'));
    expect(problems.map((problem) => problem.field)).toEqual(['slug', 'title', 'publishedAt', 'videoId', 'duration']);
    expect(problems.every((problem) => problem.line === 1 && problem.column === 1)).toBe(true);
  });

  it('front-matter that is a list, not a mapping', () => {
    expect(problemsOf(lines('---', '- slug: a', '---'))).toEqual([
      { severity: 'error', line: 2, column: 1, field: undefined, message: 'front-matter must be a mapping of keys to values' },
    ]);
  });

  it('a wrong type: the value', () => {
    const text = lines('---', valid.slug, valid.title, valid.publishedAt, valid.videoId, 'duration: an hour', '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 6, column: 11, field: 'duration', message: 'must be a number of seconds' },
    ]);
  });

  it('a list written as one value', () => {
    const text = lines('---', ...Object.values(valid), 'technologies: apko', '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 7, column: 15, field: 'technologies', message: 'must be a list' },
    ]);
  });

  it('a negative time', () => {
    const text = lines(
      '---',
      ...Object.values(valid),
      'chapters:',
      '  - startTime: 0',
      '    title: Intro',
      '  - startTime: 60',
      '    title: Setup',
      '  - startTime: 120',
      '    title: Demo',
      '  - startTime: -5',
      '    title: Outro',
      '---',
    );
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 14, column: 16, field: 'chapters[3].startTime', message: 'must not be negative' },
    ]);
  });

  it('a time that is not a number', () => {
    const text = lines('---', ...Object.values(valid), 'chapters:', '  - startTime: "1:30"', '    title: Intro', '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 8, column: 16, field: 'chapters[0].startTime', message: 'must be a number of seconds' },
    ]);
  });

  it('chapters out of order: the chapter that goes back in time', () => {
    const text = lines(
      '---',
      ...Object.values(valid),
      'chapters:',
      '  - startTime: 0',
      '    title: Intro',
      '  - startTime: 600',
      '    title: Demo',
      '  - startTime: 300',
      '    title: Setup',
      '---',
    );
    expect(problemsOf(text)).toEqual([
      {
        severity: 'error',
        line: 12,
        column: 16,
        field: 'chapters[2].startTime',
        message: 'must be later than the chapter before it (600 s): chapters are out of order',
      },
    ]);
  });

  it('an empty title, of the episode and of a chapter', () => {
    const text = lines(
      '---',
      valid.slug,
      "title: '  '",
      valid.publishedAt,
      valid.videoId,
      valid.duration,
      'chapters:',
      '  - startTime: 0',
      '    title:',
      '---',
    );
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 3, column: 8, field: 'title', message: 'must not be empty' },
      // `title:` with nothing after it is YAML null: not text at all.
      { severity: 'error', line: 9, column: 11, field: 'chapters[0].title', message: 'must be text' },
    ]);
  });

  it.each(['Introducing-Apko', 'apko--melange', 'apko melange', '-apko', 'apko/melange', '../etc'])(
    'an unsafe slug: %s',
    (slug) => {
      const text = lines('---', `slug: "${slug}"`, valid.title, valid.publishedAt, valid.videoId, valid.duration, '---');
      expect(problemsOf(text)).toEqual([
        { severity: 'error', line: 2, column: 7, field: 'slug', message: 'must be lowercase letters, digits and single hyphens' },
      ]);
    },
  );

  it.each([
    ['a quoted date that is no date', 'publishedAt: "next Tuesday"'],
    ['a quoted day that does not exist', 'publishedAt: "2022-02-30"'],
    ['an unquoted day that does not exist (js-yaml would roll it over)', 'publishedAt: 2022-02-30'],
    ['an unquoted month that does not exist', 'publishedAt: 2022-13-01T17:00:00Z'],
  ])('an unparseable date: %s', (_, line) => {
    const text = lines('---', valid.slug, valid.title, line, valid.videoId, valid.duration, '---');
    expect(problemsOf(text)).toEqual([
      { severity: 'error', line: 4, column: 14, field: 'publishedAt', message: expect.stringMatching(/^is not a date: /) },
    ]);
  });

  it('every problem of a file at once', () => {
    const text = lines('---', 'slug: Bad Slug', 'title: ""', valid.publishedAt, 'duration: -1', '---');
    expect(problemsOf(text).map(({ line, field }) => `${line} ${field}`)).toEqual([
      '2 slug',
      '3 title',
      '2 videoId',
      '5 duration',
    ]);
  });

  it('a show with no name', () => {
    expect(problemsOf(lines('---', 'description: Live streams', '---'), 'show')).toEqual([
      { severity: 'error', line: 2, column: 1, field: 'name', message: 'is required' },
    ]);
  });

  it('the lines around the spot, with a caret under the column', () => {
    const text = lines('---', valid.slug, valid.title, valid.publishedAt, valid.videoId, 'duration: -3', '---');
    expect(parse(text).problems[0]?.frame).toBe(
      [
        '  4 | publishedAt: 2022-03-17T17:00:00.000Z',
        '  5 | videoId: f7rvx2rb04zl2vhgoltwedf5',
        '> 6 | duration: -3',
        '    |           ^',
        '  7 | ---',
        '  8 | ',
      ].join('\n'),
    );
  });
});

describe('warnings', () => {
  it('chapters at or after the duration: one warning at the first of them', () => {
    const text = lines(
      '---',
      valid.slug,
      valid.title,
      valid.publishedAt,
      valid.videoId,
      'duration: 600',
      'chapters:',
      '  - startTime: 0',
      '    title: Intro',
      '  - startTime: 600',
      '    title: Bonus',
      '  - startTime: 700',
      '    title: Outtakes',
      '---',
    );
    const parsed = parse(text);
    expect(parsed.value).toBeDefined();
    expect(problemsOf(text)).toEqual([
      {
        severity: 'warning',
        line: 10,
        column: 16,
        field: 'chapters[1].startTime',
        message:
          '600 s is at or after the end of the episode (duration 600 s), and so is the chapter after it: the chapters track leaves them out',
      },
    ]);
  });

  it('a duration of 0 (as one real episode has): published, with a warning', () => {
    const text = lines('---', valid.slug, valid.title, valid.publishedAt, valid.videoId, 'duration: 0', '---');
    expect(parse(text).value).toBeDefined();
    expect(problemsOf(text)).toEqual([
      { severity: 'warning', line: 6, column: 11, field: 'duration', message: expect.stringContaining('is 0') },
    ]);
  });
});

describe('gray-matter', () => {
  it('reports the same broken text every time, not `data: {}` the second time', () => {
    const text = lines('---', valid.slug, '  broken: [', '---');
    const first = problemsOf(text);
    expect(first).toHaveLength(1);
    expect(problemsOf(text)).toEqual(first);
  });
});
