// Shared by the benchmarks that measure a watch page once its transcript panel is done.

/**
 * In the page: resolves with what became of the transcript (the place's
 * `data-transcript`, which the panel sets once it has drawn its lines or
 * found none), two frames later (the panel's layout and paint done). One
 * mutation callback, no polling. A string, so that the bundler's helpers
 * stay out of the page.
 */
export const TRANSCRIPT_SETTLED = `new Promise((resolve) => {
  const place = document.querySelector('.transcript-place');
  const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(place.getAttribute('data-transcript'))));
  if (place.hasAttribute('data-transcript')) return settle();
  new MutationObserver((records, observer) => {
    observer.disconnect();
    settle();
  }).observe(place, { attributes: true, attributeFilter: ['data-transcript'] });
})`;
