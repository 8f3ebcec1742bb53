// Vite's helper for dynamic imports, made plain (`import()` as written) where
// its work is not wanted. Vite's own preloads each imported chunk's
// stylesheets and imports, in 1.7 KB (0.9 gzip) that an entry meant to stay
// small would import, with the shared chunk it sits in: the site's entry
// (src/app/main.tsx), which loads the app only once a watch page's first
// frame is up, and the embed's, whose page links its one stylesheet.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
const PLAIN = '\0rawkode:plain-dynamic-imports';

/**
 * `entry` (a path from the project's root) imports dynamically without Vite's helper, from a copy of
 * its own (bundled into it); so does every other module where `everywhere`, else they keep Vite's.
 */
export function plainDynamicImports({ entry, everywhere = false }: { entry: string; everywhere?: boolean }): Plugin {
  const isEntry = (importer: string | undefined) => importer !== undefined && importer.replaceAll('\\', '/').endsWith(`/${entry}`);
  /** The entry's chunk, once named. */
  let entryChunk: string | undefined;
  return {
    name: 'rawkode:plain-dynamic-imports',
    enforce: 'pre',
    // Where only the entry's imports are plain, Vite still preloads for the others; the entry's would carry
    // a list of what to preload that nothing reads. (A build with no preloading at all needs nothing here.)
    config: () =>
      everywhere ? undefined : { build: { modulePreload: { resolveDependencies: (_file, dependencies, { hostId }) => (hostId === entryChunk ? [] : dependencies) } } },
    resolveId(source, importer) {
      if (source !== HELPER) return undefined;
      if (isEntry(importer)) return `${PLAIN}?entry`;
      return everywhere ? PLAIN : undefined;
    },
    load: (id) => (id.startsWith(PLAIN) ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_options, bundle) {
      // Vite's helper is what loads an imported chunk's stylesheet: the entry's plain import would leave it out.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some(isEntry)) continue;
        // Named for good only now; Vite's own generateBundle, which lists what to preload, runs after this one.
        entryChunk = chunk.fileName;
        for (const imported of chunk.dynamicImports) {
          const target = bundle[imported];
          if (target?.type === 'chunk' && (target.viteMetadata?.importedCss.size ?? 0) > 0) {
            this.error(`${entry} imports ${imported} without Vite's helper, which would never load its stylesheet: import that CSS from ${entry} instead`);
          }
        }
      }
    },
  };
}
