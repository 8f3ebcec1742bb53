import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/build/content-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
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

  return {
    resolve: { alias: { '@': path.join(root, 'src') } },
    plugins: [
      react(),
      contentPlugin({ contentDir: path.resolve(process.env.CONTENT_DIR ?? path.join(root, 'content')) }),
      prerenderPlugin(),
      cspPlugin(),
      // A site whose media comes from a CDN does not ship the local mirror (public/media).
      /^[a-z]+:\/\//i.test(mediaBase) && leaveOutLocalMedia(),
    ],
  };
});
