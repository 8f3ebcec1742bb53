import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/build/content-plugin.ts';
import { listingPlugin } from './src/build/listing-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The CDN that serves Rawkode Academy's media (contract §4). */
const PRODUCTION_MEDIA_BASE = 'https://content.rawkode.academy';
/** The local mirror of the seed episode, served from public/media. */
const LOCAL_MEDIA_BASE = '/media';

export default defineConfig(({ command }) => {
  // Production builds point at the CDN unless told otherwise; the dev server
  // (and tests, which set it) use the local mirror so nothing needs a network.
  const mediaBase = (process.env.VITE_MEDIA_BASE_URL ||= command === 'build' ? PRODUCTION_MEDIA_BASE : LOCAL_MEDIA_BASE);

  return {
    resolve: { alias: { '@': path.join(root, 'src') } },
    // public/ holds only the local media mirror: a site whose media comes from a CDN does not ship it.
    build: { copyPublicDir: !/^[a-z]+:\/\//i.test(mediaBase) },
    plugins: [
      react(),
      contentPlugin({ contentDir: path.resolve(process.env.CONTENT_DIR ?? path.join(root, 'content')) }),
      listingPlugin(),
      prerenderPlugin(),
      cspPlugin(),
    ],
  };
});
