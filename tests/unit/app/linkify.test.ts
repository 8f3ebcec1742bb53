// Addresses in descriptions become links; everything else stays text.
import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from '@/app/catalog/linkify';

const links = (text: string) => linkify(text).filter((part) => part.href !== undefined).map((part) => part.text);

describe('linkify', () => {
  it('keeps the text whole: the parts join back into it', () => {
    const text = 'See https://example.com/a?b=1&c=2, then (https://x.dev/y). Done.';
    expect(linkify(text).map((part) => part.text).join('')).toBe(text);
  });

  it('links http and https addresses, leaving sentence punctuation outside', () => {
    expect(links('Docs: https://example.com/docs. Code at http://git.example.org/repo!')).toEqual([
      'https://example.com/docs',
      'http://git.example.org/repo',
    ]);
  });

  it('keeps brackets that belong to the address and drops those around it', () => {
    expect(links('(see https://en.wikipedia.org/wiki/Go_(programming_language))')).toEqual([
      'https://en.wikipedia.org/wiki/Go_(programming_language)',
    ]);
    expect(links('[https://example.com/x]')).toEqual(['https://example.com/x']);
  });

  it('never links other schemes, nor markup around an address', () => {
    expect(links('javascript:alert(1) data:text/html,<b>x</b> ftp://example.com')).toEqual([]);
    expect(links('<a href="https://evil.example">click</a>')).toEqual(['https://evil.example']);
    expect(linkify('<script>alert(1)</script>')).toEqual([{ text: '<script>alert(1)</script>' }]);
  });

  it('gives an href only for well-formed http(s) URLs', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref('https://')).toBeUndefined();
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
  });

  it('is plain text when there is no address', () => {
    expect(linkify('no links here')).toEqual([{ text: 'no links here' }]);
    expect(linkify('')).toEqual([]);
  });
});
