import { describe, expect, it, vi } from 'vitest';
import { failedModuleAddress, retryableImport } from '@/player/core/retryable-import';

describe('failedModuleAddress', () => {
  it('reads the script a failed import names, as Chromium and Firefox word it', () => {
    expect(failedModuleAddress(new TypeError('Failed to fetch dynamically imported module: https://rawkode.academy/assets/hls.light-GfIr9Rzd.js'))).toBe(
      'https://rawkode.academy/assets/hls.light-GfIr9Rzd.js',
    );
    expect(failedModuleAddress(new TypeError('error loading dynamically imported module: http://127.0.0.1:4173/assets/catalog-VsQl8RHZ.js'))).toBe(
      'http://127.0.0.1:4173/assets/catalog-VsQl8RHZ.js',
    );
  });

  it('finds none where the error names no script, and leaves a query off', () => {
    expect(failedModuleAddress(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleAddress('not an error')).toBeUndefined();
    expect(failedModuleAddress(new Error('Failed to fetch dynamically imported module: https://example.com/a.js?v=1'))).toBe('https://example.com/a.js');
  });
});

describe('retryableImport', () => {
  it('asks the import again when the error names no address', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Importing a module script failed.')).mockResolvedValueOnce({ value: 1 });
    const importAgain = retryableImport(load);
    await expect(importAgain()).rejects.toThrow('Importing a module script failed.');
    expect(await importAgain()).toEqual({ value: 1 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('once an import naming its address has failed, imports that address afresh rather than asking the same import again', async () => {
    const load = vi.fn().mockRejectedValue(new TypeError('Failed to fetch dynamically imported module: https://example.invalid/assets/x.js'));
    const importAgain = retryableImport(load);
    await expect(importAgain()).rejects.toThrow(/x\.js$/);
    // The fresh address cannot load here (no such host): what matters is that the failed import was not asked again.
    await expect(importAgain()).rejects.toThrow();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
