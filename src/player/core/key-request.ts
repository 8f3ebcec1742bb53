// A key's request to the player, and how it is sent: what the player's keys
// (keys.ts) and the Seek slider's own keys (slider-keys.ts) both ask. Apart from
// the key table, so that the slider does not bring the table with it (a page
// loads the table once wanted: src/player/ui/use-keyboard-shortcuts.ts).
import type { PlayerRequests } from './store';

/**
 * A store request and its arguments: what a key asks the player to do.
 * `['seekBy', -10]` calls the store's `seekBy(-10)`.
 */
export type KeyRequest = {
  [Name in KeyRequestName]: [Name, ...Parameters<PlayerRequests[Name]>];
}[KeyRequestName];

/** Any request but the one that shows a key's result, which takes a key's request itself. */
type KeyRequestName = Exclude<keyof PlayerRequests, 'showFeedback'>;

/** Sends a key's request to the player. */
export function sendKeyRequest(player: PlayerRequests, [name, ...args]: KeyRequest): void {
  (player[name] as (...values: unknown[]) => void)(...args);
}
