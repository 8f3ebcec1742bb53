// The headers a host that reads dist/_headers (Netlify, Cloudflare Pages)
// would send, for the local servers of the tests and benchmarks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../../src/build/host-headers';

/** A function from a request's URL to the headers `dir/_headers` gives it (none when the file is missing). */
export async function hostHeaders(dir: string): Promise<(url: string | undefined) => Array<[string, string]>> {
  let rules: HeaderRule[] = [];
  try {
    rules = parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8'));
  } catch {
    // No _headers: a host without rules.
  }
  return (url) => headersForPath(rules, new URL(url ?? '/', 'http://host.invalid').pathname);
}
