// The watch and embed pages' first script (src/app/early-media-start.ts),
// which points the prerendered <video> at the linked moment. It is written
// into each page inline, at the top of the head: an external script, even
// `async`, runs only once it has downloaded and the main thread is free,
// which on a page whose app is hydrating was 150–300 ms after the <video>
// had been parsed (bench:player). Placed before the stylesheets, it is not
// held back by them either (a parser-inserted script waits for every
// stylesheet above it). The Content Security Policy allows exactly this
// script by its hash, on the pages that carry it (product.md, Build output).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type ResolvedConfig } from 'vite';

/** The project's own src/, wherever the site being built has its root (a test builds one of its own). */
const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EARLY_SCRIPT_MODULE = path.join(SOURCE_DIR, 'app/early-media-start.ts');

/** One build's early script, built once however often asked for. */
const built = new WeakMap<ResolvedConfig, Promise<string>>();

/** The early script as one self-contained classic script, minified: it must run before, and without, the app's modules. */
export function earlyScript(config: ResolvedConfig): Promise<string> {
  let code = built.get(config);
  if (!code) {
    code = buildEarlyScript(config);
    built.set(config, code);
  }
  return code;
}

async function buildEarlyScript(config: ResolvedConfig): Promise<string> {
  const output = await build({
    configFile: false,
    root: config.root,
    logLevel: 'silent',
    // The project's own import alias (vite.config.ts), whatever the site's config says.
    resolve: { alias: { '@': SOURCE_DIR } },
    build: {
      write: false,
      minify: true,
      lib: { entry: EARLY_SCRIPT_MODULE, formats: ['iife'], name: 'earlyMediaStart' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = result && 'output' in result ? result.output.find((item) => item.type === 'chunk') : undefined;
  if (!chunk) throw new Error(`Building ${path.relative(config.root, EARLY_SCRIPT_MODULE)} gave no script`);
  // The trailing newline is the bundler's, not the script's: the hash covers exactly what sits between the tags.
  const code = chunk.code.trim();
  // Inline, `</script` would end the element early (and `<!--` change how it is parsed).
  if (/<\/script|<!--/i.test(code)) throw new Error(`${path.basename(EARLY_SCRIPT_MODULE)} minified holds "</script" or "<!--", which cannot be written inline`);
  return code;
}

/** The script element, as written into the page. */
export const inlineScriptTag = (code: string) => `<script>${code}</script>`;
