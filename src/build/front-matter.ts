// Splits a content file into its front-matter data, or says exactly where and why it cannot.
import matter from 'gray-matter';
import { isCalendarDate } from '../content/schema.ts';
import type { SourcePosition } from './problems.ts';

export type FrontMatter =
  | {
      ok: true;
      data: unknown;
      /**
       * The YAML between the `---` lines, starting right after the first one, so
       * that line N of it is line N of the file.
       */
      yaml: string;
    }
  | ({ ok: false; message: string } & SourcePosition);

/** The closing `---` line (gray-matter looks for the same). */
const CLOSING_LINE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** What js-yaml (inside gray-matter) throws, with a 0-based position in the YAML it read. */
interface YamlException {
  reason?: string;
  mark?: { line: number; column: number };
}

export function readFrontMatter(fileText: string): FrontMatter {
  const text = fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText;
  const firstLineEnd = text.search(/\r?\n|$/);
  if (text.slice(0, firstLineEnd).trimEnd() !== '---') {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: 'has no front-matter: the file must start with a line `---`, then YAML, then a line `---`',
    };
  }
  if (!CLOSING_LINE.test(text.slice(firstLineEnd))) {
    return { ok: false, line: 1, column: 1, message: 'front-matter is not closed: no line `---` after it' };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // The options object matters: without one, gray-matter caches by text
    // before parsing, and text that failed once later reads as `data: {}`.
    parsed = matter(text, {});
  } catch (error) {
    const { reason, mark } = error as YamlException;
    // js-yaml counts from 0 in text that starts right after the opening `---`,
    // which is on line 1 of the file.
    return {
      ok: false,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1,
      message: `YAML syntax error: ${reason ?? String(error)}`,
    };
  }
  const yaml = parsed.matter ?? '';
  return { ok: true, data: keepImpossibleDatesAsWritten(parsed.data, yaml), yaml };
}

/**
 * js-yaml turns an unquoted `2022-02-30` into 2 March without a word. Hand such
 * a top-level value to the schema as the text written, so it reports it.
 */
function keepImpossibleDatesAsWritten(data: unknown, yaml: string): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const record = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!(value instanceof Date)) continue;
    const written = new RegExp(`^${escapeRegExp(key)}[ \\t]*:[ \\t]*(\\S+)`, 'm').exec(yaml)?.[1];
    if (written !== undefined && !isCalendarDate(written)) record[key] = written;
  }
  return record;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
