// Episodes' captions read at build time, as transcripts (product.md, Transcripts): the cues of
// `captions/en.vtt` under the media base, read from the site's public folder when the base is a
// path on the site (`/media`, the local mirror) and over HTTP otherwise, kept between builds.
// A file that cannot be read leaves its episode without a transcript, never fails the build, and
// never holds it up for long: every request, and the reading as a whole, has a time limit.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webvtt from 'webvtt-parser';
import type { CueTextNode } from 'webvtt-parser';
import htmlEntities from 'webvtt-parser/html-entities.json' with { type: 'json' };
import { mediaUrls } from '../content/site.ts';

export interface TranscriptCue {
  /** Seconds. */
  start: number;
  end: number;
  /** The words, as text: never markup. */
  text: string;
  /** Who speaks, from the cue's voice tag (`<v Ariadne>`). */
  speaker?: string;
}

/** Every named character reference, as the WebVTT specification decodes them (the parser's default knows six). */
const ENTITIES: Record<string, string> = htmlEntities;
const SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/;

/** Whether a file is WebVTT at all: it starts with the `WEBVTT` signature. */
export const isWebVtt = (text: string) => SIGNATURE.test(text);

/** An episode's cues in time order; a captions file that is not WebVTT, or has no cues, gives none. */
export function parseTranscript(vtt: string): TranscriptCue[] | undefined {
  if (!isWebVtt(vtt)) return undefined;
  // The parser records a missing signature as an error and reads on, hence the check above; its
  // other errors are an author's slips that it recovers from as a browser does, so they are ignored.
  const { cues } = new webvtt.WebVTTParser(ENTITIES).parse(vtt);
  const transcript: TranscriptCue[] = [];
  for (const cue of cues) {
    const { text, speaker } = cueWords(cue.tree.children);
    if (text === '') continue;
    transcript.push(speaker === undefined ? { start: cue.startTime, end: cue.endTime, text } : { start: cue.startTime, end: cue.endTime, text, speaker });
  }
  return transcript.length > 0 ? transcript : undefined;
}

/**
 * A cue's words: the text of every node with its tags dropped, lines and runs of spaces joined by
 * one space. The first voice names the cue's speaker; another voice later in the same cue is
 * written into the text (`Ariadne: …`), so no words lose who said them.
 */
function cueWords(nodes: readonly CueTextNode[]): { text: string; speaker?: string } {
  let speaker: string | undefined;
  const collect = (children: readonly CueTextNode[]): string =>
    children
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type !== 'object') return '';
        if (node.name !== 'v') return collect(node.children);
        const name = voiceName(node.value);
        if (name === undefined) return collect(node.children);
        if (speaker === undefined) speaker = name;
        else if (name !== speaker) return ` ${name}: ${collect(node.children)}`;
        return collect(node.children);
      })
      .join('');
  const text = collect(nodes).replace(/\s+/g, ' ').trim();
  return speaker === undefined ? { text } : { text, speaker };
}

/** A voice tag's annotation as a name: character references decoded (the parser leaves them), spaces tidied. */
function voiceName(annotation: string | undefined): string | undefined {
  const name = annotation
    ?.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (reference, body: string) => {
      if (body.startsWith('#')) {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
      }
      return ENTITIES[reference] ?? reference;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return name ? name : undefined;
}

// --- reading ----------------------------------------------------------------------------------

export interface ReadTranscriptsOptions {
  /** The media base as configured (VITE_MEDIA_BASE_URL): a path on the site (`/media`) or an absolute URL. */
  mediaBase: string;
  /** The site's public folder (Vite's `publicDir`), which holds a path base's files. */
  publicDir: string;
  /** Where captions fetched over HTTP are kept between builds; without one, nothing is kept. */
  cacheDir?: string;
  /** How long one request may take; default 3 s. */
  requestTimeoutMs?: number;
  /** How long the reading may take in all; default 10 s. Files not read by then are unreadable. */
  totalTimeoutMs?: number;
  /** Requests at once; default 8. */
  concurrency?: number;
  /** How long a kept copy is used without asking the host again; default an hour. */
  maxAgeMs?: number;
  /** For tests. */
  fetch?: typeof fetch;
  /** For tests: the time now, in milliseconds. */
  now?: () => number;
}

export interface UnreadableCaptions {
  videoId: string;
  /** What went wrong, in a few words: `HTTP 500`, `not WebVTT`, `timed out`. */
  reason: string;
}

export interface Transcripts {
  /** By video id: the episodes whose captions were read and hold cues. */
  transcripts: Map<string, TranscriptCue[]>;
  /** Captions that exist (or may) but could not be read. A missing file (404) is not one: that episode has no captions. */
  unreadable: UnreadableCaptions[];
}

/** What one episode's captions came to. */
type Outcome = { cues: TranscriptCue[] } | { missing: true } | { unreadable: string };

/** Reads the captions of every video, a few at a time; never throws for a file. */
export async function readTranscripts(videoIds: Iterable<string>, options: ReadTranscriptsOptions): Promise<Transcripts> {
  const ids = [...new Set(videoIds)];
  const read = captionsReader(options);
  const transcripts = new Map<string, TranscriptCue[]>();
  const unreadable: UnreadableCaptions[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const videoId = ids[next++]!;
      let outcome: Outcome;
      try {
        outcome = await read(videoId);
      } catch (error) {
        outcome = { unreadable: reasonOf(error) };
      }
      if ('cues' in outcome) transcripts.set(videoId, outcome.cues);
      else if ('unreadable' in outcome) unreadable.push({ videoId, reason: outcome.unreadable });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, ids.length)) }, worker));
  // In the order asked, whatever order the requests finished in.
  const order = new Map(ids.map((id, index) => [id, index]));
  unreadable.sort((a, b) => order.get(a.videoId)! - order.get(b.videoId)!);
  return { transcripts: new Map(ids.filter((id) => transcripts.has(id)).map((id) => [id, transcripts.get(id)!])), unreadable };
}

/** The one line a build prints when some captions could not be read; nothing when all could. */
export function unreadableCaptionsWarning({ unreadable }: Pick<Transcripts, 'unreadable'>, episodeCount: number): string | undefined {
  if (unreadable.length === 0) return undefined;
  const reasons = new Map<string, string[]>();
  for (const { videoId, reason } of unreadable) reasons.set(reason, [...(reasons.get(reason) ?? []), videoId]);
  const shown = [...reasons]
    .slice(0, 3)
    .map(([reason, videoIds]) => `${reason}: ${videoIds.slice(0, 3).join(', ')}${videoIds.length > 3 ? `, and ${videoIds.length - 3} more` : ''}`);
  const more = reasons.size > 3 ? `; ${reasons.size - 3} other reasons` : '';
  return `Captions: ${unreadable.length} of ${episodeCount} episodes could not be read (${shown.join('; ')}${more}); their pages have no transcript`;
}

/** A copy of a captions file kept between builds, or the note that there is none on the host. */
interface CachedCaptions {
  url: string;
  /** When the host last confirmed it (ms since the epoch). */
  checkedAt: number;
  missing?: boolean;
  etag?: string;
  lastModified?: string;
  body?: string;
}

/** Captions larger than this are not captions (an hour of speech is ~100 KB). */
const MAX_CAPTIONS_BYTES = 20 * 1024 * 1024;

function captionsReader(options: ReadTranscriptsOptions): (videoId: string) => Promise<Outcome> {
  const base = options.mediaBase.trim().replace(/\/+$/, '');
  if (base.startsWith('/') && !base.startsWith('//')) {
    // No public folder (Vite's `publicDir: false`): the site serves nothing under the base.
    if (!options.publicDir) return async () => ({ missing: true });
    return (videoId) => readLocalCaptions(videoId, base, options.publicDir);
  }

  const fetchCaptions = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const requestTimeoutMs = options.requestTimeoutMs ?? 3000;
  const maxAgeMs = options.maxAgeMs ?? 60 * 60 * 1000;
  const allDone = AbortSignal.timeout(options.totalTimeoutMs ?? 10_000);
  const absoluteBase = base.startsWith('//') ? `https:${base}` : base;
  // Once a host has not answered, the build asks it nothing more: hundreds of requests that each
  // wait out their timeout would make an unreachable host a slow build. Kept copies stand in.
  const unreachable = new Map<string, string>();

  return async (videoId) => {
    const url = mediaUrls(absoluteBase, videoId).captions;
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return { unreadable: `not a URL (${url})` };
    }
    const cached = options.cacheDir ? await readCache(options.cacheDir, url) : undefined;
    if (cached && now() - cached.checkedAt < maxAgeMs) return outcomeOf(cached);
    const fallBack = (reason: string): Outcome => (cached ? outcomeOf(cached) : { unreadable: reason });
    const downReason = unreachable.get(origin);
    if (downReason !== undefined) return fallBack(downReason);
    if (allDone.aborted) return fallBack('out of time');

    let response: Response;
    const headers: Record<string, string> = {};
    if (cached?.etag) headers['If-None-Match'] = cached.etag;
    if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;
    try {
      response = await fetchCaptions(url, { headers, signal: AbortSignal.any([AbortSignal.timeout(requestTimeoutMs), allDone]) });
    } catch (error) {
      const reason = allDone.aborted ? 'out of time' : `${origin} did not answer (${reasonOf(error)})`;
      if (!allDone.aborted) unreachable.set(origin, reason);
      return fallBack(reason);
    }

    const keep = async (entry: CachedCaptions) => {
      if (options.cacheDir) await writeCache(options.cacheDir, entry);
      return outcomeOf(entry);
    };
    if (response.status === 304 && cached) return keep({ ...cached, checkedAt: now() });
    if (response.status === 404 || response.status === 410) {
      await response.body?.cancel();
      return keep({ url, checkedAt: now(), missing: true });
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fallBack(`HTTP ${response.status}`);
    }
    let body: string;
    try {
      body = await readBody(response);
    } catch (error) {
      return fallBack(allDone.aborted ? 'out of time' : reasonOf(error));
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return keep({ url, checkedAt: now(), body, ...(etag && { etag }), ...(lastModified && { lastModified }) });
  };
}

/** A file under the public folder, at the base's path: the local mirror. */
async function readLocalCaptions(videoId: string, base: string, publicDir: string): Promise<Outcome> {
  const sitePath = decodeURIComponent(mediaUrls(base, videoId).captions);
  const root = path.resolve(publicDir);
  const file = path.resolve(root, `.${sitePath}`);
  // A video id is an author's text: it must not lead out of the public folder.
  if (!file.startsWith(root + path.sep)) return { unreadable: 'not a file in the public folder' };
  let body: string;
  try {
    body = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { unreadable: reasonOf(error) };
  }
  return outcomeOfText(body);
}

function outcomeOf(entry: CachedCaptions): Outcome {
  return entry.missing || entry.body === undefined ? { missing: true } : outcomeOfText(entry.body);
}

function outcomeOfText(body: string): Outcome {
  if (!isWebVtt(body)) return { unreadable: 'not WebVTT' };
  const cues = parseTranscript(body);
  // A WebVTT file with no cues is captions that say nothing: no transcript, nothing to warn of.
  return cues ? { cues } : { missing: true };
}

/** The body as text, refusing one too large to be captions. */
async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_CAPTIONS_BYTES) {
    await response.body?.cancel();
    throw new Error('too large');
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CAPTIONS_BYTES) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const cacheFile = (cacheDir: string, url: string) => path.join(cacheDir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);

async function readCache(cacheDir: string, url: string): Promise<CachedCaptions | undefined> {
  try {
    const entry = JSON.parse(await readFile(cacheFile(cacheDir, url), 'utf8')) as CachedCaptions;
    return entry.url === url && typeof entry.checkedAt === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (builds may run side by side): a temporary file renamed into place. */
async function writeCache(cacheDir: string, entry: CachedCaptions): Promise<void> {
  const file = cacheFile(cacheDir, entry.url);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written costs the next build a request, nothing more.
  }
}

/** An error in a few words: `timed out`, `ENOTFOUND`, `ECONNREFUSED`. */
function reasonOf(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (cause instanceof Error && cause.name === 'TimeoutError') return 'timed out';
  return error instanceof Error ? error.message : String(error);
}
