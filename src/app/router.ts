// A small client router over the History API: a handful of routes (product.md, Addresses) need no more.
// It also remembers how far each history entry was scrolled, so that back and
// forward return to the same spot (the browser cannot: pages draw after it restores).
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'watch'; slug: string }
  | { page: 'embed'; slug: string }
  | { page: 'show'; id: string }
  | { page: 'technology'; id: string }
  | { page: 'shows' | 'technologies' }
  | { page: 'not-found' };

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'home' };
  if (path === '/shows' || path === '/technologies') return { page: path === '/shows' ? 'shows' : 'technologies' };
  const [, section, id, ...rest] = path.split('/');
  const value = id ? decodeSegment(id) : undefined;
  if (rest.length > 0 || !value) return { page: 'not-found' };
  if (section === 'watch') return { page: 'watch', slug: value };
  if (section === 'embed') return { page: 'embed', slug: value };
  if (section === 'shows') return { page: 'show', id: value };
  if (section === 'technologies') return { page: 'technology', id: value };
  return { page: 'not-found' };
}

/** How the viewer got to the current history entry. */
export type NavigationKind = 'load' | 'push' | 'replace' | 'back-forward';

export interface Navigation {
  url: URL;
  kind: NavigationKind;
  /** Where this entry was scrolled when last shown (back/forward, reload). */
  savedScrollY: number | undefined;
}

/** history.state as this router keeps it: other code may add fields, and must keep these. */
interface EntryState {
  entryKey?: string;
}

const SCROLL_STORAGE = 'rawkode:scroll-positions';
/** Enough entries for any real back-button journey; keeps sessionStorage small. */
const REMEMBERED_ENTRIES = 100;

const scrollPositions = new Map<string, number>();
const listeners = new Set<() => void>();
let current: Navigation | undefined;
/** The key of the entry on screen: history.state already names the next one when popstate arrives. */
let shownKey: string | undefined;

const newEntryKey = () => Math.random().toString(36).slice(2, 10);

/** The current entry's key, given to it on first sight (a fresh load, a `#fragment` link). */
function currentEntryKey(): string {
  const state = window.history.state as EntryState | null;
  if (state?.entryKey) return state.entryKey;
  const entryKey = newEntryKey();
  window.history.replaceState({ ...state, entryKey }, '');
  return entryKey;
}

function setCurrent(kind: NavigationKind) {
  const key = currentEntryKey();
  shownKey = key;
  current = {
    url: new URL(window.location.href),
    kind,
    savedScrollY: kind === 'load' || kind === 'back-forward' ? scrollPositions.get(key) : undefined,
  };
  for (const listener of listeners) listener();
}

function start() {
  // The app restores positions itself, once a page has drawn.
  window.history.scrollRestoration = 'manual';
  try {
    const saved = JSON.parse(sessionStorage.getItem(SCROLL_STORAGE) ?? '[]') as [string, number][];
    for (const [key, y] of saved) if (typeof y === 'number') scrollPositions.set(key, y);
  } catch {
    // Unreadable or blocked storage: positions are remembered for this page's life only.
  }
  window.addEventListener('scroll', () => scrollPositions.set(shownKey ?? currentEntryKey(), window.scrollY), { passive: true });
  window.addEventListener('popstate', () => {
    // The page being left is still drawn, and still where the viewer scrolled
    // it: keep that now, as a scroll event from this frame would come too late.
    if (shownKey) scrollPositions.set(shownKey, window.scrollY);
    setCurrent('back-forward');
  });
  window.addEventListener('pagehide', () => {
    if (shownKey) scrollPositions.set(shownKey, window.scrollY);
    try {
      sessionStorage.setItem(SCROLL_STORAGE, JSON.stringify([...scrollPositions].slice(-REMEMBERED_ENTRIES)));
    } catch {
      // Full or blocked: nothing to do.
    }
  });
  setCurrent('load');
}

function currentNavigation(): Navigation {
  if (!current) start();
  return current!;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The address a page is rendered for at build time (src/app/prerender-entry.tsx), where there is no window. */
let prerenderedNavigation: Navigation | undefined;

/** Renders the next pages (on the server) as if at `url`. */
export function renderingAt(url: URL) {
  prerenderedNavigation = { url, kind: 'load', savedScrollY: undefined };
}

/**
 * The current address and how the viewer got there; React re-renders when it
 * changes. Pages render nothing from the address that a prerendered page
 * could not know (the query, the fragment) before they are taken over, so
 * the browser's own address serves for taking a page over too.
 */
export function useNavigation(): Navigation {
  return useSyncExternalStore(subscribe, currentNavigation, () => prerenderedNavigation ?? currentNavigation());
}

/**
 * Goes to an address in the app without reloading. `replace` swaps the
 * current history entry (typing in search) instead of adding one.
 */
export function navigate(href: string, { replace = false } = {}) {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  currentNavigation();
  if (replace) {
    window.history.replaceState({ ...(window.history.state as EntryState | null) }, '', url.href);
  } else {
    scrollPositions.set(shownKey ?? currentEntryKey(), window.scrollY);
    window.history.pushState({ entryKey: newEntryKey() } satisfies EntryState, '', url.href);
  }
  setCurrent(replace ? 'replace' : 'push');
}

/** The address the app shows now: for an event handler that changes part of it. */
export const currentUrl = (): URL => currentNavigation().url;

/** Handles a click on an in-app link as client navigation; modified clicks behave as links do. */
export function followLink(event: React.MouseEvent<HTMLAnchorElement>) {
  const anchor = event.currentTarget;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (anchor.target && anchor.target !== '_self') return;
  if (anchor.origin !== window.location.origin || anchor.hasAttribute('download')) return;
  event.preventDefault();
  navigate(anchor.href);
}
