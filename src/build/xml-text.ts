// Text from content made fit for XML 1.0, which has no way at all to write some
// characters (not even as references): a feed with one is not well-formed.

/** C0 controls other than tab, newline and carriage return, and the two non-characters XML forbids. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without the characters XML cannot hold: controls are dropped, and
 * half an emoji becomes U+FFFD, as a UTF-8 encoder would write it anyway.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(LONE_SURROGATE, '\uFFFD');
}
