// Which files under the content root are content, and of which kind (product.md, Content).
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export type ContentKind = 'episode' | 'show' | 'technology' | 'person';

export interface ContentFile {
  kind: ContentKind;
  /** Absolute path. */
  file: string;
  /** A show's, technology's or person's id: its file name. Episodes are named by their `slug`. */
  id: string;
}

/**
 * `episodes/**\/*.md` at any depth, `shows/<id>.md`, `technologies/<id>.md`, `people/<id>.md`;
 * anything else under the root is not content.
 */
export function contentFileOf(contentDir: string, file: string): ContentFile | undefined {
  const relative = path.relative(contentDir, file);
  if (!relative.endsWith('.md') || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [folder, ...rest] = relative.split(path.sep);
  const id = path.basename(relative, '.md');
  if (folder === 'episodes' && rest.length >= 1) return { kind: 'episode', file, id };
  if (folder === 'shows' && rest.length === 1) return { kind: 'show', file, id };
  if (folder === 'technologies' && rest.length === 1) return { kind: 'technology', file, id };
  if (folder === 'people' && rest.length === 1) return { kind: 'person', file, id };
  return undefined;
}

/** Every content file under the root, in a stable order. */
export async function listContentFiles(contentDir: string): Promise<ContentFile[]> {
  const found: ContentFile[] = [];
  for (const folder of ['episodes', 'shows', 'technologies', 'people']) {
    let names: string[];
    try {
      names = await readdir(path.join(contentDir, folder), { recursive: true });
    } catch (error) {
      // A root may leave out a folder (no technologies yet): that is no content, not an error.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names) {
      const content = contentFileOf(contentDir, path.join(contentDir, folder, name));
      if (content) found.push(content);
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}
