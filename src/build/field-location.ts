// Finds where a front-matter field is written, so a problem can point at its line and column.
// Only files with a problem get here: the good path never builds a YAML syntax tree.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourcePosition } from './problems.ts';

/**
 * Locates fields of one file's front-matter. `yaml` is the text that starts
 * right after the opening `---`, so its line numbers are the file's.
 */
export function fieldLocator(yaml: string): (keys: readonly PropertyKey[]) => SourcePosition {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: false });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // With no YAML at all, the front-matter's start is the opening `---` line.
  const frontMatterStart: SourcePosition = { line: 1, column: 1 };

  return (keys) => {
    let node: unknown = document.contents;
    let found = isNode(node) && node.range ? position(node.range[0]) : frontMatterStart;
    for (const key of keys) {
      // A missing field is reported on the mapping that should hold it.
      let next: { node: unknown; offset?: number } | undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (pair) next = { node: pair.value, offset: rangeStart(pair.value) ?? rangeStart(pair.key) };
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (item !== undefined) next = { node: item, offset: rangeStart(item) };
      }
      if (!next) break;
      node = next.node;
      if (next.offset !== undefined) found = position(next.offset);
    }
    return found;
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function rangeStart(value: unknown): number | undefined {
  return isNode(value) && value.range ? value.range[0] : undefined;
}
