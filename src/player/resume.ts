// Remembers where a viewer left each episode, in localStorage. Storage that is
// missing, full, throwing or holding garbage is ignored: resuming is a nicety.
const key = (slug: string) => `watch-position:${slug}`;

/** Positions this close to either end are not worth resuming. */
const RESUME_MARGIN_SECONDS = 5;

/** Whether a position is one the watch page resumes from: not at either end of the episode. */
export const isWorthResuming = (seconds: number, duration: number) =>
  seconds >= RESUME_MARGIN_SECONDS && seconds <= duration - RESUME_MARGIN_SECONDS;

export function readResumePosition(slug: string, duration: number): number | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key(slug));
    if (!raw) return undefined;
    const stored: unknown = JSON.parse(raw);
    const seconds = typeof stored === 'object' && stored !== null ? (stored as { t?: unknown }).t : undefined;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
    return isWorthResuming(seconds, duration) ? seconds : undefined;
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

export interface RememberedPosition {
  slug: string;
  /** Where the viewer left the episode, in seconds. */
  seconds: number;
  /** When, in milliseconds since the epoch (0 when storage does not say). */
  savedAt: number;
}

const KEY_PREFIX = /* @__PURE__ */ key('');

/**
 * Every remembered position, most recently watched first (for "Continue
 * watching"). Entries that are not a position we wrote (garbage, another
 * app's keys, a time that is not a number) are skipped; storage that throws
 * gives an empty list. Whether each episode still exists is the caller's to check.
 */
export function listResumePositions(): RememberedPosition[] {
  const positions: RememberedPosition[] = [];
  try {
    const storage = globalThis.localStorage;
    if (!storage) return [];
    for (let index = 0; index < storage.length; index++) {
      const name = storage.key(index);
      if (!name?.startsWith(KEY_PREFIX) || name.length === KEY_PREFIX.length) continue;
      const position = readPosition(name.slice(KEY_PREFIX.length), storage.getItem(name));
      if (position) positions.push(position);
    }
  } catch {
    return [];
  }
  return positions.sort((a, b) => b.savedAt - a.savedAt);
}

function readPosition(slug: string, raw: string | null): RememberedPosition | undefined {
  if (!raw) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { t, savedAt } = stored as { t?: unknown; savedAt?: unknown };
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return undefined;
  // A position without its date still resumes: it is listed, after the dated ones.
  return { slug, seconds: t, savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0 };
}
