// A dynamic import that a Retry really tries again.
//
// Why: browsers may keep a dynamic import's failure for the page's life (the
// HTML standard's module map said so for years; Chromium 150, Debian's build
// on our machines, does): importing the same address again fails at once,
// without a request, however the connection has recovered since. So once an
// import has failed, the next attempt imports the module's address with a
// query of its own, a new address, which the browser fetches. The address is
// read from the browser's error, which names it (Chromium: "Failed to fetch
// dynamically imported module: https://…/assets/hls.light-….js"; Firefox
// alike); where it does not, the import is simply asked again, for the
// browsers that fetch a failed module anew.
//
// Here, in the player's core, because its stream controller retries hls.js
// this way; the app's pages and catalog data use it too.

/**
 * `load` (an `import()`), and after a failure, the module's address afresh at
 * every later call. The address is the first script's the error names, up to
 * its name (a dev server's version query left off).
 */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let failedAddress: string | undefined;
  return () =>
    // A new address at every attempt: one that failed is kept failed too.
    (failedAddress ? (import(/* @vite-ignore */ `${failedAddress}?${Date.now()}`) as Promise<M>) : load()).catch((error: unknown) => {
      failedAddress ??= /http\S+?\.js\b/.exec(String(error))?.[0];
      throw error;
    });
}
