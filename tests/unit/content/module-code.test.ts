// The code of the virtual content modules, evaluated as a browser would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogEntry, contentModuleCode, isContentModuleId, jsonValue } from '@/build/module-code';
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

describe('contentModuleCode', () => {
  const content = {
    episodes: [episode],
    episodesBySlug: new Map([[episode.slug, episode]]),
    shows: {},
    technologies: {},
  };

  it('serves one module per published episode and none for another slug', () => {
    expect(contentModuleCode('virtual:content/episode/introducing-apko-and-melange', content)).toContain(
      'export const episode = JSON.parse(',
    );
    expect(contentModuleCode('virtual:content/episode/unknown', content)).toBeUndefined();
  });

  it('recognises only its own ids, leaving other virtual:content modules to other plugins', () => {
    expect(isContentModuleId('virtual:content/catalog')).toBe(true);
    expect(isContentModuleId('virtual:content/episode/intro')).toBe(true);
    expect(isContentModuleId('virtual:content/episode/')).toBe(false);
    expect(isContentModuleId('virtual:content/search-index')).toBe(false);
    expect(contentModuleCode('virtual:content/search-index', content)).toBeUndefined();
  });
});
