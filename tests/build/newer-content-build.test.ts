// `vite build` on an episode in today's Rawkode format: the episode's own module
// carries what its watch page shows (guests by name, resources, what you will
// learn), the catalog does not, and a bad resource URL fails the build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Episode } from '@/content/schema';
import { lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const newer = (slug: string, ...more: string[]) =>
  lines(
    '---',
    'id: mw4k6xorz7ks3vg0gmqmogyl',
    `slug: ${slug}`,
    'title: Building with Spin',
    'publishedAt: 2025-03-19T17:00:00.000Z',
    'duration: 6370',
    ...more,
    '---',
  );

let site: ContentRoot;

beforeAll(async () => {
  site = await makeContentRoot({
    'people/thorsten-hans.md': lines('---', 'name: Thorsten Hans', 'website: https://thorsten-hans.com', '---'),
    'episodes/2025/spin.md': newer(
      'spin',
      'guests:',
      '  - thorsten-hans',
      '  - rawkode',
      'resources:',
      '  - title: Spin docs',
      '    url: https://spinframework.dev/',
      '    category: docs',
      'whatYouWillLearn:',
      '  - What Spin is',
    ),
  });
  await build({ ...viteConfig(site, recordingLogger()), base: `${pathToFileURL(site.outDir).href}/` });
});
afterAll(() => site?.cleanUp());

describe('the episode module of a newer-format episode', () => {
  it('names the video by `id`, and carries guests by name, resources and what you will learn', async () => {
    const { episode } = (await import(/* @vite-ignore */ pathToFileURL(path.join(site.outDir, 'episodes', 'spin.js')).href)) as {
      episode: Episode;
    };
    expect(episode).toMatchObject({
      videoId: 'mw4k6xorz7ks3vg0gmqmogyl',
      guests: [
        { id: 'thorsten-hans', name: 'Thorsten Hans', website: 'https://thorsten-hans.com' },
        { id: 'rawkode', name: 'rawkode' },
      ],
      resources: [{ title: 'Spin docs', url: 'https://spinframework.dev/', category: 'docs' }],
      whatYouWillLearn: ['What Spin is'],
    });
  });
});

describe('a resource url that is not http(s)', () => {
  it('fails the build, naming the file, line, column and field', async () => {
    const broken = await makeContentRoot({
      'episodes/bad.md': newer('bad', 'resources:', '  - title: Fine', '    url: https://example.com', '  - title: Not fine', '    url: javascript:alert(1)'),
    });
    try {
      const message = await build(viteConfig(broken, recordingLogger())).then(
        () => 'the build passed',
        (error: Error) => error.message,
      );
      expect(message).toContain(
        `${path.join(broken.contentDir, 'episodes/bad.md')}:11:10 resources[1].url must be an absolute http: or https: URL`,
      );
    } finally {
      await broken.cleanUp();
    }
  });
});
