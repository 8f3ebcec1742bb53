// Resources grouped as the watch page shows them.
import { describe, expect, it } from 'vitest';
import { resourcesByCategory } from '@/app/pages/episode-extras';

const resource = (title: string, category?: string) => ({ title, url: `https://example.com/${title}`, ...(category && { category }) });

describe('resourcesByCategory', () => {
  it('groups in the order each category first appears, keeping the author’s order inside, uncategorised last', () => {
    const groups = resourcesByCategory([resource('a', 'Code'), resource('b'), resource('c', 'Slides'), resource('d', 'Code'), resource('e', ' ')]);
    expect(groups.map(({ category, resources }) => [category, resources.map((r) => r.title)])).toEqual([
      ['Code', ['a', 'd']],
      ['Slides', ['c']],
      [undefined, ['b', 'e']],
    ]);
  });

  it('no resources, no groups', () => {
    expect(resourcesByCategory([])).toEqual([]);
  });
});
