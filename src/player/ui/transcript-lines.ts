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
  const line = Object.assign(document.createElement('li'), { className: 'transcript-line' });
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
 * Fills `container` with the sections (a chapter heading, when the lines
 * fall in one, over a list of lines) and returns the lines' links by index.
 */
export function renderTranscriptLines(container: HTMLElement, sections: readonly TranscriptSection[]): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  const all = document.createDocumentFragment();
  for (const section of sections) {
    const group = document.createElement('div');
    group.className = 'transcript-section';
    // The room it takes until drawn (transcript.css): through the CSSOM, which the page's policy allows.
    group.style.setProperty('--lines', String(section.lines.length));
    if (section.chapter) {
      const heading = document.createElement('h3');
      heading.className = 'transcript-section-heading';
      heading.textContent = section.chapter.title;
      group.append(heading);
    }
    const list = document.createElement('ol');
    list.className = 'transcript-section-lines';
    section.lines.forEach((line, offset) => {
      const index = section.firstLine + offset;
      const item = template('line');
      const link = item.firstChild as HTMLAnchorElement;
      // Attributes set as text: no URL is resolved for each of 1,200 links while building them.
      link.setAttribute('href', `?t=${toQueryTime(line.start)}`);
      link.setAttribute('data-line', String(index));
      // One line at a time is in the tab order (the panel moves it): 1,200 tab stops would bury the rest of the page.
      link.setAttribute('tabindex', index === 0 ? '0' : '-1');
      lineContent(link, line);
      list.append(item);
      links[index] = link;
    });
    group.append(list);
    all.append(group);
  }
  container.replaceChildren(all);
  return links;
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
