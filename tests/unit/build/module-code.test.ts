// The code of the virtual content modules, evaluated as a browser would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogEntry, jsonValue } from '@/build/module-code';
import { isVirtualModuleId, virtualModuleCode } from '@/build/virtual-modules';
import type { Episode } from '@/content/schema';

/** Evaluates an expression of generated code. */
const evaluate = (expression: string): unknown => new Function(`return ${expression};`)();

const episode: Episode = {
  slug: 'introducing-apko-and-melange',
  title: 'Introducing apko & melange',
  description: 'A long description that listing pages never need.',
  publishedAt: '2022-03-17T17:00:00.000Z',
  videoId: 'f7rvx2rb04zl2vhgoltwedf5',
  duration: 4453,
  show: 'rawkode-live',
  technologies: ['apko', 'melange'],
  chapters: [{ startTime: 0, title: "<Untitled Chapter 1> it's \\ '" }],
};

describe('jsonValue', () => {
  it('gives back any JSON value unchanged, whatever characters its strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(evaluate(jsonValue(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('keeps quotes, backslashes and line separators in strings', () => {
    const text = "it's a \\ backslash, a `tick`, ${not a template}, \u2028 and \u2029";
    expect(evaluate(jsonValue({ text }))).toEqual({ text });
    expect(jsonValue({ text })).toMatch(/^JSON\.parse\('.*'\)$/s);
  });
});

describe('the catalog entry', () => {
  it('carries what listing pages show and leaves chapters and descriptions out', () => {
    expect(catalogEntry(episode)).toEqual({
      slug: 'introducing-apko-and-melange',
      title: 'Introducing apko & melange',
      publishedAt: '2022-03-17T17:00:00.000Z',
      duration: 4453,
      videoId: 'f7rvx2rb04zl2vhgoltwedf5',
      show: 'rawkode-live',
      technologies: ['apko', 'melange'],
      chapterCount: 1,
    });
  });
});

describe('the module table', () => {
  const content = {
    episodes: [episode],
    episodesBySlug: new Map([[episode.slug, episode]]),
    shows: {},
    technologies: {},
  };

  it('serves one module per published episode and none for another slug', () => {
    expect(virtualModuleCode('virtual:content/episode/introducing-apko-and-melange', { content })).toContain(
      'export const episode = JSON.parse(',
    );
    expect(virtualModuleCode('virtual:content/episode/unknown', { content })).toBeUndefined();
  });

  it('knows every id the app imports, and nothing else in the namespace', () => {
    for (const id of ['catalog', 'episodes', 'shows', 'technologies', 'names', 'search-index', 'show-latest', 'catalog-first-page', 'episode/intro', 'show-latest/show-0']) {
      expect(isVirtualModuleId(`virtual:content/${id}`)).toBe(true);
    }
    expect(isVirtualModuleId('virtual:content/episode/')).toBe(false);
    expect(isVirtualModuleId('virtual:content/constructor')).toBe(false);
    expect(isVirtualModuleId('virtual:content/unknown')).toBe(false);
    expect(virtualModuleCode('virtual:content/show-latest/show-x', { content })).toBeUndefined();
  });
});
