import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/build/content-plugin.ts';
import { PRERENDER_ENTRY, prerenderPlugin } from './src/build/prerender-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { embedShellInDev } from './src/build/embed-bundle.ts';
import { plainDynamicImports } from './src/build/plain-dynamic-imports.ts';
import { DEFAULT_MEDIA_BASE, LOCAL_MEDIA_BASE } from './src/content/site.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

function leaveOutLocalMedia(): Plugin {
  let outDir = '';
  return {
    name: 'rawkode:leave-out-local-media',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await rm(path.join(outDir, 'media'), { recursive: true, force: true });
    },
  };
}

export default defineConfig(({ command }) => {
  // Production builds point at the CDN unless told otherwise; the dev server
  // (and tests, which set it) use the local mirror so nothing needs a network.
  const mediaBase = (process.env.VITE_MEDIA_BASE_URL ||= command === 'build' ? DEFAULT_MEDIA_BASE : LOCAL_MEDIA_BASE);

  // Where the prerenderer (SSR) build goes: a folder of this process's own,
  // outside dist/ but under node_modules, where its imports (react) resolve.
  // Vite reads this file afresh for each environment: the name must come out
  // the same each time.
  const prerenderOutDir = command === 'build' ? path.join(root, 'node_modules', '.cache', `prerender-${process.pid}`) : undefined;

  return {
    resolve: { alias: { '@': path.join(root, 'src') } },
    plugins: [
      react(),
      contentPlugin({ contentDir: path.resolve(process.env.CONTENT_DIR ?? path.join(root, 'content')) }),
      prerenderPlugin(),
      cspPlugin(),
      embedShellInDev(),
      // The entry loads the app once a watch page's first frame is up: without Vite's helper, which would
      // bring the shared chunk (and React) along before it.
      plainDynamicImports({ entry: 'src/app/main.tsx' }),
      // A site whose media comes from a CDN does not ship the local mirror (public/media).
      /^[a-z]+:\/\//i.test(mediaBase) && leaveOutLocalMedia(),
    ],
    build: {
      // Every browser the site supports preloads modules itself (Chrome 66, Firefox 115, Safari 17):
      // no page needs to ship the polyfill.
      modulePreload: { polyfill: false },
      // One stylesheet for the whole site (6 KB gzip): the shell links it, and a watch page carries it
      // inline (prerender-plugin.ts), so that nothing stands between the page's HTML and its first paint,
      // and no page's code brings a stylesheet of its own later (which restyles the whole page when it lands).
      cssCodeSplit: false,
      // A site of 10,000 episodes writes some 50,000 pages and files: compressing each only to print its
      // size took the build over its minute (bench:content). The benches measure what a viewer downloads.
      reportCompressedSize: false,
      rolldownOptions: {
        output: {
          // Code that several chunks need (React, the router, formatting) goes into one shared
          // chunk rather than many small ones: each chunk costs a request and compresses worse
          // alone. React DOM has one of its own, whole (a lazy chunk that needs a part of it, a
          // portal, would otherwise split that part off). What of the player the watch page shares
          // with its lazy parts has its own too, so that listing pages (which use only its time
          // formatting, remembered positions, media addresses and retried imports) do not download it. The embed
          // pages are bundled apart (src/build/embed-bundle.ts).
          codeSplitting: {
            groups: [
              { name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ },
              {
                name: 'player',
                test: /[\\/]src[\\/]player[\\/](?!resume\.|media-urls\.|core[\\/](?:time|retryable-import)\.)/,
                minShareCount: 2,
                // Only the player's own modules: React and the rest it imports belong to `shared`.
                includeDependenciesRecursively: false,
              },
              // An episode's card, for the listing pages and a watch page's `More from` (loaded once
              // wanted): not part of opening a watch page, as it would be in `shared`.
              { name: 'episode-card', test: /[\\/]src[\\/]app[\\/]pages[\\/]episode-card\.tsx$/, includeDependenciesRecursively: false },
              { name: 'shared', minShareCount: 2 },
            ],
          },
        },
      },
    },
    // A build has two environments: the server one renders the watch pages'
    // markup (src/app/prerender-entry.tsx), which the browser's build then
    // writes into each page (src/build/prerender-plugin.ts). So the server
    // one is built first.
    environments: {
      ssr: {
        build: {
          outDir: prerenderOutDir,
          emptyOutDir: true,
          rolldownOptions: {
            input: { 'prerender-entry': path.join(root, PRERENDER_ENTRY) },
            // The prerenderer renders the site's pages and the embed's from one graph, so a module the
            // browser's app loads lazily and the embed's bundle holds (the embed's not-found page) is in it
            // both ways. Chunks mean nothing to a build that runs once in Node: the warning would only be noise.
            checks: { ineffectiveDynamicImport: false },
          },
        },
      },
    },
    builder: {
      async buildApp(builder) {
        try {
          await builder.build(builder.environments.ssr!);
          await builder.build(builder.environments.client!);
        } finally {
          if (prerenderOutDir) await rm(prerenderOutDir, { recursive: true, force: true });
        }
      },
    },
  };
});
