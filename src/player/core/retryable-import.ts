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

/** `load` (an `import()`), and after a failure, the module's address afresh at every later call. */
export function retryableImport<M>(load: () => Promise<M>): () => Promise<M> {
  let failedAddress: string | undefined;
  let attempts = 0;
  return async () => {
    try {
      if (failedAddress === undefined) return await load();
      attempts += 1;
      return (await import(/* @vite-ignore */ `${failedAddress}?retry=${attempts}`)) as M;
    } catch (error) {
      failedAddress ??= failedModuleAddress(error);
      throw error;
    }
  };
}

/** The address of the script a failed `import()` names in its error, if it names one. */
export function failedModuleAddress(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  // The script's own address, up to its name: a query (a dev server's version) is left off.
  return /\bhttps?:\/\/[^\s'"?#]+\.m?js\b/.exec(message)?.[0];
}
