import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteFiles, type SiteFile } from '@/build/site-files';

describe('siteFiles', () => {
  let outDir: string | undefined;
  afterEach(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('writes text and bytes under the output folder, making the folders they need, all of them by done()', async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'site-files-'));
    const emitted: SiteFile[] = [];
    const files = siteFiles(outDir, (file) => emitted.push(file));
    // More than the writer holds before it holds the caller back.
    for (let i = 0; i < 1100; i++) await files.add({ fileName: `watch/episode-${i}/index.html`, source: `<!doctype html><p>Ça va ${i}</p>` });
    await files.add({ fileName: 'pagefind/fragment/en_1.pf_fragment', source: new Uint8Array([1, 2, 3]) });
    await files.done();
    expect(await readFile(path.join(outDir, 'watch/episode-0/index.html'), 'utf8')).toBe('<!doctype html><p>Ça va 0</p>');
    expect(await readFile(path.join(outDir, 'watch/episode-1099/index.html'), 'utf8')).toBe('<!doctype html><p>Ça va 1099</p>');
    expect([...(await readFile(path.join(outDir, 'pagefind/fragment/en_1.pf_fragment')))]).toEqual([1, 2, 3]);
    expect(emitted).toEqual([]);
  });

  it('fails done() with what could not be written', async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'site-files-'));
    // A file where a folder must go.
    await writeFile(path.join(outDir, 'watch'), 'in the way');
    const files = siteFiles(outDir, () => undefined);
    await files.add({ fileName: 'watch/an-episode/index.html', source: 'never written' });
    await expect(files.done()).rejects.toThrow(/Could not write the site's files: .*watch/);
  });

  it('hands the files to the bundle when the build writes nothing', async () => {
    const emitted: SiteFile[] = [];
    const files = siteFiles(undefined, (file) => emitted.push(file));
    await files.add({ fileName: 'oembed/an-episode.json', source: '{}' });
    await files.done();
    expect(emitted).toEqual([{ fileName: 'oembed/an-episode.json', source: '{}' }]);
  });
});
