// The dev server and people files: renaming a guest updates the watch page of
// the episodes they are in, without a restart, and leaves the others alone.
import { createServer, type DevEnvironment, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ContentPluginApi } from '@/build/content-plugin';
import { episodeModuleId } from '@/content/module-ids';
import { episodeMarkdown, lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

let site: ContentRoot;
let server: ViteDevServer;
let client: DevEnvironment;
let api: ContentPluginApi;

beforeEach(async () => {
  site = await makeContentRoot({
    'episodes/with-guest.md': episodeMarkdown({ slug: 'with-guest', extraLines: ['guests:', '  - ariadne'] }),
    'episodes/without.md': episodeMarkdown({ slug: 'without' }),
    'people/ariadne.md': lines('---', 'name: Ariadne', '---'),
  });
  server = await createServer({ ...viteConfig(site, recordingLogger()), server: { ws: false, port: 0 } });
  client = server.environments.client;
  api = server.config.plugins.find((plugin) => plugin.name === 'rawkode:content')?.api as ContentPluginApi;
  await client.transformRequest('/main.js');
});

afterEach(async () => {
  await server.close();
  await site.cleanUp();
});

const codeOf = async (id: string) => (await client.transformRequest(id))?.code ?? '';
const isCached = (id: string) => client.moduleGraph.getModuleById(`\0${id}`)?.transformResult != null;

it('a guest’s new name and website reach the episodes they are in', async () => {
  expect(await codeOf(episodeModuleId('with-guest'))).toContain('"name":"Ariadne"');
  await codeOf(episodeModuleId('without'));
  const parses = api.parseCount;

  await site.write('people/ariadne.md', lines('---', 'name: Ariadne Conill', 'website: https://ariadne.space/', '---'));
  await vi.waitFor(() => expect(api.parseCount).toBe(parses + 1), { timeout: 10_000, interval: 20 });
  await vi.waitFor(() => expect(isCached(episodeModuleId('with-guest'))).toBe(false), { timeout: 10_000, interval: 20 });

  expect(isCached(episodeModuleId('without'))).toBe(true);
  const code = await codeOf(episodeModuleId('with-guest'));
  expect(code).toContain('"name":"Ariadne Conill"');
  expect(code).toContain('"website":"https://ariadne.space/"');
});
