// Whether the viewer wants up next to count down to the next episode: on at
// first, remembered in localStorage. Storage that is missing, throwing or
// holding anything else leaves it on.
const KEY = 'up-next:autoplay';

export function readAutoplayChoice(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveAutoplayChoice(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Full or blocked storage: the choice lasts for this page only.
  }
}
