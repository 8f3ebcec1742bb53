// Which page an address opens (contract §2).
import { describe, expect, it } from 'vitest';
import { matchRoute } from '@/app/router';

describe('matchRoute', () => {
  it('opens the index of every show and of every technology, with or without a trailing slash', () => {
    expect(matchRoute('/shows')).toEqual({ page: 'shows' });
    expect(matchRoute('/shows/')).toEqual({ page: 'shows' });
    expect(matchRoute('/technologies')).toEqual({ page: 'technologies' });
    expect(matchRoute('/technologies//')).toEqual({ page: 'technologies' });
  });

  it('still opens a show’s and a technology’s own page', () => {
    expect(matchRoute('/shows/rawkode-live')).toEqual({ page: 'show', id: 'rawkode-live' });
    expect(matchRoute('/technologies/c%2B%2B')).toEqual({ page: 'technology', id: 'c++' });
  });

  it('opens an episode’s embed page, with or without a trailing slash, and nothing under it', () => {
    expect(matchRoute('/embed/introducing-apko-and-melange')).toEqual({ page: 'embed', slug: 'introducing-apko-and-melange' });
    expect(matchRoute('/embed/introducing-apko-and-melange/')).toEqual({ page: 'embed', slug: 'introducing-apko-and-melange' });
    expect(matchRoute('/embed')).toEqual({ page: 'not-found' });
    expect(matchRoute('/embed/a/b')).toEqual({ page: 'not-found' });
    expect(matchRoute('/embedded/a')).toEqual({ page: 'not-found' });
  });

  it('does not take look-alikes for the index pages', () => {
    expect(matchRoute('/showsx')).toEqual({ page: 'not-found' });
    expect(matchRoute('/Shows')).toEqual({ page: 'not-found' });
    expect(matchRoute('/technology')).toEqual({ page: 'not-found' });
  });
});
