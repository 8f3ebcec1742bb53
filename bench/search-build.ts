// The build that bench/search.ts measures, in a process of its own so that its
// peak memory is its own: `node --import tsx bench/search-build.ts <content>
// <public> <out>`. Prints its time and Node's peak resident memory as JSON.
import { projectRoot } from './serve-build';
import { buildSite } from '../tests/browser/support/global-setup';

const [contentDir, publicDir, outDir] = process.argv.slice(2);
if (!contentDir || !publicDir || !outDir) throw new Error('usage: search-build.ts <content dir> <public dir> <out dir>');
process.env.CONTENT_DIR = contentDir;
process.env.VITE_MEDIA_BASE_URL = '/media';
const started = performance.now();
await buildSite({ root: projectRoot, publicDir, logLevel: 'error', build: { outDir, emptyOutDir: true } });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes.
console.log(JSON.stringify({ seconds, nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024 }));
