// Remembers where a viewer left each episode, in localStorage. Storage that is
// missing, full, throwing or holding garbage is ignored: resuming is a nicety.
const key = (slug: string) => `watch-position:${slug}`;

/** Positions this close to either end are not worth resuming. */
const RESUME_MARGIN_SECONDS = 5;

export function readResumePosition(slug: string, duration: number): number | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key(slug));
    if (!raw) return undefined;
    const stored: unknown = JSON.parse(raw);
    const seconds = typeof stored === 'object' && stored !== null ? (stored as { t?: unknown }).t : undefined;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
    if (seconds < RESUME_MARGIN_SECONDS || seconds > duration - RESUME_MARGIN_SECONDS) return undefined;
    return seconds;
  } catch {
    return undefined;
  }
}

export function saveResumePosition(slug: string, seconds: number, duration: number): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage || !Number.isFinite(seconds)) return;
    if (seconds < RESUME_MARGIN_SECONDS || seconds > duration - RESUME_MARGIN_SECONDS) storage.removeItem(key(slug));
    else storage.setItem(key(slug), JSON.stringify({ t: Math.floor(seconds), savedAt: Date.now() }));
  } catch {
    // Full or blocked storage: the viewer simply starts from the link or 0 next time.
  }
}

export function forgetResumePosition(slug: string): void {
  try {
    globalThis.localStorage?.removeItem(key(slug));
  } catch {
    // As above.
  }
}
