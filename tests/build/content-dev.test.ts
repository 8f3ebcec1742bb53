// The dev server with the content plugin: edits show up without a restart,
// only the edited file is read again, and a mistake shows the error overlay until it is fixed.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServer, type DevEnvironment, type HotPayload, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPluginApi } from '@/build/content-plugin';
import { CATALOG_ID, episodeModuleId, EPISODE_LOADERS_ID, SHOWS_ID } from '@/content/module-ids';
import { episodeMarkdown, lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

let site: ContentRoot;
let server: ViteDevServer;
let client: DevEnvironment;
let api: ContentPluginApi;
/** What the dev server told the browser: updates, reloads, errors for the overlay. */
let sentToBrowser: HotPayload[];
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  site = await makeContentRoot({
    'episodes/2022/intro.md': episodeMarkdown({ slug: 'intro', title: 'Introducing apko & melange', show: 'rawkode-live' }),
    'episodes/2023/follow-up.md': episodeMarkdown({ slug: 'follow-up', publishedAt: '2023-01-01T17:00:00.000Z' }),
    'shows/rawkode-live.md': lines('---', 'name: Rawkode Live', '---'),
  });
  logger = recordingLogger();
  // No listening socket unless a test asks for one; the file watcher runs regardless.
  server = await createServer({ ...viteConfig(site, logger), server: { ws: false, port: 0 } });
  client = server.environments.client;
  api = server.config.plugins.find((plugin) => plugin.name === 'rawkode:content')?.api as ContentPluginApi;
  sentToBrowser = [];
  const send = client.hot.send.bind(client.hot);
  vi.spyOn(client.hot, 'send').mockImplementation((payload: HotPayload | string, data?: unknown) => {
    if (typeof payload !== 'string') sentToBrowser.push(payload);
    return data === undefined ? send(payload as HotPayload) : send(payload as string, data);
  });
  // The page's entry, so that the content modules have an importer, as in a browser.
  await client.transformRequest('/main.js');
});

afterEach(async () => {
  await server.close();
  await site.cleanUp();
});

/** The code the browser gets for a virtual module now. */
const codeOf = async (id: string) => (await client.transformRequest(id))?.code ?? '';
/** Whether the module graph still holds a module's last result (i.e. it was not invalidated). */
const isCached = (id: string) => client.moduleGraph.getModuleById(`\0${id}`)?.transformResult != null;

async function waitForParses(count: number) {
  await vi.waitFor(() => expect(api.parseCount).toBe(count), { timeout: 10_000, interval: 20 });
}

describe('editing content while the dev server runs', () => {
  it('changing an episode reparses only that file and updates the modules that show it', async () => {
    expect(await codeOf(CATALOG_ID)).toContain('Introducing apko & melange');
    await codeOf(SHOWS_ID);
    await codeOf(episodeModuleId('intro'));
    await codeOf(episodeModuleId('follow-up'));
    const parsesBefore = api.parseCount;
    expect(parsesBefore).toBe(3);

    await site.write('episodes/2022/intro.md', episodeMarkdown({ slug: 'intro', title: 'apko & melange, revisited', show: 'rawkode-live' }));
    await waitForParses(parsesBefore + 1);
    await vi.waitFor(() => expect(sentToBrowser).not.toEqual([]));

    // Updated: what shows the title. Untouched: what does not.
    expect(isCached(CATALOG_ID)).toBe(false);
    expect(isCached(episodeModuleId('intro'))).toBe(false);
    expect(isCached(SHOWS_ID)).toBe(true);
    expect(isCached(episodeModuleId('follow-up'))).toBe(true);
    expect(await codeOf(CATALOG_ID)).toContain('apko & melange, revisited');
    expect(await codeOf(episodeModuleId('intro'))).toContain('apko & melange, revisited');
    expect(['update', 'full-reload']).toContain(sentToBrowser[0]?.type);
    expect(api.parseCount).toBe(parsesBefore + 1);
  });

  it('adding an episode file publishes it without a restart', async () => {
    await codeOf(CATALOG_ID);
    await codeOf(EPISODE_LOADERS_ID);
    await site.write('episodes/2024/brand-new.md', episodeMarkdown({ slug: 'brand-new', title: 'Brand New Episode' }));
    await waitForParses(4);

    // The catalog is invalidated just after the parse: wait for that, not for a fixed moment.
    await vi.waitFor(async () => expect(await codeOf(CATALOG_ID)).toContain('Brand New Episode'), { timeout: 10_000, interval: 20 });
    expect(await codeOf(EPISODE_LOADERS_ID)).toContain(episodeModuleId('brand-new'));
    expect(await codeOf(episodeModuleId('brand-new'))).toContain('Brand New Episode');
  });

  it('deleting an episode file unpublishes it, reading nothing again', async () => {
    await codeOf(CATALOG_ID);
    await codeOf(EPISODE_LOADERS_ID);
    await site.remove('episodes/2023/follow-up.md');
    await vi.waitFor(() => expect(isCached(EPISODE_LOADERS_ID)).toBe(false), { timeout: 10_000, interval: 20 });

    expect(await codeOf(CATALOG_ID)).not.toContain('follow-up');
    expect(await codeOf(EPISODE_LOADERS_ID)).not.toContain('follow-up');
    await expect(client.transformRequest(episodeModuleId('follow-up'))).rejects.toThrow(/No published episode/);
    expect(api.parseCount).toBe(3);
  });

  it('changing a show updates the shows module and leaves the catalog alone', async () => {
    await codeOf(CATALOG_ID);
    await codeOf(SHOWS_ID);
    await site.write('shows/rawkode-live.md', lines('---', 'name: Rawkode Live!', '---'));
    await waitForParses(4);
    await vi.waitFor(() => expect(isCached(SHOWS_ID)).toBe(false));

    expect(isCached(CATALOG_ID)).toBe(true);
    expect(await codeOf(SHOWS_ID)).toContain('Rawkode Live!');
  });

  it('a new warning is logged with file and line', async () => {
    await codeOf(CATALOG_ID);
    await site.write('episodes/2022/intro.md', episodeMarkdown({ slug: 'intro', show: 'no-such-show' }));
    await waitForParses(4);
    const file = path.join(site.contentDir, 'episodes/2022/intro.md');
    await vi.waitFor(() =>
      expect(logger.warnings).toContainEqual(expect.stringContaining(`${file}:7:7 show "no-such-show" has no file`)),
    );
  });
});

describe('the error overlay', () => {
  it('shows a broken file with file, line, column and frame, and clears once it is fixed', async () => {
    await server.listen();
    const origin = `http://localhost:${(server.httpServer?.address() as AddressInfo).port}`;
    const catalogUrl = `${origin}/@id/__x00__${CATALOG_ID}`;
    expect((await fetch(catalogUrl)).status).toBe(200);

    const file = await site.write(
      'episodes/2022/intro.md',
      episodeMarkdown({ slug: 'intro', chapters: [{ startTime: -1, title: 'Before the start' }] }),
    );
    await vi.waitFor(() => expect(isCached(CATALOG_ID)).toBe(false), { timeout: 10_000, interval: 20 });

    // The browser asks again for the updated module; the server answers with
    // an error and sends the overlay its details.
    expect((await fetch(catalogUrl)).status).toBe(500);
    const overlay = sentToBrowser.find((payload) => payload.type === 'error');
    expect(overlay?.type === 'error' && overlay.err).toMatchObject({
      message: expect.stringContaining(`${file}:8:16 chapters[0].startTime must not be negative`),
      id: file,
      loc: { file, line: 8, column: 16 },
      frame: expect.stringContaining('>  8 |   - startTime: -1'),
      plugin: 'rawkode:content',
    });

    sentToBrowser.length = 0;
    // The file watcher drops a second change to a file within 50 ms of the first; people type slower.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await site.write('episodes/2022/intro.md', episodeMarkdown({ slug: 'intro', title: 'Fixed' }));
    // A successful update (or reload) is what clears the overlay in the browser.
    await vi.waitFor(() => expect(sentToBrowser.map((payload) => payload.type)).toContainEqual(expect.stringMatching(/^(update|full-reload)$/)), {
      timeout: 10_000,
      interval: 20,
    });
    const fixed = await fetch(catalogUrl);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('Fixed');
  });

  it('lists every bad file, not only the first', async () => {
    await codeOf(CATALOG_ID);
    await site.write('episodes/2022/intro.md', lines('---', 'slug: intro', '---'));
    await site.write('episodes/2023/follow-up.md', 'no front-matter here\n');
    await waitForParses(5);
    // The catalog is invalidated just after the parses: wait for its error rather than a fixed moment.
    await vi.waitFor(
      async () => {
        const failure = await client.transformRequest(CATALOG_ID).then(
          () => undefined,
          (error: Error) => error,
        );
        expect(failure?.message).toContain('episodes/2022/intro.md:2:1 title is required');
        expect(failure?.message).toContain('episodes/2023/follow-up.md:1:1 has no front-matter');
      },
      { timeout: 10_000, interval: 20 },
    );
  });
});

describe('the chapters track in dev', () => {
  it('is served at /chapters/<slug>.vtt, the same as the build writes', async () => {
    await codeOf(CATALOG_ID);
    await site.write(
      'episodes/2022/intro.md',
      episodeMarkdown({ slug: 'intro', duration: 300, chapters: [{ startTime: 0, title: '<Untitled Chapter 1>' }] }),
    );
    await waitForParses(4);
    await server.listen();
    const origin = `http://localhost:${(server.httpServer?.address() as AddressInfo).port}`;

    await vi.waitFor(
      async () => {
        const track = await fetch(`${origin}/chapters/intro.vtt`);
        expect(track.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
        expect(await track.text()).toBe('WEBVTT\n\n00:00:00.000 --> 00:05:00.000\n&lt;Untitled Chapter 1&gt;\n');
      },
      { timeout: 10_000, interval: 20 },
    );
    expect((await fetch(`${origin}/chapters/no-such-episode.vtt`)).status).toBe(404);
  });
});
