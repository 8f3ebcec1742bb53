// Content is text, never markup (product.md, Build output): escaping for each place it lands in a page.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML: safe as element text and inside a quoted attribute value
 * (either quote). Also right for XML (the sitemap).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]!);
}

/**
 * JSON for a `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`,
 * `\u0026`, so no text can close the script (`</script>`) or open a comment
 * (`<!--`), and the JSON still parses to the same value. U+2028 and U+2029
 * are escaped too, for older JavaScript parsers that read them as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
