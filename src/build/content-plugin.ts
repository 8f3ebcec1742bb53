// The Vite plugin that turns the content root into typed virtual modules and chapter tracks.
// The work is done by the store (reading, validating) and the module table
// (virtual-modules.ts: each module's code); this file binds them to Vite's
// hooks for `vite build` and the dev server.
import type { Connect, Environment, EnvironmentModuleNode, Plugin, ResolvedConfig } from 'vite';
import { CONTENT_NAMESPACE, episodeFilePath, resolvedId } from '../content/module-ids.ts';
import { chaptersTrackPath } from '../content/site.ts';
import { chaptersVtt } from './chapters-vtt.ts';
import { contentFileOf } from './content-files.ts';
import { ContentStore, type ContentSnapshot, type PublishedContent } from './content-store.ts';
import type { ListingOptions } from './listing-module-code.ts';
import { episodeModuleCode } from './module-code.ts';
import { contentError, describeErrors, formatProblem } from './problems.ts';
import { isVirtualModuleId, virtualModuleCode, type ModuleInputs } from './virtual-modules.ts';

export const CONTENT_PLUGIN_NAME = 'rawkode:content';

export interface ContentPluginOptions {
  /** The content root (product.md, Content), absolute. */
  contentDir: string;
  /** Fail on warnings too. Default: on when the environment has `CONTENT_STRICT=1`. */
  strict?: boolean;
  /** How listing modules are cut (tests may ask for a smaller first page). */
  listing?: ListingOptions;
}

/**
 * What other plugins (the prerender plugin) can ask of this one, found with
 * `findContentPlugin(config)`. It shares what this plugin read: nothing is read twice.
 */
export interface ContentPluginApi {
  contentDir: string;
  /** The published content the virtual modules serve. Rejects, listing every problem, when content has errors. */
  getContent(): Promise<PublishedContent>;
  /** How many times a content file was parsed since the plugin started. */
  readonly parseCount: number;
}

/** The namespace this plugin claims, as imported and as resolved (NUL-prefixed); the module table says which ids exist. */
const IN_NAMESPACE = new RegExp(`^${CONTENT_NAMESPACE}`);
const RESOLVED_IN_NAMESPACE = new RegExp(`^\0${CONTENT_NAMESPACE}`);

export function contentPlugin(options: ContentPluginOptions): Plugin<ContentPluginApi> {
  const strict = options.strict ?? process.env.CONTENT_STRICT === '1';
  // Created on first use, so that "published" means published before this build started.
  let store: ContentStore | undefined;
  const content = () => {
    store ??= new ContentStore({ contentDir: options.contentDir, strict });
    return store;
  };
  let config: ResolvedConfig;

  /** Warnings already shown, so each is shown once however often content is recomputed. */
  const shownWarnings = new Set<string>();
  const newWarnings = (snapshot: ContentSnapshot) =>
    snapshot.warnings.map(formatProblem).filter((warning) => {
      if (shownWarnings.has(warning)) return false;
      shownWarnings.add(warning);
      return true;
    });

  /**
   * What each environment last got for each content module: its code, or the
   * error it threw. After a file changes, exactly the modules whose output
   * changes are updated.
   */
  const served = new Map<string, Map<string, string>>();
  const servedIn = (environment: Environment) => {
    let modules = served.get(environment.name);
    if (!modules) served.set(environment.name, (modules = new Map()));
    return modules;
  };
  const inputs = (content: ContentSnapshot, episodeLoading?: ModuleInputs['episodeLoading']): ModuleInputs => ({
    content,
    episodeLoading,
    listing: options.listing,
  });
  const outputOf = (id: string, snapshot: ContentSnapshot, code = virtualModuleCode(id.slice(1), inputs(snapshot))) =>
    snapshot.errors.length > 0 ? `error\n${describeErrors(snapshot.errors)}` : (code ?? 'unpublished');

  return {
    name: CONTENT_PLUGIN_NAME,
    // One instance for the browser's build and the prerenderer's (SSR): content is read once.
    sharedDuringBuild: true,

    api: {
      contentDir: options.contentDir,
      async getContent() {
        const snapshot = await content().snapshot();
        if (snapshot.errors.length > 0) throw new Error(describeErrors(snapshot.errors));
        return snapshot;
      },
      get parseCount() {
        return store?.parseCount ?? 0;
      },
    },

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      // The dev server reports problems from `load`, where the overlay can show them.
      if (config.command !== 'build') return;
      const snapshot = await content().snapshot();
      if (this.meta.watchMode) for (const file of content().files()) this.addWatchFile(file);
      for (const warning of newWarnings(snapshot)) this.warn(warning);
      if (snapshot.errors.length > 0) this.error(contentError(snapshot.errors));
    },

    watchChange(file, { event }) {
      // `vite build --watch`; the dev server has hotUpdate below.
      if (config.command !== 'build' || !store || !contentFileOf(options.contentDir, file)) return;
      return event === 'delete' ? store.remove(file).then(() => {}) : store.update(file).then(() => {});
    },

    resolveId: {
      filter: { id: IN_NAMESPACE },
      handler(id) {
        return isVirtualModuleId(id) ? resolvedId(id) : undefined;
      },
    },

    load: {
      filter: { id: RESOLVED_IN_NAMESPACE },
      async handler(id) {
        if (!isVirtualModuleId(id.slice(1))) return undefined;
        const snapshot = await content().snapshot();
        // A build loads episodes from the files generateBundle writes (the prerenderer never loads one:
        // it is handed each episode), so no build bundles a module per episode.
        const episodeLoading = config.command === 'build' ? ({ kind: 'episode-files', base: config.base } as const) : undefined;
        const code = virtualModuleCode(id.slice(1), inputs(snapshot, episodeLoading));
        if (config.command === 'serve') {
          servedIn(this.environment).set(id, outputOf(id, snapshot, code));
          for (const warning of newWarnings(snapshot)) config.logger.warn(warning);
        }
        // Thrown from here, the error reaches the dev overlay with its file, line and frame.
        if (snapshot.errors.length > 0) this.error(contentError(snapshot.errors));
        if (code === undefined) this.error(`No published episode is at ${id.slice(1)}`);
        return { code, moduleType: 'js' };
      },
    },

    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      const snapshot = await content().snapshot();
      for (const episode of snapshot.episodes) {
        this.emitFile({ type: 'asset', fileName: chaptersTrackPath(episode.slug), source: chaptersVtt(episode) });
        this.emitFile({ type: 'asset', fileName: episodeFilePath(episode.slug), source: episodeModuleCode(episode, snapshot.episodes) });
      }
    },

    configureServer(server) {
      // Vite watches its root; the content root may be elsewhere (CONTENT_DIR).
      server.watcher.add(options.contentDir);
      server.middlewares.use(chaptersTrackMiddleware(config.base, () => content().snapshot()));
    },

    async hotUpdate({ type, file, read }) {
      if (!contentFileOf(options.contentDir, file)) return;
      const changed = type === 'delete' ? await content().remove(file) : await content().update(file, read);
      const snapshot = await content().snapshot();
      if (changed) for (const warning of newWarnings(snapshot)) config.logger.warn(warning, { timestamp: true });

      const updated: EnvironmentModuleNode[] = [];
      for (const [id, output] of servedIn(this.environment)) {
        if (outputOf(id, snapshot) === output) continue;
        const module = this.environment.moduleGraph.getModuleById(id);
        if (module) updated.push(module);
      }
      // Vite invalidates these and updates their importers, or reloads the page.
      return updated;
    },
  };
}

/*
 * In a browser build, each episode's module is written as a file of its own
 * (dist/episodes/<slug>.js) instead of being bundled into a chunk: it is data
 * that needs no bundling, and at 10,000 episodes, 10,000 chunks cost the
 * bundler about twice the time and two and a half times the memory. Its name
 * is the slug, not a hash, so that the loader needs no table of names and a
 * prerendered page can preload it: a host revalidates it like the HTML.
 */

/** Finds the content plugin's api among a resolved config's plugins, for plugins built on it. */
export function findContentPlugin(resolved: Pick<ResolvedConfig, 'plugins'>): ContentPluginApi | undefined {
  return resolved.plugins.find((plugin) => plugin.name === CONTENT_PLUGIN_NAME)?.api as ContentPluginApi | undefined;
}

/** Serves `/chapters/<slug>.vtt` in dev, the same file the build writes. */
function chaptersTrackMiddleware(
  base: string,
  getSnapshot: () => Promise<ContentSnapshot>,
): Connect.NextHandleFunction {
  // A relative base (`./`) still serves the dev site from `/`.
  const prefix = `${base.startsWith('/') ? base.replace(/\/?$/, '/') : '/'}chapters/`;
  return (request, response, next) => {
    const pathname = (request.url ?? '').split(/[?#]/, 1)[0] ?? '';
    if (!pathname.startsWith(prefix) || !pathname.endsWith('.vtt')) return next();
    // Slugs are URL-safe, so the name needs no decoding: anything else is simply not found.
    const slug = pathname.slice(prefix.length, -'.vtt'.length);
    getSnapshot().then(
      (snapshot) => {
        const episode = snapshot.episodesBySlug.get(slug);
        if (!episode) {
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader('Content-Type', 'text/vtt; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(chaptersVtt(episode));
      },
      (error: unknown) => next(error),
    );
  };
}
