// How problems name files: the same way wherever the project is checked out.
import { describe, expect, it } from 'vitest';
import { displayPath } from '@/build/problems';

describe('displayPath', () => {
  it('names a file inside the working directory relative to it', () => {
    expect(displayPath('/work/site/content/episodes/a.md', '/work/site')).toBe('content/episodes/a.md');
  });

  it('names a file outside it absolutely, even when a relative path would be shorter', () => {
    expect(displayPath('/tmp/content-x/episodes/a.md', '/tmp/checkout')).toBe('/tmp/content-x/episodes/a.md');
    expect(displayPath('/work/shared/corpus/episodes/a.md', '/work/main')).toBe('/work/shared/corpus/episodes/a.md');
  });
});
