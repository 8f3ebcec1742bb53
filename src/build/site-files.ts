// The files the prerenderer makes for each episode (its watch, embed and
// Markdown pages, its oEmbed answer) and the moment search's index: at 10,000
// episodes some 50,000 files, 450 MB.
//
// Why not emitted into Rolldown's bundle: each was copied into it (the site
// held twice in memory, up to 2 GB at its peak), and Rolldown wrote them only
// once every page had been made. Why a thread of their own: written on the
// main thread, synchronously, the writing (disk-bound) held up the rendering
// (CPU-bound); written asynchronously, each file's three steps (open, write,
// close) waited for turns of Node's event loop, which the rendering gives
// only now and then. A thread writes them as they come while the next pages
// render (bench:content at 10,000 episodes: 54–57 s against 57–69 s on the
// main thread, peak memory 1.3 GB against 1.9).
//
// A build that writes nothing (`write: false`) gets them in its bundle as before.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** A file of the built site: its path under the output folder, and what it holds. */
export interface SiteFile {
  fileName: string;
  source: string | Uint8Array;
}

export interface SiteFiles {
  /**
   * Sends the file to be written (or emits it, for a build that writes
   * nothing). When it returns a promise, too many files wait to be written
   * (each is held in memory until then): the caller awaits it before making more.
   */
  add(file: SiteFile): Promise<void> | undefined;
  /** Resolves once every file added is written; rejects with the first failure. */
  done(): Promise<void>;
}

/**
 * The writer thread, given as its code: plain JavaScript, as Node runs it.
 * (Vite bundles its config and the plugins it imports into one module
 * elsewhere: a file of its own beside this one would not be found.) Each
 * folder is made once: at 10,000 episodes, 20,000 of them (a watch and an
 * embed page each).
 */
const WRITER_THREAD = `
const { parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const folders = new Set();
parentPort.on('message', (files) => {
  try {
    for (const { file, source } of files) {
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(file, source);
    }
    parentPort.postMessage({ written: files.length });
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
});
`;

/** Files sent to the thread in one message: a message costs a little, whatever it holds. */
const FILES_PER_MESSAGE = 32;
/** Files sent and not yet written, at most, before the caller is held back. */
const WAITING_AT_MOST = 1024;

/** The site's files, written under `outDir`; with no `outDir` (a build that writes nothing), handed to `emit` for the bundle. */
export function siteFiles(outDir: string | undefined, emit: (file: SiteFile) => void): SiteFiles {
  if (outDir === undefined) {
    return {
      add(file) {
        emit(file);
        return undefined;
      },
      done: async () => undefined,
    };
  }
  const writer = new Worker(WRITER_THREAD, { eval: true });
  // A build that fails before done() is called still ends: the thread does not hold the process open.
  writer.unref();
  let message: Array<{ file: string; source: string | Uint8Array }> = [];
  let waiting = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  writer.on('message', (reply: { written?: number; error?: string }) => {
    if (reply.error !== undefined) failure ??= new Error(`Could not write the site's files: ${reply.error}`);
    waiting -= reply.written ?? 0;
    wake?.();
  });
  writer.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  const send = () => {
    if (message.length === 0) return;
    writer.postMessage(message);
    message = [];
  };
  const until = async (ready: () => boolean) => {
    while (!ready() && !failure) await new Promise<void>((resolve) => (wake = resolve));
  };
  return {
    add({ fileName, source }) {
      message.push({ file: path.join(outDir, fileName), source });
      waiting++;
      if (message.length >= FILES_PER_MESSAGE) send();
      return waiting > WAITING_AT_MOST ? until(() => waiting <= WAITING_AT_MOST / 2) : undefined;
    },
    async done() {
      send();
      try {
        await until(() => waiting === 0);
        if (failure) throw failure;
      } finally {
        await writer.terminate();
      }
    },
  };
}
