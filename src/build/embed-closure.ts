// Which modules an embed page loads before its first frame: its entry
// (src/app/embed-main.tsx) and everything that imports statically. The
// build's code splitting (vite.config.ts) gives the ones it shares with the
// site's other pages a chunk of their own, so that an embed, framed on
// another site, does not download the site's router and pages with them
// (product.md, What loads when).
import path from 'node:path';
import type { Plugin } from 'vite';

export const EMBED_ENTRY_MODULE = 'src/app/embed-main.tsx';

export interface EmbedClosure {
  /** Finds the modules once the build has its module graph. */
  plugin: Plugin;
  /** Whether the embed's entry imports `id`, directly or through other static imports. */
  has(id: string): boolean;
}

export function embedClosure(root: string): EmbedClosure {
  const modules = new Set<string>();
  const entry = path.join(root, EMBED_ENTRY_MODULE);
  return {
    has: (id) => modules.has(id),
    plugin: {
      name: 'rawkode:embed-closure',
      apply: 'build',
      buildEnd() {
        modules.clear();
        if (this.environment.config.consumer !== 'client') return;
        const waiting = [entry];
        for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
          if (modules.has(id)) continue;
          const info = this.getModuleInfo(id);
          if (!info) continue;
          modules.add(id);
          waiting.push(...info.importedIds);
        }
      },
    },
  };
}
