// The authors' check (`npm run check:content`): validates a content root as the
// build does, with the build's own store and messages, without building the
// site. scripts/check-content.ts is the command; this is its logic.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentStore } from './content-store.ts';
import { describeErrors, displayPath, formatProblem, type ContentProblem } from './problems.ts';

export type ReportFormat = 'text' | 'github';

export interface CheckOptions {
  /** The content root, absolute. */
  contentDir: string;
  /** Warnings fail the check too (`CONTENT_STRICT=1`), as they fail a strict build. */
  strict: boolean;
  format: ReportFormat;
}

export interface CheckReport {
  /** 0: no errors; 1: errors (in strict mode, warnings count); 2: the check could not run. */
  exitCode: 0 | 1 | 2;
  /** What to print, one line each. */
  lines: string[];
}

export const USAGE = [
  'Usage: npm run check:content [-- --format text|github]',
  '',
  'Validates the content root in CONTENT_DIR (default content/) without building the site.',
  '  --format text    the build\'s messages (default)',
  '  --format github  one GitHub Actions annotation per problem (::error file=…,line=…,col=…::…)',
  'CONTENT_STRICT=1 fails on warnings too.',
].join('\n');

/** The options from the command line and the environment, or what is wrong with them. */
export function checkOptionsFrom(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): CheckOptions | { help: true } | { error: string } {
  let format: ReportFormat = 'text';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const value = arg === '--format' ? args[++index] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value === undefined) return { error: arg === '--format' ? '--format needs a value: text or github' : `Unknown argument: ${arg}` };
    if (value !== 'text' && value !== 'github') return { error: `--format must be text or github, not "${value}"` };
    format = value;
  }
  return {
    contentDir: path.resolve(cwd, env.CONTENT_DIR?.trim() || 'content'),
    strict: env.CONTENT_STRICT === '1',
    format,
  };
}

/** Reads and validates every content file under the root, and says what is wrong, as the build would. */
export async function checkContent({ contentDir, strict, format }: CheckOptions): Promise<CheckReport> {
  const isFolder = await stat(contentDir).then(
    (found) => found.isDirectory(),
    () => false,
  );
  if (!isFolder) return { exitCode: 2, lines: [`No content root at ${contentDir} (set CONTENT_DIR to a folder)`] };

  const store = new ContentStore({ contentDir, strict });
  const { errors, warnings } = await store.snapshot();
  const files = store.files().length;
  const summary =
    `Checked ${files} ${files === 1 ? 'file' : 'files'} in ${displayPath(contentDir)}: ` +
    `${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}.`;
  const problems =
    format === 'github'
      ? [...errors, ...warnings].sort(byFile).map(githubAnnotation)
      : // The build's words: each warning on a line of its own, then every error under one heading.
        [...warnings.map(formatProblem), ...(errors.length > 0 ? [describeErrors(errors)] : [])];
  return { exitCode: errors.length > 0 ? 1 : 0, lines: [...problems, summary] };
}

const count = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

const byFile = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);

/**
 * A problem as a GitHub Actions workflow command, which GitHub shows as an
 * annotation on the file's line in a pull request. The message is what the
 * build says after the file's position.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
export function githubAnnotation(problem: ContentProblem): string {
  const message = problem.field ? `${problem.field} ${problem.message}` : problem.message;
  const properties = [
    `file=${escapeProperty(displayPath(problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
  ].join(',');
  return `::${problem.severity} ${properties}::${escapeData(message)}`;
}

/** A command's message: `%`, CR and LF would otherwise end or garble the command. */
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property's value: also `:` and `,`, which separate properties from each other and from the message. */
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
