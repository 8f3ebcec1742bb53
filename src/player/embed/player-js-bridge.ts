// The embed page's side of the player.js protocol (product.md, The embed page
// and its API): a host page drives the framed player with postMessage, the
// way the `player.js` npm library (embedly's) and its spec do it. Messages
// are JSON text `{context: "player.js", version, method, value, listener}`;
// the embed answers a getter with `{context, version, event: <method>,
// value, listener}` and sends the events a host asked for (`addEventListener`)
// the same way. Anything else that reaches the window (other libraries'
// messages, garbage, a hostile page) is ignored without a sound.
//
// Framework-free: the player is reached through `EmbeddedPlayer`, which
// fromPlayerStore() builds from the player store's own requests.
import type { PlayerState, PlayerStore } from '../core/store';

export const PLAYER_JS_CONTEXT = 'player.js';
/** The protocol version the library sends (its VERSION) and the spec names. */
export const PLAYER_JS_VERSION = '0.0.11';

export const PLAYER_JS_EVENTS = ['ready', 'play', 'pause', 'ended', 'timeupdate'] as const;
export type PlayerJsEvent = (typeof PLAYER_JS_EVENTS)[number];

export const PLAYER_JS_METHODS = [
  'play',
  'pause',
  'getPaused',
  'getCurrentTime',
  'setCurrentTime',
  'getDuration',
  'getVolume',
  'setVolume',
  'mute',
  'unmute',
  'getMuted',
  'addEventListener',
  'removeEventListener',
] as const;
type PlayerJsMethod = (typeof PLAYER_JS_METHODS)[number];

/** Real messages are a few hundred characters: anything much longer is not parsed at all. */
const MAX_MESSAGE_LENGTH = 4096;
/** A listener id is echoed back in every reply: a short string (the library's are 45 characters) or a number. */
const MAX_LISTENER_LENGTH = 200;
/** Enough for any host; a page adding listeners in a loop cannot make the embed post without end. */
const MAX_LISTENERS = 100;

/** What the protocol can ask of the player: volume in 0–1, times in seconds. */
export interface EmbeddedPlayer {
  play(): void;
  pause(): void;
  paused(): boolean;
  currentTime(): number;
  seek(seconds: number): void;
  duration(): number;
  volume(): number;
  setVolume(volume: number): void;
  muted(): boolean;
  setMuted(muted: boolean): void;
}

/** Where a reply goes: the window that asked, at the origin it had when it asked. */
interface Recipient {
  source: MessageEventSource;
  origin: string;
}

interface Listener extends Recipient {
  event: PlayerJsEvent;
  id: string | number | null;
}

export interface PlayerJsReceiver {
  /** Handles one `message` event of the window; ignores everything that is not a player.js request. */
  receive(event: MessageEvent): void;
  /** The player can take commands: tells the listeners of `ready` or, when none asked yet, the embedding page. */
  announceReady(): void;
  /** Sends an event to the hosts that listen for it. */
  emit(event: Exclude<PlayerJsEvent, 'ready'>, value?: unknown): void;
}

const isMethod = (name: unknown): name is PlayerJsMethod => typeof name === 'string' && (PLAYER_JS_METHODS as readonly string[]).includes(name);
const isEvent = (name: unknown): name is PlayerJsEvent => typeof name === 'string' && (PLAYER_JS_EVENTS as readonly string[]).includes(name);

/** A number from a message (`12`, `"12"`), or undefined. */
function numberFrom(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function listenerFrom(value: unknown): string | number | null {
  if (typeof value === 'string' && value.length <= MAX_LISTENER_LENGTH) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return null;
}

/** A player.js request, or undefined for anything else. The library sends JSON text; its own receiver also takes objects. */
function requestFrom(data: unknown): { method: PlayerJsMethod; value: unknown; listener: string | number | null } | undefined {
  let message: unknown = data;
  if (typeof data === 'string') {
    if (data.length > MAX_MESSAGE_LENGTH) return undefined;
    try {
      message = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const { context, method, value, listener } = message as Record<string, unknown>;
  if (context !== PLAYER_JS_CONTEXT || !isMethod(method)) return undefined;
  return { method, value, listener: listenerFrom(listener) };
}

/** The message's origin as a postMessage target: an opaque origin (`null`, a sandboxed frame) can only be `*`. */
const targetOrigin = (origin: string) => (origin.startsWith('http://') || origin.startsWith('https://') ? origin : '*');

function post(recipient: Recipient, event: PlayerJsEvent | PlayerJsMethod, value: unknown, listener: string | number | null) {
  const message: Record<string, unknown> = { context: PLAYER_JS_CONTEXT, version: PLAYER_JS_VERSION, event };
  if (value !== undefined && value !== null) message.value = value;
  if (listener !== null) message.listener = listener;
  try {
    (recipient.source as Window).postMessage(JSON.stringify(message), targetOrigin(recipient.origin));
  } catch {
    // The asking window is gone or refuses messages: nothing to tell anyone.
  }
}

/**
 * A receiver for `player`. `src` is the embed's address as loaded (the
 * library accepts `ready` only when it equals the iframe's `src`); `parent`
 * is the framing window, or null when the embed is not framed.
 */
export function createPlayerJsReceiver({ player, src, parent }: { player: EmbeddedPlayer; src: string; parent: Window | null }): PlayerJsReceiver {
  const listeners: Listener[] = [];
  let ready = false;
  const readyValue = () => ({ src, events: [...PLAYER_JS_EVENTS], methods: [...PLAYER_JS_METHODS] });

  const getters: Partial<Record<PlayerJsMethod, () => unknown>> = {
    getPaused: () => player.paused(),
    getCurrentTime: () => player.currentTime(),
    getDuration: () => player.duration(),
    // The protocol's volume is 0–100; rounded to hundredths, without float noise (0.57 × 100).
    getVolume: () => Math.round(player.volume() * 10_000) / 100,
    getMuted: () => player.muted(),
  };
  const commands: Partial<Record<PlayerJsMethod, (value: unknown) => void>> = {
    play: () => player.play(),
    pause: () => player.pause(),
    mute: () => player.setMuted(true),
    unmute: () => player.setMuted(false),
    setCurrentTime(value) {
      const seconds = numberFrom(value);
      if (seconds !== undefined) player.seek(seconds);
    },
    setVolume(value) {
      const volume = numberFrom(value);
      if (volume !== undefined) player.setVolume(Math.min(100, Math.max(0, volume)) / 100);
    },
  };

  function addListener(recipient: Recipient, event: unknown, id: string | number | null) {
    if (!isEvent(event)) return;
    const known = listeners.some((l) => l.event === event && l.id === id && l.source === recipient.source);
    if (!known && listeners.length < MAX_LISTENERS) listeners.push({ ...recipient, event, id });
    // A host that asks for `ready` after the embed became ready still hears it (the library asks once it sees the frame load).
    if (event === 'ready' && ready) post(recipient, 'ready', readyValue(), id);
  }

  function removeListener(source: MessageEventSource, event: unknown, id: string | number | null) {
    // With no listener id, every listener of that event that this window added goes (the spec's rule).
    for (let i = listeners.length - 1; i >= 0; i--) {
      const l = listeners[i]!;
      if (l.source === source && l.event === event && (id === null || l.id === id)) listeners.splice(i, 1);
    }
  }

  function emit(event: PlayerJsEvent, value?: unknown): boolean {
    const listening = listeners.filter((l) => l.event === event);
    for (const listener of listening) post(listener, event, value, listener.id);
    return listening.length > 0;
  }

  return {
    receive(event) {
      const request = requestFrom(event.data);
      const source = event.source;
      if (!request || !source || typeof (source as Window).postMessage !== 'function') return;
      const recipient = { source, origin: event.origin };
      const { method, value, listener } = request;
      if (method === 'addEventListener') return addListener(recipient, value, listener);
      if (method === 'removeEventListener') return removeListener(source, value, listener);
      const get = getters[method];
      if (get) return post(recipient, method, get(), listener);
      commands[method]?.(value);
    },
    announceReady() {
      if (ready) return;
      ready = true;
      // The spec's `ready` goes out whether or not anyone listens: the library
      // registers its listener only once it knows the frame has loaded.
      // It carries nothing private (the embed's own address), so any framing origin may read it.
      if (!emit('ready', readyValue()) && parent) post({ source: parent, origin: '*' }, 'ready', readyValue(), null);
    },
    emit(event, value) {
      emit(event, value);
    },
  };
}

/** The protocol's events that a change of the player's state makes: play, pause, ended, timeupdate. */
export function playerJsEvents(previous: PlayerState, next: PlayerState): Array<[Exclude<PlayerJsEvent, 'ready'>, unknown?]> {
  const events: Array<[Exclude<PlayerJsEvent, 'ready'>, unknown?]> = [];
  if (previous.paused && !next.paused) events.push(['play']);
  if (!previous.paused && next.paused) events.push(['pause']);
  if (!previous.ended && next.ended) events.push(['ended']);
  if (previous.currentTime !== next.currentTime) events.push(['timeupdate', { seconds: next.currentTime, duration: next.duration }]);
  return events;
}

/** The player as the protocol sees it, through the store's requests (never the <video> itself). */
export function fromPlayerStore(store: PlayerStore): EmbeddedPlayer {
  const live = () => store.getState().liveState();
  return {
    play: () => store.getState().play(),
    pause: () => store.getState().pause(),
    paused: () => live().paused,
    currentTime: () => live().currentTime,
    seek: (seconds) => store.getState().seek(seconds),
    duration: () => store.getState().duration,
    volume: () => live().volume,
    setVolume(volume) {
      // The store's volume request unmutes (a viewer moving the slider wants to hear it); the protocol's does not.
      const wasMuted = live().muted;
      store.getState().setVolume(volume);
      if (wasMuted) store.getState().setMuted(true);
    },
    muted: () => live().muted,
    setMuted: (muted) => store.getState().setMuted(muted),
  };
}

/**
 * Speaks player.js for `store` in `window` until the returned function is
 * called: answers requests at once, and announces `ready` when the media can
 * seek (its metadata is in), which is when every command takes effect.
 */
export function connectPlayerJs(store: PlayerStore, window: Window): () => void {
  const receiver = createPlayerJsReceiver({
    player: fromPlayerStore(store),
    src: window.location.href,
    parent: window.parent === window ? null : window.parent,
  });
  const onMessage = (event: MessageEvent) => receiver.receive(event);
  window.addEventListener('message', onMessage);
  if (store.getState().ready) receiver.announceReady();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.ready) receiver.announceReady();
    for (const [event, value] of playerJsEvents(previous, next)) receiver.emit(event, value);
  });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
