// The embed page's own bundle (src/build/embed-bundle.ts): a small entry, and
// the player alone in one chunk it loads once the first frame is up, on
// Preact, with none of the site's router or pages; its keys' table arrives
// once wanted. And the dev server answers embed addresses
// with the embed's own shell, as the built site does.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, resolveConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbedBundle, embedShellInDev, type EmbedBundle } from '@/build/embed-bundle';
import { episodeMarkdown, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the embed bundle', () => {
  let embed: EmbedBundle;
  const text = (file: string) => String(embed.files.find((built) => built.fileName === file)?.source ?? '');

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would give React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const config = await resolveConfig({ configFile: false, root: projectRoot, logLevel: 'silent', resolve: { alias: { '@': path.join(projectRoot, 'src') } } }, 'build', 'production');
      embed = await buildEmbedBundle(config);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });

  /** The chunk the entry loads once the first frame is up: the player, React with it. */
  const playerChunk = () => embed.files.find((file) => /^assets\/embed-player-[\w-]+\.js$/.test(file.fileName));

  it('is a shell whose one small entry script loads the player, on Preact, in one chunk, and nothing of the site’s app', () => {
    const entries = [...embed.shell.matchAll(/<script type="module" crossorigin src="\/(assets\/embed-[\w-]+\.js)">/g)].map((match) => match[1]!);
    expect(entries).toHaveLength(1);
    const entry = text(entries[0]!);
    // The entry runs before the first frame: it notes the viewer's clicks and keys, and imports nothing statically.
    expect(entry.length).toBeLessThan(4_000);
    expect(entry).not.toMatch(/^import\b|\bimport\s*\{/m);
    expect(entry).not.toContain('hydrateRoot');
    const player = String(playerChunk()?.source ?? '');
    // The player's Seek slider and the embed's own link, on Preact: none of React DOM (whose errors link to react.dev).
    expect(player).not.toContain('react.dev/errors');
    expect(player.length).toBeLessThan(100_000);
    expect(player).toContain('Seek');
    expect(player).toContain('Watch on');
    // Not the router (its remembered scroll positions), the site's header or the not-found page.
    for (const sitePart of ['rawkode:scroll-positions', 'Skip to content', 'Browse all episodes']) {
      expect(entry).not.toContain(sitePart);
      expect(player).not.toContain(sitePart);
    }
    // Its one stylesheet is written into the page, as the policy will allow by its hash: the prerendered player is
    // drawn before any script runs, and no download stands beside the media's first requests. No file is left of it.
    expect(embed.shell).not.toContain('<link rel="stylesheet"');
    expect([...embed.shell.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css)).toEqual([embed.css]);
    expect(embed.css).toContain('.embed-watch-link');
    expect(embed.files.filter((file) => file.fileName.endsWith('.css'))).toEqual([]);
    // Its policy: the same as every page's (scripts and styles from the site only).
    expect(embed.shell).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
  });

  it('leaves the keys’ table out of the player’s chunk, for a chunk loaded once wanted', () => {
    // A key name only the table reads (old Edge's name for Space).
    expect(String(playerChunk()?.source ?? '')).not.toContain('Spacebar');
    expect(embed.files.some((file) => file.fileName.startsWith('assets/player-keys-') && String(file.source).includes('Spacebar'))).toBe(true);
  });
});

describe('the dev server', () => {
  let site: ContentRoot;
  let server: Awaited<ReturnType<typeof createServer>>;
  let origin: string;

  beforeAll(async () => {
    site = await makeContentRoot({ 'episodes/a.md': episodeMarkdown({ slug: 'a' }) });
    await writeFile(path.join(site.root, 'embed.html'), '<!doctype html><html lang="en"><head><title>Embed shell</title></head><body><div id="root"></div></body></html>\n');
    const config = viteConfig(site, recordingLogger());
    server = await createServer({ ...config, plugins: [...(config.plugins ?? []), embedShellInDev()], server: { ws: false, port: 0 } });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('dev server has no port');
    origin = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server?.close();
    await site?.cleanUp();
  });

  const page = async (pathname: string) => (await fetch(`${origin}${pathname}`, { headers: { Accept: 'text/html' } })).text();

  it('answers an embed page’s address with the embed’s shell, its query kept for the page', async () => {
    expect(await page('/embed/a?t=2807')).toContain('<title>Embed shell</title>');
    expect(await page('/embed/a/')).toContain('<title>Embed shell</title>');
  });

  it('answers every other address with the site’s shell', async () => {
    for (const pathname of ['/', '/watch/a', '/embed/a/b', '/embedded/a']) expect(await page(pathname)).not.toContain('Embed shell');
  });
});
