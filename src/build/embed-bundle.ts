// The embed pages' own bundle (product.md, What loads when): embed.html and its
// entry, src/app/embed-main.tsx, built apart from the site's app, so that a
// frame on another site downloads the player alone in one file (React
// included) instead of the site's shared chunks. The site's chunks are no use
// to a frame anyway: browsers keep a separate cache for each site that frames
// the embed. Every `embed/<slug>/index.html` is made from this shell.
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { EPISODE_LOADERS_ID, resolvedId } from '../content/module-ids.ts';
import { embedSlug } from '../content/site.ts';
import { episodeLoaderCode } from './module-code.ts';
import { cspPlugin } from './csp-plugin.ts';
import { EMBED_ENTRY_MODULE, embedClosure } from './embed-closure.ts';
import { plainDynamicImports } from './plain-dynamic-imports.ts';
import { inlineStylesheets } from './prerender-html.ts';

/** The embed pages' shell, beside index.html. */
export const EMBED_SHELL = 'embed.html';

export interface EmbedBundle {
  /** The built embed.html: the CSP, the entry script, its stylesheet written in. */
  shell: string;
  /** That stylesheet's text, which the page's policy allows by its hash ('' when there is none). */
  css: string;
  /** Its scripts (under the build's assets folder), to be written beside the site's own. */
  files: Array<{ fileName: string; source: string | Uint8Array }>;
}

/**
 * In a frame the player's components run on Preact, through its React compatibility layer: 11 KB
 * where React is 66 (gzip), for a page whose whole budget is 80 (product.md, What loads when). The
 * page is still prerendered by React (react-dom/server), and Preact takes that markup over. The
 * components keep to what both run; the embed's own tests run them on Preact.
 */
const ON_PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];


/** Builds the embed's bundle for the site `config` builds (its root, base, mode and aliases). */
export async function buildEmbedBundle(config: ResolvedConfig): Promise<EmbedBundle> {
  const needs = embedClosure(config.root);
  const output = await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'silent',
    publicDir: false,
    resolve: { alias: [...ON_PREACT, ...config.resolve.alias] },
    plugins: [plainDynamicImports({ entry: EMBED_ENTRY_MODULE, everywhere: true }), react(), episodeFiles(config.base), cspPlugin(), needs.plugin],
    build: {
      write: false,
      assetsDir: config.build.assetsDir,
      modulePreload: false,
      // One stylesheet, written into the page: the prerendered player is drawn before its code runs,
      // and a linked sheet was one more request beside the media's first ones (product.md, What loads
      // when; a frame on another site could not share the file with the site anyway).
      cssCodeSplit: false,
      rolldownOptions: {
        input: path.join(config.root, EMBED_SHELL),
        // The player in one chunk (it compresses better whole), apart from the small entry that
        // runs before the first frame; what it loads later (hls.js, the share dialog, the
        // player.js bridge) stays apart too.
        output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'embed-player', test: (id) => needs.has(id) }] } },
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error(`Building ${EMBED_SHELL} gave no bundle`);
  let shell: string | undefined;
  const files: EmbedBundle['files'] = [];
  for (const item of result.output) {
    if (item.type === 'asset' && item.fileName === EMBED_SHELL) shell = String(item.source);
    else if (item.fileName.startsWith(`${config.build.assetsDir}/`)) files.push({ fileName: item.fileName, source: item.type === 'chunk' ? item.code : item.source });
  }
  if (shell === undefined) throw new Error(`Building ${EMBED_SHELL} gave no page`);
  const inlined = new Set<string>();
  const styled = inlineStylesheets(shell, (href) => {
    const file = files.find(({ fileName }) => href === config.base + fileName);
    if (file) inlined.add(file.fileName);
    return file && (typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
  });
  return { shell: styled.html, css: styled.css, files: files.filter(({ fileName }) => !inlined.has(fileName)) };
}

/** The one content module the embed imports: the loader of each episode's file, as the site's build writes them. */
function episodeFiles(base: string): Plugin {
  const id = resolvedId(EPISODE_LOADERS_ID);
  return {
    name: 'rawkode:embed-episode-files',
    resolveId: (source) => (source === EPISODE_LOADERS_ID ? id : undefined),
    load: (loading) => (loading === id ? episodeLoaderCode([], { kind: 'episode-files', base }) : undefined),
  };
}

/**
 * The dev server's embed pages: `/embed/<slug>` answered with embed.html, so that
 * an embed runs its own entry there too (the site's app only says "not found").
 */
export function embedShellInDev(): Plugin {
  return {
    name: 'rawkode:embed-shell-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://dev.invalid');
        if (embedSlug(url.pathname) !== undefined && request.headers.accept?.includes('text/html')) request.url = `/${EMBED_SHELL}${url.search}`;
        next();
      });
    },
  };
}
