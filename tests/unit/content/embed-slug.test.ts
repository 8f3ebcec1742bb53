// The embed page's entry finds its episode from its own address (src/app/embed-main.tsx),
// without the site's router: the slug in `/embed/<slug>`, as embedPath writes it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedPath, embedSlug } from '@/content/site';

describe('embedSlug', () => {
  it('reads the slug of an embed page, with or without a trailing slash', () => {
    expect(embedSlug('/embed/introducing-apko-and-melange')).toBe('introducing-apko-and-melange');
    expect(embedSlug('/embed/introducing-apko-and-melange/')).toBe('introducing-apko-and-melange');
  });

  it('gives back whatever embedPath wrote', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (slug) => embedSlug(embedPath(slug)) === slug));
  });

  it('is undefined for any other address, or one that does not decode', () => {
    for (const path of ['/', '/embed', '/embed/', '/watch/a', '/embed/a/b', '/x/embed/a', '/embed/%E0%A4%A'])
      expect(embedSlug(path), path).toBeUndefined();
  });
});
