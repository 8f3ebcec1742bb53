// The <iframe> other sites paste to embed an episode (product.md, The embed page
// and its API): one shape for the oEmbed response the build writes and for any
// embed code the app offers, so the two never drift apart.

/** What the embed page may use inside another site's frame. */
export const EMBED_ALLOW = 'fullscreen; picture-in-picture; clipboard-write';
/** The frame's default size: 16:9, large enough for the controls on one row. */
export const EMBED_SIZE = { width: 640, height: 360 } as const;

const ATTRIBUTE_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attribute = (text: string) => text.replace(/[&<>"']/g, (character) => ATTRIBUTE_ENTITIES[character]!);

/**
 * `<iframe src="…/embed/<slug>?t=2807" … title="<episode title>" allow="…">`:
 * `src` is an absolute embed page address, `title` names the frame for
 * screen readers; both are text, written as entities where needed.
 */
export function embedIframe({ src, title, width = EMBED_SIZE.width, height = EMBED_SIZE.height }: { src: string; title: string; width?: number; height?: number }): string {
  return `<iframe src="${attribute(src)}" width="${width}" height="${height}" title="${attribute(title)}" allow="${EMBED_ALLOW}" allowfullscreen></iframe>`;
}
