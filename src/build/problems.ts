// What is wrong with content, where, and how to say it in the terminal and the dev overlay.
import path from 'node:path';

export type Severity = 'error' | 'warning';

/** A line and column in a content file, both counted from 1 as editors do. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ContentProblem extends SourcePosition {
  severity: Severity;
  /** Absolute path of the content file. */
  file: string;
  /** The front-matter field, e.g. `chapters[3].startTime`; absent for the file as a whole. */
  field?: string;
  /** The rest of a sentence that starts with the field, e.g. `must not be negative`. */
  message: string;
  /** A few lines of the file around the spot, with a caret under it. */
  frame?: string;
}

/** `chapters[3].startTime` from zod's `['chapters', 3, 'startTime']`. */
export function fieldPath(keys: readonly PropertyKey[]): string {
  return keys
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/**
 * A path that opens from the terminal: relative to the working directory for
 * a file inside it (`content/episodes/a.md`), else absolute — the same file is
 * named the same way wherever the project is checked out.
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** `content/episodes/a.md:12:18 chapters[3].startTime must not be negative` */
export function formatProblem(problem: ContentProblem): string {
  const where = `${displayPath(problem.file)}:${problem.line}:${problem.column}`;
  return problem.field ? `${where} ${problem.field} ${problem.message}` : `${where} ${problem.message}`;
}

/** Orders problems as a reader scans them: by file, then down the file. */
export function byFileAndLine(a: ContentProblem, b: ContentProblem): number {
  const byFile = a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return byFile || a.line - b.line || a.column - b.column;
}

/**
 * The lines around a position with a caret under the column, the shape Vite's
 * overlay and terminal print under an error.
 */
export function codeFrame(text: string, { line, column }: SourcePosition, context = 2): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number += 1) {
    const gutter = String(number).padStart(width);
    rows.push(`${number === line ? '>' : ' '} ${gutter} | ${lines[number - 1] ?? ''}`);
    if (number === line) rows.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return rows.join('\n');
}

/** One message for every error, so a single run shows them all. */
export function describeErrors(errors: readonly ContentProblem[]): string {
  const files = new Set(errors.map((error) => error.file)).size;
  const heading =
    `Content has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}` +
    ` in ${files} ${files === 1 ? 'file' : 'files'}:`;
  return [heading, ...errors.map((error) => `  ${formatProblem(error)}`)].join('\n');
}

/**
 * The shape Rollup and Vite expect from `this.error()`: the message lists every
 * problem; `id`, `loc` and `frame` point the overlay and the editor link at the first.
 */
export function contentError(errors: readonly ContentProblem[]) {
  const first = errors[0];
  return {
    message: describeErrors(errors),
    ...(first && {
      id: first.file,
      loc: { file: first.file, line: first.line, column: first.column },
      frame: first.frame,
    }),
  };
}
