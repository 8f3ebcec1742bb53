// Reads the boxes Chromium draws captions in. They live in the <video>'s
// user-agent shadow tree, out of reach of page scripts; the DevTools protocol
// sees it (DOM.getDocument with pierce).
import type { CDPSession, Page } from 'playwright-core';

export interface CueBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The cue's computed font size, in CSS pixels. */
  fontSize: number;
}

interface DomNode {
  nodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let opened = sessions.get(page);
  if (!opened) {
    opened = page.context().newCDPSession(page).then(async (cdp) => {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      return cdp;
    });
    sessions.set(page, opened);
  }
  return opened;
}

/** Every caption cue drawn on the page now, with its box in the viewport and its font size. */
export async function captionCueBoxes(page: Page): Promise<CueBox[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const cues: DomNode[] = [];
  const walk = (node: DomNode) => {
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) {
      if (attributes[i] === 'pseudo' && attributes[i + 1] === 'cue') cues.push(node);
    }
    [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach(walk);
  };
  walk(root);
  const boxes: CueBox[] = [];
  for (const cue of cues) {
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: cue.nodeId })) as { model: { border: number[] } };
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: cue.nodeId })) as {
      computedStyle: Array<{ name: string; value: string }>;
    };
    const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
    const fontSize = Number.parseFloat(computedStyle.find((p) => p.name === 'font-size')?.value ?? 'NaN');
    boxes.push({ left: x1, top: y1, right: x2, bottom: y3, fontSize });
  }
  return boxes;
}
