// Reading episodes' captions at build time: from the public folder for the local mirror, over
// HTTP otherwise, kept between builds, and never an error or a long wait.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTranscripts, unreadableCaptionsWarning } from '@/build/transcripts';

const CAPTIONS = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Sample Narrator>Hello &amp; welcome\n';
const cuesOf = (text: string, speaker?: string) => [{ start: 1, end: 3, text, ...(speaker && { speaker }) }];

let temporary: string;
beforeAll(async () => {
  temporary = await mkdtemp(path.join(tmpdir(), 'transcripts-'));
});
afterAll(async () => {
  await rm(temporary, { recursive: true, force: true });
});

describe('readTranscripts from the local mirror (a media base that is a path)', () => {
  it('reads <publicDir>/<base>/videos/<id>/captions/en.vtt; a missing file is no transcript and no problem', async () => {
    const publicDir = path.join(temporary, 'public');
    const folder = (id: string) => path.join(publicDir, 'media', 'videos', id, 'captions');
    await mkdir(folder('good'), { recursive: true });
    await writeFile(path.join(folder('good'), 'en.vtt'), CAPTIONS);
    await mkdir(folder('garbage'), { recursive: true });
    await writeFile(path.join(folder('garbage'), 'en.vtt'), '<html>oops</html>');
    await mkdir(folder('empty'), { recursive: true });
    await writeFile(path.join(folder('empty'), 'en.vtt'), 'WEBVTT\n');

    const result = await readTranscripts(['good', 'missing', 'garbage', 'empty', '../../../etc'], { mediaBase: '/media/', publicDir });
    expect([...result.transcripts]).toEqual([['good', cuesOf('Hello & welcome', 'Sample Narrator')]]);
    expect(result.unreadable).toEqual([
      { videoId: 'garbage', reason: 'not WebVTT' },
      { videoId: '../../../etc', reason: 'not a file in the public folder' },
    ]);
  });
});

describe('readTranscripts over HTTP', () => {
  let server: Server;
  let base: string;
  const requests: Array<{ url: string; ifNoneMatch: string | undefined }> = [];
  const hanging = new Set<ServerResponse>();

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      requests.push({ url: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] });
      const [, kind] = /^\/([a-z]+)\//.exec(request.url ?? '') ?? [];
      if (kind === 'ok') {
        if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end();
        return response.writeHead(200, { 'content-type': 'text/vtt', etag: '"v1"' }).end(CAPTIONS);
      }
      if (kind === 'garbage') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Welcome to our CDN');
      if (kind === 'broken') return response.writeHead(500).end('no');
      if (kind === 'slow') return void setTimeout(() => response.writeHead(200).end(CAPTIONS), 150);
      if (kind === 'hang') return void hanging.add(response);
      response.writeHead(404).end('Not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const response of hanging) response.destroy();
    hanging.clear();
    requests.length = 0;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const options = (kind: string, more: Partial<Parameters<typeof readTranscripts>[1]> = {}) => ({
    mediaBase: `${base}/${kind}`,
    publicDir: path.join(temporary, 'unused'),
    ...more,
  });

  it('fetches <base>/videos/<id>/captions/en.vtt', async () => {
    const result = await readTranscripts(['a', 'b'], options('ok'));
    expect(result.transcripts.get('a')).toEqual(cuesOf('Hello & welcome', 'Sample Narrator'));
    expect(result.transcripts.get('b')).toEqual(cuesOf('Hello & welcome', 'Sample Narrator'));
    expect(result.unreadable).toEqual([]);
    expect(requests.map(({ url }) => url).sort()).toEqual(['/ok/videos/a/captions/en.vtt', '/ok/videos/b/captions/en.vtt']);
  });

  it('takes a 404 for no captions, with nothing to warn about', async () => {
    const result = await readTranscripts(['a'], options('missing'));
    expect(result).toEqual({ transcripts: new Map(), unreadable: [] });
    expect(unreadableCaptionsWarning(result, 1)).toBeUndefined();
  });

  it('counts a page that is not WebVTT, or an error status, as unreadable', async () => {
    expect((await readTranscripts(['a'], options('garbage'))).unreadable).toEqual([{ videoId: 'a', reason: 'not WebVTT' }]);
    expect((await readTranscripts(['a'], options('broken'))).unreadable).toEqual([{ videoId: 'a', reason: 'HTTP 500' }]);
  });

  it('gives up on a host that does not answer after one request timeout, asking it nothing more', async () => {
    const ids = Array.from({ length: 50 }, (_, index) => `video-${index}`);
    const started = performance.now();
    const result = await readTranscripts(ids, options('hang', { requestTimeoutMs: 300, concurrency: 4 }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.transcripts.size).toBe(0);
    expect(result.unreadable).toHaveLength(50);
    expect(result.unreadable[0]?.reason).toBe(`${base} did not answer (timed out)`);
    expect(requests.length).toBeLessThanOrEqual(4);
  });

  it('stops reading when the time for the whole reading is up', async () => {
    const ids = Array.from({ length: 40 }, (_, index) => `video-${index}`);
    const started = performance.now();
    const result = await readTranscripts(ids, options('slow', { totalTimeoutMs: 400, concurrency: 2 }));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result.transcripts.size).toBeGreaterThan(0);
    expect(result.transcripts.size).toBeLessThan(40);
    expect(result.unreadable.every(({ reason }) => reason === 'out of time')).toBe(true);
    expect(result.transcripts.size + result.unreadable.length).toBe(40);
  });

  it('returns at once when the host does not exist, asking it once', async () => {
    const ids = Array.from({ length: 100 }, (_, index) => `video-${index}`);
    const started = performance.now();
    // `.invalid` never resolves (RFC 2606). (This machine's network answers 10.255.255.1 itself.)
    const result = await readTranscripts(ids, { mediaBase: 'https://captions.invalid', publicDir: temporary, concurrency: 1 });
    expect(performance.now() - started).toBeLessThan(3500);
    expect(result.unreadable).toHaveLength(100);
    expect(result.unreadable[99]).toEqual({ videoId: 'video-99', reason: expect.stringMatching(/^https:\/\/captions\.invalid did not answer \((ENOTFOUND|EAI_AGAIN|timed out)\)$/) });
  });

  it('keeps what it read between builds: used as is while fresh, revalidated by ETag, and used when the host is gone', async () => {
    // A host of its own, to take away at the end.
    const own = createServer((request, response) => {
      requests.push({ url: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] });
      if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end();
      if (request.url?.includes('/none/')) return response.writeHead(404).end();
      response.writeHead(200, { etag: '"v1"' }).end(CAPTIONS);
    });
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
    const mediaBase = `http://127.0.0.1:${(own.address() as AddressInfo).port}`;
    const cacheDir = path.join(temporary, 'cache');
    let clock = 1_000_000;
    const read = (ids: string[]) =>
      readTranscripts(ids, {
        mediaBase,
        publicDir: temporary,
        cacheDir,
        now: () => clock,
      });
    const expected = cuesOf('Hello & welcome', 'Sample Narrator');

    expect(await read(['a', 'none'])).toEqual({ transcripts: new Map([['a', expected]]), unreadable: [] });
    expect(requests).toHaveLength(2);

    // Fresh: no request at all, for the captions or for the 404.
    requests.length = 0;
    expect(await read(['a', 'none'])).toEqual({ transcripts: new Map([['a', expected]]), unreadable: [] });
    expect(requests).toHaveLength(0);

    // Older than the max age: asked again with the ETag; a 304 keeps the copy.
    clock += 2 * 60 * 60 * 1000;
    expect((await read(['a'])).transcripts.get('a')).toEqual(expected);
    expect(requests).toEqual([{ url: '/videos/a/captions/en.vtt', ifNoneMatch: '"v1"' }]);

    // The host goes away: the copies stand in, with nothing to warn about.
    clock += 2 * 60 * 60 * 1000;
    own.closeAllConnections();
    await new Promise((resolve) => own.close(resolve));
    expect(await read(['a', 'none'])).toEqual({ transcripts: new Map([['a', expected]]), unreadable: [] });
    // One never read before has no copy: that one is unreadable.
    expect((await read(['b'])).unreadable).toEqual([{ videoId: 'b', reason: expect.stringMatching(/did not answer \(ECONNREFUSED\)$/) }]);
  });
});

describe('unreadableCaptionsWarning', () => {
  it('is one line counting the unreadable files, with the first few reasons', () => {
    expect(unreadableCaptionsWarning({ unreadable: [] }, 3)).toBeUndefined();
    expect(
      unreadableCaptionsWarning(
        {
          unreadable: [
            { videoId: 'a', reason: 'https://cdn.example did not answer (timed out)' },
            { videoId: 'b', reason: 'https://cdn.example did not answer (timed out)' },
            { videoId: 'c', reason: 'https://cdn.example did not answer (timed out)' },
            { videoId: 'd', reason: 'https://cdn.example did not answer (timed out)' },
            { videoId: 'e', reason: 'not WebVTT' },
          ],
        },
        309,
      ),
    ).toBe(
      'Captions: 5 of 309 episodes could not be read (https://cdn.example did not answer (timed out): a, b, c, and 1 more; not WebVTT: e); their pages have no transcript',
    );
  });
});
