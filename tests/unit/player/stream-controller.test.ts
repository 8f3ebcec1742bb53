// The stream controller against a stand-in element and a stand-in hls.js:
// which engine plays, where the stream starts, adopting the early script's
// load, hls.js's fatal errors, and a later load winning over an earlier one.
import { describe, expect, it, vi } from 'vitest';
import { createStreamController, type LoadHls } from '@/player/core/stream-controller';
import type { PlaybackFailure } from '@/player/core/store';
import { FakeMedia, TEST_STREAM } from './support/fake-media';

type Listener = (event: string, data: Record<string, unknown>) => void;

/** Just enough of hls.js: the constructor's options and live config, loadSource, attachMedia, errors fired by hand. */
function fakeHls({ supported = true } = {}) {
  const instances: Array<{ config: Record<string, unknown>; source?: string; media?: unknown; destroyed: boolean; recovered: number; fire: Listener }> = [];
  class Hls {
    static isSupported = () => supported;
    static Events = { ERROR: 'hlsError' };
    static ErrorTypes = { MEDIA_ERROR: 'mediaError', NETWORK_ERROR: 'networkError' };
    static ErrorDetails = { MANIFEST_LOAD_ERROR: 'manifestLoadError' };
    record: (typeof instances)[number];
    constructor(options: Record<string, unknown>) {
      let listener: Listener = () => {};
      // hls.js's own buffer target beside what it was given, as its live `config` holds them.
      const config = { maxMaxBufferLength: 600, ...options };
      this.record = { config, destroyed: false, recovered: 0, fire: (event, data) => listener(event, data) };
      instances.push(this.record);
      this.on = (_event: string, callback: Listener) => (listener = callback);
    }
    on: (event: string, callback: Listener) => void;
    get config() {
      return this.record.config;
    }
    loadSource(url: string) {
      this.record.source = url;
    }
    attachMedia(media: unknown) {
      this.record.media = media;
    }
    recoverMediaError() {
      this.record.recovered += 1;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { instances, load: (() => Promise.resolve({ default: Hls })) as unknown as LoadHls };
}

function setup(options: { engine?: 'native' | 'hls.js'; loadHls?: LoadHls } = {}) {
  const failures: PlaybackFailure[] = [];
  const controller = createStreamController({
    url: TEST_STREAM,
    engine: options.engine,
    loadHls: options.loadHls ?? (() => Promise.reject(new Error('not used'))),
    onFailure: (failure) => failures.push(failure),
  });
  const media = new FakeMedia();
  return { controller, media, failures, video: media as unknown as HTMLVideoElement };
}

describe('the stream controller', () => {
  it('plays natively where the browser can, from the start time, with our controls instead of the browser’s', async () => {
    const { controller, media, video } = setup();
    await controller.load(video, { startTime: 2807, play: false });
    expect(media.sources).toEqual([`${TEST_STREAM}#t=2807`]);
    expect(media).toMatchObject({ preload: 'metadata', controls: false, paused: true });
    expect(media.dataset.engine).toBe('native');
  });

  it('keeps the load the page’s early script started rather than starting it again', async () => {
    const { controller, media, video } = setup();
    media.dataset.engine = 'native';
    media.src = `${TEST_STREAM}#t=2807`;
    await controller.load(video, { startTime: 2807, play: false });
    expect(media.sources).toEqual([`${TEST_STREAM}#t=2807`]);
  });

  it('plays through hls.js when asked to, starting where the viewer is', async () => {
    const hls = fakeHls();
    const { controller, media, video } = setup({ engine: 'hls.js', loadHls: hls.load });
    await controller.load(video, { startTime: 2807, play: true });
    expect(hls.instances).toHaveLength(1);
    expect(hls.instances[0]).toMatchObject({ source: TEST_STREAM, media, config: { startPosition: 2807 } });
    expect(media.dataset.engine).toBe('hls.js');
    expect(media.sources).toEqual([]);
    expect(media.paused).toBe(false);
  });

  it('lets hls.js load only a few seconds ahead until the viewer first plays, then as far as it would', async () => {
    const hls = fakeHls();
    const { controller, media, video } = setup({ engine: 'hls.js', loadHls: hls.load });
    await controller.load(video, { startTime: 2807, play: false });
    const { config } = hls.instances[0]!;
    expect(config.maxMaxBufferLength).toBeLessThanOrEqual(10);
    await video.play();
    expect(config.maxMaxBufferLength).toBe(600);
    media.pause();
    expect(config.maxMaxBufferLength).toBe(600);

    // A load that plays at once (a retry of a viewer who was watching) loads as far as hls.js would.
    const retried = fakeHls();
    const watching = setup({ engine: 'hls.js', loadHls: retried.load });
    await watching.controller.load(watching.video, { startTime: 2807, play: true });
    expect(retried.instances[0]!.config.maxMaxBufferLength).toBe(600);
  });

  it('turns hls.js’s fatal errors into the viewer’s failures, recovering a media error once', async () => {
    const hls = fakeHls();
    const { controller, video, failures } = setup({ engine: 'hls.js', loadHls: hls.load });
    await controller.load(video, { startTime: 0, play: false });
    const { fire } = hls.instances[0]!;
    fire('hlsError', { fatal: false, type: 'networkError' });
    fire('hlsError', { fatal: true, type: 'mediaError' });
    expect(hls.instances[0]!.recovered).toBe(1);
    fire('hlsError', { fatal: true, type: 'mediaError' });
    fire('hlsError', { fatal: true, type: 'networkError', details: 'manifestLoadError', response: { code: 404 } });
    fire('hlsError', { fatal: true, type: 'networkError', details: 'fragLoadError' });
    expect(failures).toEqual(['decode', 'unsupported', 'network']);
  });

  it('says the network failed when hls.js cannot be downloaded, and that a browser without MSE is unsupported', async () => {
    const offline = setup({ engine: 'hls.js', loadHls: () => Promise.reject(new Error('offline')) });
    await offline.controller.load(offline.video, { startTime: 0, play: true });
    expect(offline.failures).toEqual(['network']);
    const old = setup({ engine: 'hls.js', loadHls: fakeHls({ supported: false }).load });
    await old.controller.load(old.video, { startTime: 0, play: true });
    expect(old.failures).toEqual(['unsupported']);
  });

  it('lets a later load win over an earlier one still downloading hls.js, and unload stop it', async () => {
    const hls = fakeHls();
    const waiting: Array<() => void> = [];
    const release = () => waiting.forEach((resolve) => resolve());
    const slowLoad = vi.fn(() => new Promise<void>((resolve) => waiting.push(resolve)).then(() => hls.load())) as unknown as LoadHls;
    const { controller, video } = setup({ engine: 'hls.js', loadHls: slowLoad });
    const first = controller.load(video, { startTime: 10, play: false });
    const second = controller.load(video, { startTime: 20, play: false });
    release();
    await Promise.all([first, second]);
    // Each load waited for its own download; only the later one attached.
    expect(hls.instances.map((instance) => instance.config.startPosition)).toEqual([20]);
    controller.unload();
    expect(hls.instances[0]!.destroyed).toBe(true);
  });
});
