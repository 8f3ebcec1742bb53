// webvtt-parser (the W3C's WebVTT parser and validator) ships no types: the
// part of its API that src/build/transcripts.ts uses.
declare module 'webvtt-parser' {
  /** A node of a cue's text: words (entities decoded), a tag's object, or a timestamp tag. */
  export type CueTextNode =
    | { type: 'text'; value: string }
    /** `c`, `i`, `b`, `u`, `ruby`, `rt`, `v` (value: the speaker), `lang` (value: the language). */
    | { type: 'object'; name: string; classes: string[]; value?: string; children: CueTextNode[] }
    | { type: 'timestamp'; value: number };

  export interface ParsedCue {
    id: string;
    /** Seconds. */
    startTime: number;
    endTime: number;
    /** The cue's text as written, lines joined with `\n`. */
    text: string;
    tree: { children: CueTextNode[] };
  }

  export interface ParseResult {
    /** In time order. */
    cues: ParsedCue[];
    errors: Array<{ message: string; line: number; col?: number }>;
    styles: string[];
  }

  export class WebVTTParser {
    /** `entities`: named character references with and without `;` (its html-entities.json); default a handful. */
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): ParseResult;
  }

  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
