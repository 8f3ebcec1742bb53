// One content file, read and validated on its own: its value, or every problem in it.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  episodeSchema,
  personSchema,
  showSchema,
  technologySchema,
  type Episode,
  type Person,
  type Show,
  type Technology,
} from '../content/schema.ts';
import { startsBeforeEnd } from '../content/site.ts';
import type { ContentFile } from './content-files.ts';
import { fieldLocator } from './field-location.ts';
import { readFrontMatter } from './front-matter.ts';
import { readableEpisode } from './readable-text.ts';
import { codeFrame, fieldPath, type ContentProblem, type Severity, type SourcePosition } from './problems.ts';

export type ParsedFile =
  | { kind: 'episode'; file: string; value: Episode | undefined; problems: ContentProblem[] }
  | { kind: 'show'; file: string; value: Show | undefined; problems: ContentProblem[] }
  | { kind: 'technology'; file: string; value: Technology | undefined; problems: ContentProblem[] }
  | { kind: 'person'; file: string; value: Person | undefined; problems: ContentProblem[] };

/** Words for the types zod names, so messages read as English. */
const EXPECTED: Record<string, string> = {
  object: 'a mapping of keys to values',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date',
};

/**
 * Messages for the checks the schema does not word itself, in the same shape:
 * the rest of a sentence that starts with the field path.
 */
const fallbackMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is required';
  return `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
};

export function parseContentFile(content: ContentFile, text: string): ParsedFile {
  const { kind, file } = content;
  const frontMatter = readFrontMatter(text);
  if (!frontMatter.ok) {
    const { line, column, message } = frontMatter;
    const problem: ContentProblem = { severity: 'error', file, line, column, message, frame: codeFrame(text, frontMatter) };
    return { kind, file, value: undefined, problems: [problem] };
  }

  const { data, yaml } = frontMatter;
  // Locating fields builds a YAML syntax tree: only files with a problem pay for it.
  let locate: ReturnType<typeof fieldLocator> | undefined;
  const problemAt = (keys: readonly PropertyKey[], severity: Severity, message: string): ContentProblem => {
    locate ??= fieldLocator(yaml);
    const position = locate(keys);
    return {
      severity,
      file,
      ...position,
      ...(keys.length > 0 ? { field: fieldPath(keys), message } : { message: `front-matter ${message}` }),
      frame: codeFrame(text, position),
    };
  };

  const failed = (issues: readonly z.core.$ZodIssue[]) => ({
    kind,
    file,
    value: undefined,
    problems: issues.map((issue) => problemAt(issue.path, 'error', issue.message)),
  });

  switch (kind) {
    case 'episode': {
      const result = episodeSchema.safeParse(data, { error: fallbackMessage });
      if (!result.success) return failed(result.error.issues);
      // Published as people read it (readable-text.ts): every page, feed and index gets the same text.
      return { kind, file, value: readableEpisode(result.data), problems: episodeWarnings(result.data, problemAt) };
    }
    case 'show': {
      const result = showSchema.safeParse(data, { error: fallbackMessage });
      if (!result.success) return failed(result.error.issues);
      return { kind, file, value: { id: content.id, ...result.data }, problems: [] };
    }
    case 'technology': {
      const result = technologySchema.safeParse(data, { error: fallbackMessage });
      if (!result.success) return failed(result.error.issues);
      return { kind, file, value: { id: content.id, ...result.data }, problems: [] };
    }
    case 'person': {
      const result = personSchema.safeParse(data, { error: fallbackMessage });
      if (!result.success) return failed(result.error.issues);
      return { kind, file, value: { id: content.id, ...result.data }, problems: [] };
    }
  }
}

/** What is odd about a valid episode but does not stop it being published. */
function episodeWarnings(
  episode: Episode,
  problemAt: (keys: readonly PropertyKey[], severity: Severity, message: string) => ContentProblem,
): ContentProblem[] {
  if (episode.duration === 0) {
    const message = "is 0: the episode's length is unknown until its video loads, so its chapters track is empty";
    return [problemAt(['duration'], 'warning', message)];
  }
  // Chapters only go forward, so once one starts past the end, all after it do too: one warning says it.
  const late = chaptersPastTheEnd(episode);
  const first = late[0];
  if (first === undefined) return [];
  const more = late.length - 1;
  const message =
    `${episode.chapters[first]?.startTime} s is at or after the end of the episode (duration ${episode.duration} s)` +
    (more === 0 ? '' : more === 1 ? ', and so is the chapter after it' : `, and so are the ${more} chapters after it`) +
    `: the chapters track leaves ${more === 0 ? 'it' : 'them'} out`;
  return [problemAt(['chapters', first, 'startTime'], 'warning', message)];
}

/** Indexes of chapters that start at or after the episode's declared end. */
export function chaptersPastTheEnd(episode: Episode): number[] {
  const indexes: number[] = [];
  episode.chapters.forEach((chapter, index) => {
    if (!startsBeforeEnd(chapter, episode.duration)) indexes.push(index);
  });
  return indexes;
}

/** Where fields of a file are, with the lines around them. */
export type FileLocator = (keys: readonly PropertyKey[]) => SourcePosition & { frame: string };

/**
 * Locates fields in a file that was valid on its own, for problems found by
 * looking across files (a duplicate slug, an unknown show). Those are rare, so
 * the file is read again rather than every file's text being kept.
 */
export function locatorForFile(file: string): FileLocator {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Gone since it was parsed: the dev server hears of that next and reparses.
  }
  const frontMatter = readFrontMatter(text);
  const locate = frontMatter.ok ? fieldLocator(frontMatter.yaml) : () => ({ line: 1, column: 1 });
  return (keys) => {
    const position = locate(keys);
    return { ...position, frame: codeFrame(text, position) };
  };
}
