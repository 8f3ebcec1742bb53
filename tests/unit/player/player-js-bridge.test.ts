// @vitest-environment jsdom
// The embed's player.js receiver, driven by messages shaped exactly as the
// `player.js` library sends them, against the real player store on a
// scripted media element. Hosts are stand-in windows that record what the
// embed posts to them (and at which target origin).
import { describe, expect, it } from 'vitest';
import { connectPlayerJs, createPlayerJsReceiver, fromPlayerStore, PLAYER_JS_VERSION } from '@/player/embed/player-js-bridge';
import { attachedStore } from './support/fake-media';

const EMBED_SRC = 'https://rawkode.academy/embed/introducing-apko-and-melange?t=2807';
const HOST_ORIGIN = 'https://host.example';

interface Posted {
  message: Record<string, unknown>;
  targetOrigin: string;
}

/** A host window: records every message posted to it, parsed. */
function hostWindow() {
  const posted: Posted[] = [];
  const host = {
    posted,
    postMessage(message: unknown, targetOrigin: string) {
      posted.push({ message: JSON.parse(String(message)) as Record<string, unknown>, targetOrigin });
    },
  };
  return host;
}
type Host = ReturnType<typeof hostWindow>;

/** A message as the library's Player.send writes it. */
const request = (method: string, extra: Record<string, unknown> = {}) => JSON.stringify({ method, ...extra, context: 'player.js', version: PLAYER_JS_VERSION });

const messageFrom = (host: Host, data: unknown, origin = HOST_ORIGIN) => ({ data, origin, source: host }) as unknown as MessageEvent;

function setup({ framed = true } = {}) {
  const { store, media } = attachedStore({ chapters: [{ startTime: 0, title: 'Start' }], duration: 4453 });
  const parent = hostWindow();
  const receiver = createPlayerJsReceiver({ player: fromPlayerStore(store), src: EMBED_SRC, parent: framed ? (parent as unknown as Window) : null });
  return { store, media, parent, receiver };
}

describe('player.js receiver', () => {
  it('announces ready once to the framing page, with its own address and what it supports', () => {
    const { parent, receiver } = setup();
    receiver.announceReady();
    receiver.announceReady();
    expect(parent.posted).toHaveLength(1);
    const [{ message, targetOrigin }] = parent.posted as [Posted];
    expect(targetOrigin).toBe('*');
    expect(message).toMatchObject({ context: 'player.js', version: PLAYER_JS_VERSION, event: 'ready' });
    expect(message.listener).toBeUndefined();
    const value = message.value as { src: string; events: string[]; methods: string[] };
    expect(value.src).toBe(EMBED_SRC);
    expect(value.events).toEqual(expect.arrayContaining(['ready', 'play', 'pause', 'ended', 'timeupdate']));
    expect(value.methods).toEqual(
      expect.arrayContaining(['play', 'pause', 'getPaused', 'getCurrentTime', 'setCurrentTime', 'getDuration', 'getVolume', 'setVolume', 'mute', 'unmute', 'getMuted', 'addEventListener', 'removeEventListener']),
    );
  });

  it('tells a host that asks for ready after it (the library asks once the frame has loaded), to that host and listener', () => {
    const { parent, receiver } = setup();
    receiver.announceReady();
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'ready', listener: 'listener-1' })));
    expect(host.posted).toEqual([{ message: expect.objectContaining({ event: 'ready', listener: 'listener-1' }), targetOrigin: HOST_ORIGIN }]);
    expect(parent.posted).toHaveLength(1);
  });

  it('announces ready to the listeners that asked before it was ready, instead of to the framing page', () => {
    const { parent, receiver } = setup();
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'ready', listener: 'early' })));
    expect(host.posted).toEqual([]);
    receiver.announceReady();
    expect(host.posted.map((p) => p.message.listener)).toEqual(['early']);
    expect(parent.posted).toEqual([]);
  });

  it('posts nothing unasked when it is not framed', () => {
    const { parent, receiver } = setup({ framed: false });
    receiver.announceReady();
    expect(parent.posted).toEqual([]);
  });

  it('answers getters to the asking window, at its origin, echoing the listener', () => {
    const { media, receiver } = setup();
    media.loadMetadata(4453);
    media.playTo(2807.5);
    const host = hostWindow();
    for (const method of ['getPaused', 'getCurrentTime', 'getDuration', 'getVolume', 'getMuted']) {
      receiver.receive(messageFrom(host, request(method, { listener: `id-${method}` })));
    }
    expect(host.posted.every((p) => p.targetOrigin === HOST_ORIGIN)).toBe(true);
    expect(host.posted.map((p) => [p.message.event, p.message.value, p.message.listener])).toEqual([
      ['getPaused', true, 'id-getPaused'],
      ['getCurrentTime', 2807.5, 'id-getCurrentTime'],
      ['getDuration', 4453, 'id-getDuration'],
      ['getVolume', 100, 'id-getVolume'],
      ['getMuted', false, 'id-getMuted'],
    ]);
    expect(host.posted.every((p) => p.message.context === 'player.js' && p.message.version === PLAYER_JS_VERSION)).toBe(true);
  });

  it('carries out commands through the player store', () => {
    const { store, media, receiver } = setup();
    media.loadMetadata(4453);
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('play')));
    expect(media.paused).toBe(false);
    receiver.receive(messageFrom(host, request('pause')));
    expect(media.paused).toBe(true);
    receiver.receive(messageFrom(host, request('setCurrentTime', { value: 600 })));
    expect(media.currentTime).toBe(600);
    receiver.receive(messageFrom(host, request('setCurrentTime', { value: '700' })));
    expect(media.currentTime).toBe(700);
    receiver.receive(messageFrom(host, request('mute')));
    expect(media.muted).toBe(true);
    // The protocol's volume is 0–100, and setting it does not unmute.
    receiver.receive(messageFrom(host, request('setVolume', { value: 57 })));
    expect(media.volume).toBeCloseTo(0.57);
    expect(media.muted).toBe(true);
    receiver.receive(messageFrom(host, request('getVolume', { listener: 'v' })));
    expect(host.posted.at(-1)?.message.value).toBe(57);
    receiver.receive(messageFrom(host, request('unmute')));
    expect(media.muted).toBe(false);
    receiver.receive(messageFrom(host, request('setVolume', { value: 250 })));
    expect(media.volume).toBe(1);
    expect(store.getState().liveState().volume).toBe(1);
  });

  it('clamps a seek past the end like any other seek, and ignores a time that is not a number', () => {
    const { media, receiver } = setup();
    media.loadMetadata(4453);
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('setCurrentTime', { value: 1e9 })));
    expect(media.currentTime).toBeLessThan(4453);
    const before = media.currentTime;
    for (const value of ['soon', null, {}, [], Number.NaN, '']) receiver.receive(messageFrom(host, request('setCurrentTime', { value })));
    expect(media.currentTime).toBe(before);
  });

  it('sends events only to the listeners that asked, until they stop asking', () => {
    const { receiver } = setup();
    const host = hostWindow();
    const other = hostWindow();
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'timeupdate', listener: 'a' })));
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'timeupdate', listener: 'a' })));
    receiver.receive(messageFrom(other, request('addEventListener', { value: 'play', listener: 'b' }), 'https://other.example'));
    receiver.emit('timeupdate', { seconds: 1, duration: 2 });
    receiver.emit('play');
    receiver.emit('pause');
    expect(host.posted.map((p) => [p.message.event, p.message.listener, p.message.value])).toEqual([['timeupdate', 'a', { seconds: 1, duration: 2 }]]);
    expect(other.posted).toEqual([{ message: expect.objectContaining({ event: 'play', listener: 'b' }), targetOrigin: 'https://other.example' }]);

    receiver.receive(messageFrom(host, request('removeEventListener', { value: 'timeupdate', listener: 'a' })));
    receiver.emit('timeupdate', { seconds: 2, duration: 2 });
    expect(host.posted).toHaveLength(1);
  });

  it('removes every listener of an event that a window added when it names none', () => {
    const { receiver } = setup();
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'pause', listener: 'a' })));
    receiver.receive(messageFrom(host, request('addEventListener', { value: 'pause', listener: 'b' })));
    receiver.receive(messageFrom(host, request('removeEventListener', { value: 'pause' })));
    receiver.emit('pause');
    expect(host.posted).toEqual([]);
  });

  it('ignores what is not a player.js request, quietly', () => {
    const { media, receiver } = setup();
    media.loadMetadata(4453);
    const host = hostWindow();
    const hostile: unknown[] = [
      'not json',
      '{"context":"player.js","method":"play"',
      JSON.stringify({ context: 'other', method: 'play' }),
      JSON.stringify({ method: 'play' }),
      request('setLoop', { value: true }),
      request('getLoop', { listener: 'x' }),
      request('constructor', { listener: 'x' }),
      request('toString', { listener: 'x' }),
      request('addEventListener', { value: '__proto__', listener: 'x' }),
      request('addEventListener', { value: 'error', listener: 'x' }),
      JSON.stringify({ context: 'player.js', method: 'play', padding: 'x'.repeat(1024 * 1024) }),
      'x'.repeat(1024 * 1024),
      JSON.stringify([1, 2, 3]),
      'null',
      '42',
      null,
      undefined,
      42,
      { context: 'player.js' },
      new ArrayBuffer(8),
    ];
    for (const data of hostile) expect(() => receiver.receive(messageFrom(host, data))).not.toThrow();
    receiver.emit('pause');
    expect(host.posted).toEqual([]);
    expect(media.paused).toBe(true);
  });

  it('ignores a request without a window to answer, and survives a window that refuses messages', () => {
    const { receiver } = setup();
    expect(() => receiver.receive({ data: request('getPaused', { listener: 'x' }), origin: HOST_ORIGIN, source: null } as unknown as MessageEvent)).not.toThrow();
    const closed = {
      postMessage() {
        throw new DOMException('gone', 'InvalidAccessError');
      },
    } as unknown as Host;
    expect(() => receiver.receive(messageFrom(closed, request('getPaused', { listener: 'x' })))).not.toThrow();
  });

  it('answers an opaque origin (a sandboxed frame) with the only target it can name', () => {
    const { receiver } = setup();
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('getPaused', { listener: 'x' }), 'null'));
    expect(host.posted.map((p) => p.targetOrigin)).toEqual(['*']);
  });

  it('does not echo a listener id too long to be one', () => {
    const { receiver } = setup();
    const host = hostWindow();
    receiver.receive(messageFrom(host, request('getPaused', { listener: 'x'.repeat(2000) })));
    expect(host.posted[0]?.message.listener).toBeUndefined();
  });
});

describe('connectPlayerJs', () => {
  /** A window as the embed sees it: framed by `parent`, at EMBED_SRC. */
  function embedWindow(parent: Host) {
    const target = new EventTarget();
    return Object.assign(target, { location: { href: EMBED_SRC }, parent }) as unknown as Window;
  }
  const dispatch = (window: Window, host: Host, data: string) =>
    window.dispatchEvent(Object.assign(new Event('message'), { data, origin: HOST_ORIGIN, source: host }));

  it('announces ready when the media can seek, then reports what the player does', () => {
    const { store, media } = attachedStore({ chapters: [], duration: 4453 });
    const parent = hostWindow();
    const window = embedWindow(parent);
    const disconnect = connectPlayerJs(store, window);
    expect(parent.posted).toEqual([]);
    media.loadMetadata(4453);
    expect(parent.posted.map((p) => p.message.event)).toEqual(['ready']);

    for (const event of ['play', 'pause', 'ended', 'timeupdate']) dispatch(window, parent, request('addEventListener', { value: event, listener: event }));
    dispatch(window, parent, request('play'));
    media.playTo(12);
    media.fire('timeupdate');
    media.pause();
    media.currentTime = 4453;
    media.fire('ended');
    expect(parent.posted.slice(1).map((p) => [p.message.event, p.message.value])).toEqual([
      ['play', undefined],
      ['timeupdate', { seconds: 12, duration: 4453 }],
      ['pause', undefined],
      ['ended', undefined],
      ['timeupdate', { seconds: 4453, duration: 4453 }],
    ]);

    disconnect();
    dispatch(window, parent, request('play'));
    expect(media.paused).toBe(true);
  });

  it('announces ready at once when the media could already seek', () => {
    const { store, media } = attachedStore({ chapters: [], duration: 4453 });
    media.loadMetadata(4453);
    const parent = hostWindow();
    connectPlayerJs(store, embedWindow(parent));
    expect(parent.posted.map((p) => p.message.event)).toEqual(['ready']);
  });
});
