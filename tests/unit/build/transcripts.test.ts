// An episode's captions as transcript cues: what a viewer reads in the transcript is the words
// spoken, with who spoke them, and never markup.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTranscript } from '@/build/transcripts';
import { vttTimestamp } from '@/build/chapters-vtt';

const vtt = (...cues: string[]) => ['WEBVTT', '', ...cues.flatMap((cue) => [cue, ''])].join('\n');

describe('parseTranscript', () => {
  it('gives each cue its times and words, in time order', () => {
    expect(
      parseTranscript(
        vtt('00:00:01.000 --> 00:00:04.500\nHello and welcome.', '1\n00:46:47.000 --> 00:46:50.250\nThis is melange.', '01:14:10.000 --> 01:14:13.000\nBye'),
      ),
    ).toEqual([
      { start: 1, end: 4.5, text: 'Hello and welcome.' },
      { start: 2807, end: 2810.25, text: 'This is melange.' },
      { start: 4450, end: 4453, text: 'Bye' },
    ]);
  });

  it('takes the speaker from a voice tag, as a name rather than markup', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\n<v Ariadne>Hello</v>', '00:00:02.000 --> 00:00:03.000\n<v.loud Sample Narrator>Hi there'))).toEqual([
      { start: 1, end: 2, text: 'Hello', speaker: 'Ariadne' },
      { start: 2, end: 3, text: 'Hi there', speaker: 'Sample Narrator' },
    ]);
  });

  it('keeps the words of a second voice in the same cue with its name', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\n<v Ariadne>Ready?</v> <v Bob>Yes.</v>'))).toEqual([
      { start: 1, end: 2, text: 'Ready? Bob: Yes.', speaker: 'Ariadne' },
    ]);
  });

  it('drops every other tag and keeps its words', () => {
    expect(
      parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\n<i>Really</i> <b>bold</b> <u>and</u> <c.yellow>coloured</c> <lang en>words</lang><00:00:01.500> later')),
    ).toEqual([{ start: 1, end: 2, text: 'Really bold and coloured words later' }]);
  });

  it('decodes character references, named and numeric', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\napko &amp; melange &lt;3 &gt; caf&eacute; &#39;quoted&#39; &#x2F;'))?.[0]?.text).toBe(
      "apko & melange <3 > café 'quoted' &#x2F;",
    );
  });

  it('keeps escaped markup as the characters it shows', () => {
    const cues = parseTranscript(
      vtt(
        '00:00:01.000 --> 00:00:02.000\n&lt;img src=x onerror=alert(1)&gt;',
        '00:00:02.000 --> 00:00:03.000\n&lt;/p&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
        '00:00:03.000 --> 00:00:04.000\n<v &lt;b&gt;Mallory&amp;Co>hi',
      ),
    );
    expect(cues).toEqual([
      { start: 1, end: 2, text: '<img src=x onerror=alert(1)>' },
      { start: 2, end: 3, text: '</p><script>alert("x")</script>' },
      { start: 3, end: 4, text: 'hi', speaker: '<b>Mallory&Co' },
    ]);
  });

  it('drops raw tags that WebVTT does not know, keeping no markup', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\n<img src=x onerror=alert(1)>Look<script>alert(1)</script>'))).toEqual([
      { start: 1, end: 2, text: 'Lookalert(1)' },
    ]);
  });

  it('joins a cue of several lines with spaces', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:02.000\nfirst line\n  second line\r\nthird'))?.[0]?.text).toBe('first line second line third');
    expect(parseTranscript('WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\none\r\ntwo\r\n')?.[0]?.text).toBe('one two');
  });

  it('keeps overlapping cues, each whole', () => {
    expect(parseTranscript(vtt('00:00:01.000 --> 00:00:05.000\nlong one', '00:00:02.000 --> 00:00:03.000\nshort one'))).toEqual([
      { start: 1, end: 5, text: 'long one' },
      { start: 2, end: 3, text: 'short one' },
    ]);
  });

  it('leaves out cues with no words, and notes, styles and regions', () => {
    expect(
      parseTranscript(
        ['WEBVTT - with a header', 'Kind: captions', '', 'STYLE', '::cue { color: red }', '', 'NOTE a note', 'on two lines', '', '00:00:01.000 --> 00:00:02.000 align:start', '<i></i>', '', '00:00:02.000 --> 00:00:03.000 line:0', 'words', ''].join('\n'),
      ),
    ).toEqual([{ start: 2, end: 3, text: 'words' }]);
  });

  it('reads 20,000 cues', () => {
    const cues = Array.from({ length: 20_000 }, (_, index) => `${vttTimestamp(index * 0.25)} --> ${vttTimestamp(index * 0.25 + 3)}\nCue number ${index + 1}`);
    const started = performance.now();
    const transcript = parseTranscript(vtt(...cues));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(transcript).toHaveLength(20_000);
    expect(transcript?.[19_999]).toEqual({ start: 4999.75, end: 5002.75, text: 'Cue number 20000' });
  });

  it('gives nothing for a file that is not WebVTT, an empty one or one without cues', () => {
    expect(parseTranscript('')).toBeUndefined();
    expect(parseTranscript('<!doctype html><title>Not found</title>')).toBeUndefined();
    expect(parseTranscript('1\n00:00:01,000 --> 00:00:02,000\nAn SRT file\n')).toBeUndefined();
    expect(parseTranscript('WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nwords\n')).toBeUndefined();
    expect(parseTranscript('WEBVTT\n')).toBeUndefined();
    expect(parseTranscript('WEBVTT\n\nNOTE nothing here\n')).toBeUndefined();
    expect(parseTranscript('\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nwith a byte order mark\n')).toEqual([{ start: 1, end: 2, text: 'with a byte order mark' }]);
  });

  it('never throws on any cue text, and gives one tidy line (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const transcript = parseTranscript(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${text.replace(/-->/g, '')}\n`);
        for (const cue of transcript ?? []) {
          expect(cue.text).toBe(cue.text.trim());
          expect(cue.text).not.toMatch(/\s{2}|\n/);
        }
      }),
    );
  });
});
