// Which modules make the embed's player: the module its entry loads once the
// first frame is up (src/app/embed-app.tsx) and everything that imports
// statically. The embed's build (embed-bundle.ts) puts them in one chunk,
// apart from the entry, which must stay small, and from what loads later.
import path from 'node:path';
import type { Plugin } from 'vite';

/** The embed's entry, all that runs before the first frame. */
export const EMBED_ENTRY_MODULE = 'src/app/embed-main.tsx';
/** The embed's player, which its entry (src/app/embed-main.tsx) loads once the first frame is up. */
export const EMBED_PLAYER_MODULE = 'src/app/embed-app.tsx';

export interface EmbedClosure {
  /** Finds the modules once the build has its module graph. */
  plugin: Plugin;
  /** Whether the embed's player imports `id`, directly or through other static imports. */
  has(id: string): boolean;
}

export function embedClosure(root: string): EmbedClosure {
  const modules = new Set<string>();
  const entry = path.join(root, EMBED_PLAYER_MODULE);
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
