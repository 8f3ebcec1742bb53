// The embed page's own bundle (src/build/embed-bundle.ts): the player alone in
// one script, React included, with none of the site's router or pages; its
// keys' table arrives once wanted. And the dev server answers embed addresses
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

  it('is a shell whose one entry script holds React and the player, and nothing of the site’s app', () => {
    const entries = [...embed.shell.matchAll(/<script type="module" crossorigin src="\/(assets\/embed-[\w-]+\.js)">/g)].map((match) => match[1]!);
    expect(entries).toHaveLength(1);
    const entry = text(entries[0]!);
    // React DOM, the player's Seek slider, and the embed's own link.
    expect(entry).toContain('hydrateRoot');
    expect(entry).toContain('Seek');
    expect(entry).toContain('Watch on');
    // Not the router (its remembered scroll positions), the site's header or the not-found page.
    for (const sitePart of ['rawkode:scroll-positions', 'Skip to content', 'Browse all episodes']) expect(entry).not.toContain(sitePart);
    // Its policy: the same as every page's (scripts and styles from the site only).
    expect(embed.shell).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
  });

  it('leaves the keys’ table out of the entry, for a chunk loaded once wanted', () => {
    const entry = text(/src="\/(assets\/embed-[\w-]+\.js)"/.exec(embed.shell)![1]!);
    // A role the key table knows (Space presses such an element), which nothing else names.
    expect(entry).not.toContain('menuitemcheckbox');
    expect(embed.files.some((file) => file.fileName.startsWith('assets/player-keys-') && String(file.source).includes('menuitemcheckbox'))).toBe(true);
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
