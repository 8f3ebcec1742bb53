// The transcript's lines as DOM, built and updated directly rather than by
// React: an hour of speech is 1,200 lines, and building them as plain
// elements costs a fraction of rendering them as components. Every word goes
// in as a text node (nothing in a cue is ever markup). Updates touch only the
// lines that change: a search rewrites the lines whose matches changed.
import { markedParts, type MatchesByLine, type TranscriptLine, type TranscriptMatch, type TranscriptSection } from '../core/transcript';
import { formatTime, toQueryTime } from '../core/time';

/**
 * The elements every line is made of, made once and cloned: a clone costs a
 * fraction of building the same element one call at a time, and an hour of
 * speech is 1,200 lines.
 */
function makeTemplates() {
  // A list item by role: the items of one chapter's list sit in blocks (renderTranscriptLines), which a list element could not hold.
  const line = Object.assign(document.createElement('div'), { className: 'transcript-line' });
  line.setAttribute('role', 'listitem');
  line.append(document.createElement('a'));
  return {
    line,
    time: Object.assign(document.createElement('time'), { className: 'transcript-time' }),
    speaker: Object.assign(document.createElement('span'), { className: 'transcript-speaker' }),
  };
}
let templates: ReturnType<typeof makeTemplates> | undefined;
const template = <Part extends keyof ReturnType<typeof makeTemplates>>(part: Part) =>
  (templates ??= makeTemplates())[part].cloneNode(true) as ReturnType<typeof makeTemplates>[Part];

/** A line's link: `?t=<whole second>`, the time, the speaker, the words. */
function lineContent(link: HTMLAnchorElement, line: TranscriptLine, ranges?: readonly TranscriptMatch[]) {
  const time = template('time');
  time.setAttribute('datetime', `PT${toQueryTime(line.start)}S`);
  time.textContent = formatTime(line.start);
  const parts: Array<Node | string> = [time, ' '];
  if (line.speaker !== undefined) {
    const speaker = template('speaker');
    speaker.textContent = `${line.speaker}: `;
    parts.push(speaker);
  }
  if (!ranges) {
    parts.push(line.words);
  } else {
    for (const part of markedParts(line.words, ranges)) {
      if (part.match === undefined) {
        parts.push(part.text);
      } else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        parts.push(mark);
      }
    }
  }
  link.replaceChildren(...parts);
}

/**
 * How many lines go in a block: the browser lays out and draws only the
 * blocks near the panel's view (transcript.css), so showing the panel costs
 * a few blocks' lines, not its whole chapter's (hundreds, in an hour-long
 * episode's long chapter). Measured on 1,200 lines opened at a line in a
 * 500-line chapter, the panel's main-thread time (median of 10): 127 ms with
 * a block per chapter, 104 with blocks of 20 lines (blocks of 10 or 40
 * measured no better than 20).
 */
const LINES_PER_BLOCK = 20;

/**
 * Fills `container` with the sections (a chapter heading, when the lines
 * fall in one, over a list of lines, in blocks) and returns the lines' links
 * by index.
 */
export function renderTranscriptLines(container: HTMLElement, sections: readonly TranscriptSection[]): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  const all = document.createDocumentFragment();
  for (const section of sections) {
    const group = document.createElement('div');
    group.className = 'transcript-section';
    if (section.chapter) {
      const heading = document.createElement('h3');
      heading.className = 'transcript-section-heading';
      heading.textContent = section.chapter.title;
      group.append(heading);
    }
    const list = document.createElement('div');
    list.className = 'transcript-section-lines';
    list.setAttribute('role', 'list');
    let block: HTMLElement | undefined;
    section.lines.forEach((line, offset) => {
      if (offset % LINES_PER_BLOCK === 0) {
        block = document.createElement('div');
        block.className = 'transcript-block';
        // The room it takes until drawn (transcript.css): through the CSSOM, which the page's policy allows.
        block.style.setProperty('--lines', String(Math.min(LINES_PER_BLOCK, section.lines.length - offset)));
        list.append(block);
      }
      const index = section.firstLine + offset;
      const item = template('line');
      const link = item.firstChild as HTMLAnchorElement;
      // Attributes set as text: no URL is resolved for each of 1,200 links while building them.
      link.setAttribute('href', `?t=${toQueryTime(line.start)}`);
      link.setAttribute('data-line', String(index));
      // One line at a time is in the tab order (the panel moves it): 1,200 tab stops would bury the rest of the page.
      link.setAttribute('tabindex', index === 0 ? '0' : '-1');
      lineContent(link, line);
      block!.append(item);
      links[index] = link;
    });
    group.append(list);
    all.append(group);
  }
  container.replaceChildren(all);
  return links;
}

/**
 * Draws for good the blocks of lines around line `index` (the blocks within
 * a block's worth of lines of it), before the panel reads where the line is
 * to scroll to it. A block not drawn yet holds an estimate of its room (one
 * row a line), which a line that wraps makes wrong: were it drawn only once
 * scrolled into view, the lines below it would move, and the line scrolled
 * to would not be where the panel put it. Drawn, they are where they will
 * stay. The first time, the estimate of every block is set to the height of
 * a line as drawn here, so that the blocks the viewer scrolls to from there
 * move what is in view by as little as they can.
 */
export function drawLinesAround(container: HTMLElement, links: readonly HTMLAnchorElement[], index: number) {
  const blocks = new Set<HTMLElement>();
  for (let near = Math.max(0, index - LINES_PER_BLOCK); near <= Math.min(links.length - 1, index + LINES_PER_BLOCK); near++) {
    const block = links[near]?.closest<HTMLElement>('.transcript-block');
    if (block && !block.hasAttribute('data-drawn')) blocks.add(block);
  }
  for (const block of blocks) block.setAttribute('data-drawn', '');
  if (blocks.size === 0 || container.style.getPropertyValue('--line-size') !== '') return;
  let height = 0;
  let lines = 0;
  for (const block of blocks) {
    height += block.getBoundingClientRect().height;
    lines += block.childElementCount;
  }
  if (height > 0) container.style.setProperty('--line-size', `${(height / lines).toFixed(2)}px`);
}

/** Marks a search's matches (`<mark>`) in the lines that have them, and clears the lines that had them before. */
export function showMatches(links: readonly HTMLAnchorElement[], lines: readonly TranscriptLine[], before: MatchesByLine, now: MatchesByLine) {
  for (const index of before.keys()) {
    if (!now.has(index)) lineContent(links[index]!, lines[index]!);
  }
  for (const [index, { ranges }] of now) lineContent(links[index]!, lines[index]!, ranges);
}

/** Moves the `data-current` mark from one match to another, without rewriting any line. */
export function moveCurrentMatch(links: readonly HTMLAnchorElement[], matches: readonly TranscriptMatch[], byLine: MatchesByLine, from: number | undefined, to: number | undefined) {
  const markOf = (index: number | undefined) => {
    const match = index === undefined ? undefined : matches[index];
    const line = match && byLine.get(match.line);
    return match && line ? links[match.line]?.querySelectorAll('mark')[index! - line.first] : undefined;
  };
  markOf(from)?.removeAttribute('data-current');
  markOf(to)?.setAttribute('data-current', 'true');
}
