// An author's text with its web addresses as links to elsewhere; the rest stays text.
import { linkify } from '../catalog/linkify';

/**
 * External links open in a new tab so the episode keeps playing; they pass
 * no referrer and no ranking (`nofollow`), and the new tab cannot reach back.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.href === undefined ? (
          part.text
        ) : (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
