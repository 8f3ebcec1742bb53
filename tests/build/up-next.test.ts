// Up next through Vite's real build and dev server: each episode's module
// carries its show's next published episode, and follows edits to it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentPluginApi } from '@/build/content-plugin';
import { episodeModuleId } from '@/content/module-ids';
import type { EpisodeWithUpNext } from '@/content/schema';
import { episodeMarkdown, lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const SHOW = 'rawkode-live';

/** A show of three published episodes and a scheduled one, and an episode of no show in between. */
const content = () => ({
  'shows/rawkode-live.md': lines('---', 'name: Rawkode Live', '---'),
  'episodes/one.md': episodeMarkdown({ slug: 'one', title: 'One', show: SHOW, publishedAt: '2024-01-01T10:00:00Z' }),
  'episodes/two.md': episodeMarkdown({ slug: 'two', title: 'Two </script> & "more"', show: SHOW, publishedAt: '2024-02-01T10:00:00Z', videoId: 'video-two' }),
  'episodes/three.md': episodeMarkdown({ slug: 'three', title: 'Three', show: SHOW, publishedAt: '2024-03-01T10:00:00Z' }),
  'episodes/later.md': episodeMarkdown({ slug: 'later', title: 'Later', show: SHOW, publishedAt: '2999-01-01T10:00:00Z' }),
  'episodes/standalone.md': episodeMarkdown({ slug: 'standalone', title: 'Standalone', publishedAt: '2024-01-15T10:00:00Z' }),
});

/** An emitted episode file's value, read as the browser would import it. */
async function builtEpisode(site: ContentRoot, slug: string): Promise<EpisodeWithUpNext> {
  const code = await readFile(path.join(site.outDir, 'episodes', `${slug}.js`), 'utf8');
  return new Function(code.replace('export const episode =', 'return'))() as EpisodeWithUpNext;
}

describe('a build', () => {
  let site: ContentRoot;
  beforeAll(async () => {
    site = await makeContentRoot(content());
    await build(viteConfig(site, recordingLogger()));
  });
  afterAll(() => site.cleanUp());

  it('gives each episode of a show the next published one, with its slug, title and video', async () => {
    expect((await builtEpisode(site, 'one')).upNext).toEqual({ slug: 'two', title: 'Two </script> & "more"', videoId: 'video-two' });
    expect((await builtEpisode(site, 'two')).upNext?.slug).toBe('three');
  });

  it('gives none to the newest published episode of a show (a scheduled one is never up next), nor to one of no show', async () => {
    expect(await builtEpisode(site, 'three')).not.toHaveProperty('upNext');
    expect(await builtEpisode(site, 'standalone')).not.toHaveProperty('upNext');
  });
});

describe('the dev server', () => {
  let site: ContentRoot;
  let server: ViteDevServer;
  beforeAll(async () => {
    site = await makeContentRoot(content());
    server = await createServer({ ...viteConfig(site, recordingLogger()), server: { ws: false, port: 0 } });
    await server.environments.client.transformRequest('/main.js');
  });
  afterAll(async () => {
    await server.close();
    await site.cleanUp();
  });

  it('updates an episode’s module when its up-next episode is renamed', async () => {
    const client = server.environments.client;
    const codeOf = async (slug: string) => (await client.transformRequest(episodeModuleId(slug)))?.code ?? '';
    expect(await codeOf('one')).toContain('"upNext":{"slug":"two"');
    const api = server.config.plugins.find((plugin) => plugin.name === 'rawkode:content')?.api as ContentPluginApi;
    const parses = api.parseCount;
    await site.write('episodes/two.md', episodeMarkdown({ slug: 'two', title: 'Two, renamed', show: SHOW, publishedAt: '2024-02-01T10:00:00Z' }));
    await vi.waitFor(() => expect(api.parseCount).toBe(parses + 1), { timeout: 10_000, interval: 20 });
    await vi.waitFor(async () => expect(await codeOf('one')).toContain('Two, renamed'), { timeout: 10_000, interval: 50 });
  });
});
