// @vitest-environment jsdom
// Code outside the player that the page does not need to start (when-wanted.tsx,
// usePageWanted) loads once: at the viewer's first touch of the page (at once
// for a touch that came first) or after a few quiet seconds, whichever comes
// first, and never once the page has moved on.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module notes the viewer's first touch once, for the page's life: each test has a page of its own.
let usePageWanted: typeof import('@/player/ui/when-wanted').usePageWanted;
beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  ({ usePageWanted } = await import('@/player/ui/when-wanted'));
});
afterEach(() => vi.useRealTimers());

function loader() {
  const module = { name: 'extras' };
  const load = vi.fn(() => Promise.resolve(module));
  return { load, module };
}

describe('usePageWanted', () => {
  it('loads nothing until wanted, then once at the first touch, whatever follows', async () => {
    const { load, module } = loader();
    const { result } = renderHook(() => usePageWanted(load));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(load).not.toHaveBeenCalled();
    expect(result.current).toBeUndefined();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      window.dispatchEvent(new PointerEvent('pointerdown'));
    });
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(module);
  });

  it('loads once after the quiet seconds, not again at a later touch', async () => {
    const { load, module } = loader();
    const { result } = renderHook(() => usePageWanted(load));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(module);
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' })));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once when the viewer touched the page before it was asked (the take-over’s effects run late)', async () => {
    const { load, module } = loader();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
    const { result } = renderHook(() => usePageWanted(load));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(module);
  });

  it('loads nothing once the page has moved on, not even when the quiet time was already up', async () => {
    const { load } = loader();
    const { unmount } = renderHook(() => usePageWanted(load));
    // The quiet time is up and the idle callback is asked for, but has not run yet.
    await act(() => vi.advanceTimersByTimeAsync(4000));
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(load).not.toHaveBeenCalled();
  });
});
