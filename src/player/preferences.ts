// Remembers the viewer's volume, mute, speed and captions choices across
// visits, in localStorage. Storage that is missing, full, throwing or holding
// garbage is ignored, value by value: a remembered choice is a nicety.
import { PLAYBACK_RATES } from './core/playback-rates';

export interface ViewerPreferences {
  volume: number;
  muted: boolean;
  playbackRate: number;
  captionsOn: boolean;
}

const KEY = 'player-preferences';

/** Each choice, checked on its own: one bad value does not cost the others. */
const VALID: { [Name in keyof ViewerPreferences]: (value: unknown) => value is ViewerPreferences[Name] } = {
  volume: (value): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1,
  muted: (value): value is boolean => typeof value === 'boolean',
  playbackRate: (value): value is number => typeof value === 'number' && PLAYBACK_RATES.includes(value),
  captionsOn: (value): value is boolean => typeof value === 'boolean',
};

/** The choices the viewer made on an earlier visit; the ones not made, or not readable, are left out. */
export function readPreferences(): Partial<ViewerPreferences> {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return {};
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    const preferences: Partial<Record<keyof ViewerPreferences, unknown>> = {};
    for (const name of Object.keys(VALID) as Array<keyof ViewerPreferences>) {
      const value = (stored as Record<string, unknown>)[name];
      if (VALID[name](value)) preferences[name] = value;
    }
    return preferences as Partial<ViewerPreferences>;
  } catch {
    return {};
  }
}

export function savePreferences(preferences: ViewerPreferences): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Full or blocked storage: the viewer's choices simply last for this visit.
  }
}
