// The episode schema: what authors may write, and what the app receives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { episodeSchema, isCalendarDate, parseDateText, SLUG_PATTERN, showSchema } from '@/content/schema';

const episode = (fields: Record<string, unknown> = {}) => ({
  slug: 'introducing-apko-and-melange',
  title: 'Introducing apko & melange',
  publishedAt: new Date('2022-03-17T17:00:00.000Z'),
  videoId: 'f7rvx2rb04zl2vhgoltwedf5',
  duration: 4453,
  ...fields,
});

const messages = (input: unknown) =>
  episodeSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? [];

describe('publishedAt', () => {
  it('becomes the same ISO string whether YAML gave a Date or a quoted string', () => {
    const fromDate = episodeSchema.parse(episode());
    const fromText = episodeSchema.parse(episode({ publishedAt: '2022-03-17T17:00:00.000Z' }));
    expect(fromDate.publishedAt).toBe('2022-03-17T17:00:00.000Z');
    expect(fromText.publishedAt).toBe(fromDate.publishedAt);
  });

  it.each([
    ['2022-03-17', '2022-03-17T00:00:00.000Z'],
    ['2022-03-17T17:00:00Z', '2022-03-17T17:00:00.000Z'],
    ['2022-03-17T17:00:00+02:00', '2022-03-17T15:00:00.000Z'],
    // No zone: read as UTC, so the build machine's zone never moves a date.
    ['2022-03-17T17:00', '2022-03-17T17:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)?.toISOString()).toBe(iso);
  });

  it.each(['17 March 2022', '2022-02-30', '2022-13-01', '2022-03-17T25:00:00Z', 'soon', ''])('rejects %j', (text) => {
    expect(parseDateText(text)).toBeUndefined();
    expect(messages(episode({ publishedAt: text }))).toEqual([expect.stringMatching(/^publishedAt is not a date: /)]);
  });

  it('accepts every real calendar day and no day past the end of a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(isCalendarDate(text)).toBe(day <= daysInMonth);
        expect(parseDateText(text)?.toISOString().slice(0, 10)).toBe(day <= daysInMonth ? text : undefined);
      }),
    );
  });
});

describe('slug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        expect(messages(episode({ slug: words.join('-') }))).toEqual([]);
      }),
    );
  });

  it('rejects anything with another character, a double hyphen, or a hyphen at either end', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (slug) => {
        const safe = /^[a-z0-9-]+$/.test(slug) && !slug.includes('--') && !slug.startsWith('-') && !slug.endsWith('-');
        expect(SLUG_PATTERN.test(slug)).toBe(safe);
      }),
    );
  });
});

describe('chapters', () => {
  it('must start later than the chapter before; one second apart is fine', () => {
    const ok = [
      { startTime: 0, title: 'Intro' },
      { startTime: 1, title: 'Next' },
    ];
    expect(messages(episode({ chapters: ok }))).toEqual([]);
    const same = [
      { startTime: 5, title: 'Intro' },
      { startTime: 5, title: 'Again' },
    ];
    expect(messages(episode({ chapters: same }))).toEqual([
      'chapters.1.startTime must be later than the chapter before it (5 s): chapters are out of order',
    ]);
  });

  it('may begin after 0 and may be absent or left empty', () => {
    expect(episodeSchema.parse(episode({ chapters: [{ startTime: 120, title: 'Late start' }] })).chapters).toHaveLength(1);
    expect(episodeSchema.parse(episode()).chapters).toEqual([]);
    expect(episodeSchema.parse(episode({ chapters: null })).chapters).toEqual([]);
  });

  it('keeps a title exactly as written, trimmed of surrounding space', () => {
    const parsed = episodeSchema.parse(episode({ chapters: [{ startTime: 0, title: ' <Untitled Chapter 1> ' }] }));
    expect(parsed.chapters[0]?.title).toBe('<Untitled Chapter 1>');
  });

  it('reject NaN and infinite times', () => {
    expect(messages(episode({ chapters: [{ startTime: Number.NaN, title: 'A' }] }))).toEqual([
      'chapters.0.startTime must be a number of seconds',
    ]);
    expect(messages(episode({ chapters: [{ startTime: Number.POSITIVE_INFINITY, title: 'A' }] }))).toHaveLength(1);
  });
});

describe('what reaches the app', () => {
  it('leaves out front-matter keys the schema does not know', () => {
    const parsed = episodeSchema.parse(episode({ draftNotes: 'secret', chapters: [{ startTime: 0, title: 'A', private: 1 }] }));
    expect(parsed).not.toHaveProperty('draftNotes');
    expect(parsed.chapters[0]).not.toHaveProperty('private');
  });

  it('a duration of 0 passes the schema (the build warns), a negative one does not', () => {
    expect(messages(episode({ duration: 0 }))).toEqual([]);
    expect(messages(episode({ duration: -1 }))).toEqual(['duration must not be negative']);
  });

  it('a show needs a name; hosts default to none', () => {
    expect(showSchema.parse({ name: 'Rawkode Live' })).toEqual({ name: 'Rawkode Live', hosts: [] });
    expect(showSchema.safeParse({ name: '' }).error?.issues[0]?.message).toBe('must not be empty');
  });
});
