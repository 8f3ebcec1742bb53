// What a clip link needs at run time, in one chunk that the store loads only
// on such a link (product.md, Clips): reading the clip, and pausing at its end.
export { clipFromLocation } from './clip';
export { watchClipEnd } from './clip-stop';
