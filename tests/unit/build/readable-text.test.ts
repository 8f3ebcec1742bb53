// Real content's text as viewers should read it: line breaks, references, a subtitle said once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCharacterReferences,
  isCutFromDescription,
  readableEpisode,
  readableParagraphs,
  withoutLeadingSubtitle,
} from '@/build/readable-text';
import type { Episode } from '@/content/schema';

describe('decodeCharacterReferences', () => {
  it('decodes numeric and common named references, as in the real corpus', () => {
    expect(decodeCharacterReferences('Hmm. I&#x27;ll have Claude write a new one')).toBe("Hmm. I'll have Claude write a new one");
    expect(decodeCharacterReferences('It&#39;s &quot;fine&quot; &amp; done &mdash; really&hellip;')).toBe('It\'s "fine" & done \u2014 really\u2026');
    expect(decodeCharacterReferences('&#X1F680; launch')).toBe('\u{1F680} launch');
  });

  it('decodes once: a reference to a reference is its text', () => {
    expect(decodeCharacterReferences('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
  });

  it('leaves text that only looks like a reference as written', () => {
    for (const text of [
      '<Untitled Chapter 1>',
      'Q&A: Traffic Splitting',
      'Demo Complete & Q&A (Syscalls, Kube API)',
      'R&D; and &unknown; and &amp without a semicolon',
      '&#0; &#xD800; &#x110000; &#;',
      'Understanding Rust String Types (`&str` vs `String`)',
    ]) {
      expect(decodeCharacterReferences(text)).toBe(text);
    }
  });

  it('never turns text without an ampersand into anything else', () => {
    fc.assert(fc.property(fc.string().filter((text) => !text.includes('&')), (text) => decodeCharacterReferences(text) === text));
  });
});

describe('readableParagraphs', () => {
  it('turns a written-out \\n into a line break and a doubled one into a paragraph break', () => {
    expect(readableParagraphs('The fall\\nof Kubernetes.\\n\\nHmm.')).toBe('The fall\nof Kubernetes.\n\nHmm.');
    expect(readableParagraphs('Windows\\r\\nline')).toBe('Windows\nline');
  });

  it('keeps at most one blank line between paragraphs and trims the ends', () => {
    expect(readableParagraphs('  One  \n\n\n\n\\n\\nTwo \n')).toBe('One\n\nTwo');
  });

  it('leaves an escaped backslash before n alone', () => {
    expect(readableParagraphs('printf("%d\\\\n")')).toBe('printf("%d\\\\n")');
  });

  it('keeps markup-like text as text', () => {
    expect(readableParagraphs('<script>alert(1)</script>\\n&lt;b&gt;')).toBe('<script>alert(1)</script>\n<b>');
  });
});

describe('withoutLeadingSubtitle', () => {
  const subtitle = 'Dive into WebAssembly & Spin!';

  it('drops the subtitle a description opens with, and the break after it', () => {
    expect(withoutLeadingSubtitle(`${subtitle}\n\nJoin us as we explore.`, subtitle)).toBe('Join us as we explore.');
    expect(withoutLeadingSubtitle('Go fast. Then slow.', 'Go fast')).toBe('Then slow.');
  });

  it('keeps a description that only starts with the same letters or does not start with it', () => {
    expect(withoutLeadingSubtitle('Gophers everywhere', 'Go')).toBe('Gophers everywhere');
    expect(withoutLeadingSubtitle('We talk about it. Dive into WebAssembly & Spin!', subtitle)).toBe(
      'We talk about it. Dive into WebAssembly & Spin!',
    );
    expect(withoutLeadingSubtitle('Anything', undefined)).toBe('Anything');
  });
});

describe('isCutFromDescription', () => {
  const description = 'Join us for a live stream as we explore Preq, the open-source tool for reliability.';

  it('knows a long subtitle cut from the description mid-word', () => {
    expect(isCutFromDescription(description.slice(0, 52), description)).toBe(true);
  });

  it('keeps a short subtitle, a whole-word one and one the description does not start with', () => {
    expect(isCutFromDescription('Go', 'Gophers everywhere')).toBe(false);
    expect(isCutFromDescription(description.slice(0, 49), description)).toBe(false); // ends before a space
    expect(isCutFromDescription(description.slice(1, 51), description)).toBe(false);
  });
});

describe('readableEpisode', () => {
  const episode: Episode = {
    slug: 'wasm',
    title: 'Spin &amp; WebAssembly',
    subtitle: 'Dive into Spin &#x27;s future',
    description: "Dive into Spin &#x27;s future\\n\\nJoin us.\\nI&#x27;ll show you <b>how</b>.",
    publishedAt: '2024-01-01T00:00:00.000Z',
    videoId: 'abc',
    duration: 0,
    technologies: [],
    chapters: [
      { startTime: 0, title: '<Untitled Chapter 1>' },
      { startTime: 60, title: 'Q&amp;A' },
    ],
  };

  it('cleans every text the pages show, and keeps chapter titles as written but for references', () => {
    expect(readableEpisode(episode)).toEqual({
      ...episode,
      title: 'Spin & WebAssembly',
      subtitle: "Dive into Spin 's future",
      description: "Join us.\nI'll show you <b>how</b>.",
      chapters: [
        { startTime: 0, title: '<Untitled Chapter 1>' },
        { startTime: 60, title: 'Q&A' },
      ],
    });
  });

  it('leaves out a subtitle that is only the description cut off mid-word, and keeps the description whole', () => {
    const description = "Join us as we explore Preq, the free tool that's changing how teams detect issues before customers notice them.";
    const cleaned = readableEpisode({ ...episode, subtitle: description.slice(0, 90), description });
    expect('subtitle' in cleaned).toBe(false);
    expect(cleaned.description).toBe(description);
  });

  it('leaves the description out when it only repeated the subtitle', () => {
    const cleaned = readableEpisode({ ...episode, subtitle: 'Same', description: 'Same\\n' });
    expect(cleaned.subtitle).toBe('Same');
    expect('description' in cleaned).toBe(false);
  });
});
