import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryableImport } from '@/player/core/retryable-import';

describe('retryableImport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the import again when the error names no address (Safari’s wording)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Importing a module script failed.')).mockResolvedValueOnce({ value: 1 });
    const importAgain = retryableImport(load);
    await expect(importAgain()).rejects.toThrow('Importing a module script failed.');
    expect(await importAgain()).toEqual({ value: 1 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://example.invalid/assets/hls.light-GfIr9Rzd.js'],
    ['Firefox', 'error loading dynamically imported module: https://example.invalid/assets/hls.light-GfIr9Rzd.js'],
    ['a dev server', 'Failed to fetch dynamically imported module: https://example.invalid/assets/hls.light-GfIr9Rzd.js?v=4d1c'],
  ])('once an import has failed with %s naming the script, imports that address afresh rather than asking the same import again', async (_, message) => {
    const load = vi.fn().mockRejectedValue(new TypeError(message));
    const importAgain = retryableImport(load);
    await expect(importAgain()).rejects.toThrow(message);
    // Node cannot import an https: address, so here the fresh import fails too; what matters is that the
    // failed import was not asked again (the browser tests of Retry see the fresh one load).
    await expect(importAgain()).rejects.toThrow();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
