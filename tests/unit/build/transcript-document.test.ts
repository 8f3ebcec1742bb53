// @vitest-environment jsdom
// The transcript as prerendered and as Markdown: paragraphs a person can read under the chapters
// they belong to, each a link to its moment, with every word of content shown as text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transcriptHtml, transcriptSections } from '@/build/transcript-document';
import { episodeMarkdown, markdownText } from '@/build/episode-markdown';
import type { TranscriptCue } from '@/build/transcripts';
import { pageFromShell } from '@/build/prerender-html';

/** A cue every `step` seconds from `from` to before `to`, saying `<n>: <words>`. */
const everyFewSeconds = (from: number, to: number, step: number, words = 'words'): TranscriptCue[] =>
  Array.from({ length: Math.ceil((to - from) / step) }, (_, index) => ({
    start: from + index * step,
    end: from + (index + 1) * step,
    text: `${index + 1}: ${words}`,
  }));

describe('transcriptSections', () => {
  const episode = {
    duration: 4453,
    chapters: [
      { startTime: 107, title: 'Introduction' },
      { startTime: 2807, title: 'Melange Signing Keys' },
      { startTime: 5000, title: 'After the end' },
    ],
  };

  it('puts cues before the first chapter under no heading, and each chapter’s cues under it; empty chapters have none', () => {
    const sections = transcriptSections(
      [
        { start: 5, end: 8, text: 'Before.' },
        { start: 107, end: 110, text: 'Hello.' },
        { start: 4460, end: 4470, text: 'Past the declared end.' },
      ],
      episode,
    );
    expect(sections).toEqual([
      { paragraphs: [{ start: 5, text: 'Before.', lines: [{ start: 5, at: 0 }] }] },
      { chapter: episode.chapters[0], paragraphs: [{ start: 107, text: 'Hello.', lines: [{ start: 107, at: 0 }] }] },
      { chapter: episode.chapters[1], paragraphs: [{ start: 4460, text: 'Past the declared end.', lines: [{ start: 4460, at: 0 }] }] },
    ]);
  });

  it('never runs a paragraph across a chapter start', () => {
    const sections = transcriptSections([{ start: 2800, end: 2806, text: 'one' }, { start: 2807, end: 2809, text: 'two' }], episode);
    expect(sections.map(({ paragraphs }) => paragraphs.map(({ text }) => text))).toEqual([['one'], ['two']]);
  });

  it('ends a paragraph after 30 s at a sentence end, and after 60 s whatever comes', () => {
    const sentences = transcriptSections(everyFewSeconds(200, 320, 4, 'Sentence.'), episode);
    expect(sentences[0]!.paragraphs.map(({ start }) => start)).toEqual([200, 232, 264, 296]);
    const noSentences = transcriptSections(everyFewSeconds(200, 400, 4, 'and then'), episode);
    expect(noSentences[0]!.paragraphs.map(({ start }) => start)).toEqual([200, 260, 320, 380]);
    expect(noSentences[0]!.paragraphs[0]!.text).toBe(Array.from({ length: 15 }, (_, index) => `${index + 1}: and then`).join(' '));
  });

  it('starts a paragraph when another speaker is named; an unnamed cue goes on with the last speaker', () => {
    const sections = transcriptSections(
      [
        { start: 200, end: 202, text: 'Hi.', speaker: 'Ariadne' },
        { start: 202, end: 204, text: 'Welcome.' },
        { start: 204, end: 206, text: 'Thanks.', speaker: 'Sample Narrator' },
        { start: 206, end: 208, text: 'Again.', speaker: 'Sample Narrator' },
      ],
      episode,
    );
    expect(sections[0]!.paragraphs).toEqual([
      { start: 200, speaker: 'Ariadne', text: 'Hi. Welcome.', lines: [{ start: 200, at: 0 }, { start: 202, at: 4 }] },
      { start: 204, speaker: 'Sample Narrator', text: 'Thanks. Again.', lines: [{ start: 204, at: 0 }, { start: 206, at: 8 }] },
    ]);
  });

  it('keeps every cue’s words, in order, and where each starts, whatever the cues (property)', () => {
    const cue = fc.record({ start: fc.double({ min: 0, max: 6000, noNaN: true }), length: fc.double({ min: 0.1, max: 90, noNaN: true }), text: fc.string({ minLength: 1 }) });
    fc.assert(
      fc.property(fc.array(cue, { maxLength: 60 }), (drawn) => {
        const cues = drawn.map(({ start, length, text }) => ({ start, end: start + length, text })).sort((a, b) => a.start - b.start);
        const sections = transcriptSections(cues, episode);
        expect(sections.flatMap(({ paragraphs }) => paragraphs.map(({ text }) => text)).join(' ')).toBe(cues.map(({ text }) => text).join(' '));
        // Each cue is a line of its paragraph: its start, and where its words are in the paragraph's text.
        const lines = sections.flatMap(({ paragraphs }) =>
          paragraphs.flatMap(({ text, lines }) => lines.map(({ start, at }, index) => ({ start, text: text.slice(at, index + 1 < lines.length ? lines[index + 1]!.at - 1 : undefined) }))),
        );
        expect(lines).toEqual(cues.map(({ start, text }) => ({ start, text })));
        for (const { chapter, paragraphs } of sections) {
          for (const { start } of paragraphs) if (chapter) expect(start).toBeGreaterThanOrEqual(chapter.startTime);
        }
      }),
    );
  });
});

describe('transcriptHtml', () => {
  const render = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const sections = transcriptSections(
    [
      { start: 3, end: 6, text: 'Before any chapter.' },
      { start: 2807.6, end: 2810, text: '<img src=x onerror=alert(1)> & "quoted" </section>', speaker: '<b>Ariadne</b>' },
    ],
    { duration: 4453, chapters: [{ startTime: 2807, title: '<Untitled Chapter 1> & "more"' }] },
  );

  it('is a section (with no name of its own) of chapter headings and paragraphs linking to their whole second', () => {
    const document = render(transcriptHtml(sections));
    const section = document.querySelector('section')!;
    expect(section.className).toBe('transcript-document');
    expect(section.hasAttribute('data-transcript-document')).toBe(true);
    expect(section.hasAttribute('aria-label') || section.hasAttribute('aria-labelledby')).toBe(false);
    expect(section.getAttribute('role')).toBe('complementary');
    // Each chapter's part in a box of its own (laid out as it nears the screen).
    expect([...section.children].map((element) => element.tagName)).toEqual(['H2', 'DIV', 'DIV']);
    expect([...section.querySelectorAll(':scope > div')].map((part) => [...part.children].map((element) => element.tagName))).toEqual([['P'], ['H3', 'P']]);
    expect(section.querySelector('h2')!.textContent).toBe('Transcript');
    const heading = section.querySelector('h3')!;
    expect(heading.id).toBe('chapter-2807');
    expect(heading.textContent).toBe('<Untitled Chapter 1> & "more"');
    const links = [...section.querySelectorAll('p > a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['?t=3', '?t=2807']);
    expect(links.map((link) => link.querySelector('time')!.textContent)).toEqual(['0:03', '46:47']);
    expect(links[1]!.querySelector('time')!.getAttribute('datetime')).toBe('PT46M47S');
    expect(links[1]!.textContent).toBe('46:47 <b>Ariadne</b>: <img src=x onerror=alert(1)> & "quoted" </section>');
    expect(section.querySelectorAll('img, b, script')).toHaveLength(0);
  });

  it('goes after the app’s root in the page, where hydration never looks', () => {
    const shell = '<!doctype html><html><head><title>x</title></head><body><div id="root"></div><script type="module" src="/a.js"></script></body></html>';
    const html = pageFromShell(shell, { body: '<main>app</main>', afterRoot: transcriptHtml(sections) });
    const document = render(html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    expect(document.querySelector('#root')!.textContent).toBe('app');
    expect(document.querySelector('#root + section.transcript-document')).not.toBeNull();
    expect(document.querySelector('#root section')).toBeNull();
    // Content that looks like the root or a replacement pattern stays as written.
    expect(pageFromShell(shell, { afterRoot: '<p>$& <div id="root"></div></p>' })).toContain('<div id="root"></div><p>$& <div id="root"></div></p>');
  });
});

describe('markdownText', () => {
  it('escapes what Markdown would read as markup, and little else', () => {
    expect(markdownText('*x* [y](z)')).toBe('\\*x\\* \\[y\\](z)');
    expect(markdownText('<script>alert(1)</script> `code` _em_ ~~gone~~ a|b &amp; #tag')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\`code\\` \\_em\\_ \\~\\~gone\\~\\~ a\\|b \\&amp; \\#tag',
    );
    expect(markdownText('Introducing apko & melange: what are they? (Q&A) - 100% cloud-native!')).toBe(
      'Introducing apko & melange: what are they? (Q&A) - 100% cloud-native!',
    );
    expect(markdownText('\\ back\\slash')).toBe('\\\\ back\\\\slash');
  });

  it('escapes what would start a block at the start, and makes one line', () => {
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('+ nor this')).toBe('\\+ nor this');
    expect(markdownText('1. nor this')).toBe('1\\. nor this');
    expect(markdownText('2023) nor this')).toBe('2023\\) nor this');
    expect(markdownText('# nor a heading')).toBe('\\# nor a heading');
    expect(markdownText('> nor a quote')).toBe('\\> nor a quote');
    expect(markdownText('  two\n\nlines  ')).toBe('two lines');
    expect(markdownText('===')).toBe('\\===');
  });
});

describe('episodeMarkdown', () => {
  const episode = {
    title: 'Introducing *apko* & [melange](https://evil.example)',
    description: 'A toolset.\nFor images.\n\n- Second paragraph.',
    duration: 4453,
    chapters: [
      { startTime: 0, title: '<Untitled Chapter 1>' },
      { startTime: 2807, title: 'Melange Signing Keys' },
      { startTime: 9999, title: 'Past the end' },
    ],
  };
  const watchPageUrl = 'https://rawkode.academy/watch/introducing-apko-and-melange';

  it('has the title, the description, the chapters as links to their moments, and the transcript under chapter headings', () => {
    const transcript = transcriptSections(
      [
        { start: 1, end: 3, text: 'Sample caption 1 of 2, **loud**.', speaker: 'Sample Narrator' },
        { start: 2808.4, end: 2810, text: 'Sample caption 2 of 2.' },
      ],
      episode,
    );
    expect(episodeMarkdown({ episode, watchPageUrl, transcript })).toBe(
      [
        '# Introducing \\*apko\\* & \\[melange\\](https://evil.example)',
        '',
        'A toolset. For images.',
        '',
        '\\- Second paragraph.',
        '',
        '## Chapters',
        '',
        `- [0:00](${watchPageUrl}?t=0) \\<Untitled Chapter 1\\>`,
        `- [46:47](${watchPageUrl}?t=2807) Melange Signing Keys`,
        '',
        '## Transcript',
        '',
        '### \\<Untitled Chapter 1\\>',
        '',
        `[0:01](${watchPageUrl}?t=1) Sample Narrator: Sample caption 1 of 2, \\*\\*loud\\*\\*.`,
        '',
        '### Melange Signing Keys',
        '',
        `[46:48](${watchPageUrl}?t=2808) Sample caption 2 of 2.`,
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the episode does not have', () => {
    expect(episodeMarkdown({ episode: { title: 'Bare', duration: 60, chapters: [] }, watchPageUrl })).toBe('# Bare\n');
    expect(episodeMarkdown({ episode: { title: 'Bare', duration: 60, chapters: [] }, watchPageUrl, transcript: [] })).toBe('# Bare\n');
  });

  it('keeps a link to the watch page whole whatever the site URL holds', () => {
    expect(episodeMarkdown({ episode: { title: 'T', duration: 60, chapters: [{ startTime: 5, title: 'C' }] }, watchPageUrl: 'https://example.com/a (b)/watch/t' })).toContain(
      '- [0:05](https://example.com/a%20%28b%29/watch/t?t=5) C',
    );
  });
});
