// The Vite plugin that prerenders what a static host serves before any script
// runs (product.md, Build output): `watch/<slug>/index.html` for every published episode,
// with its link-preview head, its body rendered by the app's own components
// (the SSR environment's build of src/app/prerender-entry.tsx), the early
// script that starts its video (inline: src/build/early-script.ts), and preloads of its own code and data;
// `404.html`; and `sitemap.xml`. The pages are the built shell (index.html)
// with tags added, so the app starts from them exactly as it does from the shell.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizePath, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { Episode } from '../content/schema.ts';
import { CATALOG_FIRST_PAGE_ID, resolvedId } from '../content/module-ids.ts';
import { DEFAULT_MEDIA_BASE, DEFAULT_SITE_URL, documentTitle } from '../content/site.ts';
import { findContentPlugin, type ContentPluginApi } from './content-plugin.ts';
import {
  shortDescription,
  showPageUrl,
  technologyPageUrl,
  watchPageHead,
  watchPageTitle,
  watchPageUrl,
  type SiteAddresses,
} from './prerender-head.ts';
import { watchPageEpisode } from './module-code.ts';
import { inlineStylesheets, pageFromShell, preloadTags, sitemapXml, type SitemapEntry } from './prerender-html.ts';
import { followFiles, withSiteFeedLink } from './follow-files.ts';
import { buildTranscripts } from './build-transcripts.ts';
import { transcriptHtml, transcriptSections } from './transcript-document.ts';
import { episodeMarkdown } from './episode-markdown.ts';
import { embedPageHtml, oembedFile, oembedLinkTag, oembedResponse } from './prerender-embed.ts';
import { localPosterSizes } from './poster-size.ts';
import { startSearchIndex, type SearchableEpisode } from './search-index.ts';
import { siteFiles } from './site-files.ts';
import { allowingInline, hashSource, withoutSearchPolicy } from './csp-plugin.ts';
import { earlyScript, inlineScriptTag } from './early-script.ts';
import { headersFile, hostHeaderRules } from './host-headers.ts';
import { buildEmbedBundle } from './embed-bundle.ts';
import { episodeIndexFiles } from './episode-index.ts';


/** The watch page's module, which the app imports lazily (src/app/pages/watch-page-loader.ts). */
const WATCH_PAGE_MODULE = 'src/app/pages/watch-page.tsx';
/** The catalog's pages (home, shows, technologies), which the app imports lazily (src/app/pages/catalog-page-loaders.tsx). */
const CATALOG_PAGES_MODULE = 'src/app/pages/catalog-pages.ts';
/** The SSR environment's entry (vite.config.ts builds it before the browser's bundle). */
export const PRERENDER_ENTRY = 'src/app/prerender-entry.tsx';

/** How many episodes' pages are rendered between two turns of Node's event loop (see the pages loop). */
const YIELD_EVERY = 10;

/** What the SSR build of PRERENDER_ENTRY exports. */
interface PrerenderEntry {
  renderWatchPage(episode: Episode): string;
  renderEmbedPage(episode: Episode): string;
}

export interface PrerenderOptions {
  /** Absolute site URL; default `SITE_URL` from the environment, else https://rawkode.academy. */
  siteUrl?: string;
  /**
   * Render each watch page's body with the app (default). Off, pages carry
   * their head alone: for a build without the app, such as a test of the head.
   */
  renderBodies?: boolean;
  /**
   * Read the episodes' captions (build-transcripts.ts) and write their transcripts into the watch
   * pages and `watch/<slug>.md`. Default: as `renderBodies`, so a head-only test build reads none.
   */
  transcripts?: boolean;
}

/** `https://example.com/` and `https://example.com` alike, checked, without the trailing slash. */
export function siteUrlFrom(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL like ${DEFAULT_SITE_URL}, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, not "${text}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The media base as an absolute URL: a path (`/media`) is on the site itself. */
export function absoluteMediaBase(mediaBase: string | undefined, siteUrl: string): string {
  return new URL(mediaBase || DEFAULT_MEDIA_BASE, `${siteUrl}/`).href.replace(/\/+$/, '');
}

export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig;
  let content: ContentPluginApi;
  let site: SiteAddresses;
  /** VITE_MEDIA_BASE_URL as set (a path or a URL), which the pages' policies are written from. */
  let mediaBaseSetting: string | undefined;
  /** The site's own files still being written (the moment search's index the last, still being built) while Rolldown writes the bundle: writeBundle waits for them. */
  let pendingFiles: Promise<void> | undefined;

  return {
    name: 'rawkode:prerender',
    apply: 'build',
    // After Vite has written index.html into the bundle.
    enforce: 'post',

    configResolved(resolved) {
      config = resolved;
      const found = findContentPlugin(resolved);
      if (!found) throw new Error('The prerender plugin needs the content plugin: add contentPlugin() to the Vite config');
      content = found;
      const siteUrl = siteUrlFrom(options.siteUrl ?? process.env.SITE_URL);
      // vite.config.ts settles VITE_MEDIA_BASE_URL before plugins run; Vite copies it into env.
      const mediaBase = resolved.env.VITE_MEDIA_BASE_URL ?? process.env.VITE_MEDIA_BASE_URL;
      mediaBaseSetting = typeof mediaBase === 'string' ? mediaBase : undefined;
      site = { siteUrl, mediaBase: absoluteMediaBase(mediaBaseSetting, siteUrl) };
    },

    generateBundle: {
      order: 'post',
      async handler(outputOptions, bundle) {
        if (this.environment.config.consumer !== 'client') return;
        // Written by a thread of their own as they are made (site-files.ts), or into the bundle by a build that writes nothing.
        const files = siteFiles(this.environment.config.build.write ? outputOptions.dir : undefined, (file) => this.emitFile({ type: 'asset', ...file }));
        const shellAsset = bundle['index.html'];
        if (shellAsset?.type !== 'asset') this.error('No index.html in the bundle: nothing to prerender from');
        const shell = withSiteFeedLink(String(shellAsset.source), site);
        const published = await content.getContent();
        const chunks = new Chunks(bundle);
        const base = config.base;

        const watchFiles = chunks.staticClosure(chunks.byModule(normalizePath(path.join(config.root, WATCH_PAGE_MODULE))));
        const renderBodies = options.renderBodies ?? true;
        const { renderWatchPage, renderEmbedPage } = renderBodies
          ? await loadPrerenderEntry(config)
          : { renderWatchPage: () => undefined, renderEmbedPage: () => undefined };
        // Captions are read (or waited for, on a slow host) while the early script builds.
        const reading = (options.transcripts ?? renderBodies) ? buildTranscripts(config) : undefined;
        // Every watch and embed page carries it, body or not, as their policy (here and in _headers) says.
        const early = await earlyScript(config);
        // Embed pages start from their own bundle and shell (embed-bundle.ts), built with the bodies.
        const embedBundle = renderBodies ? await buildEmbedBundle(config) : undefined;
        const { transcripts } = (await reading) ?? { transcripts: new Map() };
        for (const file of embedBundle?.files ?? []) if (!(file.fileName in bundle)) this.emitFile({ type: 'asset', ...file });
        const pages: SearchableEpisode[] = [];
        // Watch and embed pages never search (a watch page's links to `/` keep its policy: the home page then offers a full load).
        // They carry the early script inline, allowed by its hash.
        const earlyScriptHash = hashSource(early);
        const pageShell = (built: string, styleHash?: string) => allowingInline(withoutSearchPolicy(built), { script: earlyScriptHash, style: styleHash });
        // A watch page carries the site's stylesheet, and any of its own code's, inline: a linked one held its first
        // paint back by a request (on a phone's network, 0.7 s of Lighthouse's 1.7 s to the first paint).
        const watchStyles = inlineStylesheets(shell, (href) => assetText(bundle, href, base), watchFiles.styles.map((file) => base + file));
        const watchStyleHash = watchStyles.css ? hashSource(watchStyles.css) : undefined;
        const watchShell = pageShell(watchStyles.html, watchStyleHash);
        // The embed's own shell has its stylesheet written in too (embed-bundle.ts); without one, embed pages use the watch pages'.
        const embedStyleHash = embedBundle ? (embedBundle.css ? hashSource(embedBundle.css) : undefined) : watchStyleHash;
        const embedShell = embedBundle ? pageShell(embedBundle.shell, embedStyleHash) : watchShell;
        // What the pages' meta policies cannot say (who may frame which page), for hosts that read `_headers`.
        const headerRules = hostHeaderRules({ mediaBase: mediaBaseSetting, earlyScriptHash, watchStyleHash, embedStyleHash });
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headerRules) });
        const earlyTag = inlineScriptTag(early);
        const posterSizes = localPosterSizes(
          { publicDir: config.publicDir, siteUrl: site.siteUrl, mediaBase: site.mediaBase },
          published.episodes.map((episode) => episode.videoId),
        );
        // The moment search's index (src/build/search-index.ts), which the home page loads when a viewer searches:
        // Pagefind indexes each episode's records in a process of its own, on the other core, while the next pages render.
        const searchIndex = await startSearchIndex();
        for (const [position, episode] of published.episodes.entries()) {
          // Now and then the loop lets Node send Pagefind the records waiting for it, and read its and the file writer's replies.
          if (position % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
          const cues = transcripts.get(episode.videoId);
          const page: SearchableEpisode = {
            episode,
            showName: episode.show === undefined ? undefined : nameOf(published.shows, episode.show),
            technologyNames: episode.technologies.map((id) => nameOf(published.technologies, id)),
            transcript: cues && transcriptSections(cues, episode),
          };
          // The oEmbed responses and the episode index below read no transcript: an hour of paragraphs
          // per episode is let go once its pages are written.
          pages.push({ ...page, transcript: undefined });
          searchIndex.add(page);
          await files.add({
            fileName: `watch/${episode.slug}/index.html`,
            source: pageFromShell(watchShell, {
              title: watchPageTitle(episode),
              description: shortDescription(page),
              headStart: earlyTag,
              // None of its scripts are preloaded: the entry loads them once the first frame is up (main.tsx),
              // and downloading them beside the media delayed that frame.
              head: [watchPageHead(page, site), oembedLinkTag(episode, site)]
                .filter(Boolean)
                .join('\n    '),
              body: renderWatchPage(watchPageEpisode(episode, published.episodes)),
              afterRoot: page.transcript && transcriptHtml(page.transcript),
            }),
          });
          const markdown = episodeMarkdown({ episode, watchPageUrl: watchPageUrl(site, episode.slug), transcript: page.transcript });
          await files.add({ fileName: `watch/${episode.slug}.md`, source: markdown });
          const embedPage = embedPageHtml(page, {
            shell: embedShell,
            site,
            earlyTag,
            body: renderEmbedPage(watchPageEpisode(episode, published.episodes)),
          });
          await files.add({ fileName: `embed/${episode.slug}/index.html`, source: embedPage });
        }
        // oEmbed states each poster's size: read while the pages above were rendered.
        const sizes = await posterSizes;
        for (const page of pages) {
          const posterSize = sizes.get(page.episode.videoId);
          await files.add({ fileName: oembedFile(page.episode.slug), source: `${JSON.stringify(oembedResponse(page, site, posterSize), null, 2)}\n` });
        }

        // Every other page starts from the shell, and most list episodes: fetch the catalog pages' code
        // and the home page's first page of episodes with the app (the whole catalog, which grows
        // with the content, loads when needed).
        const catalogPages = chunks.staticClosure(chunks.byModule(normalizePath(path.join(config.root, CATALOG_PAGES_MODULE))));
        const catalogChunk = chunks.byModule(resolvedId(CATALOG_FIRST_PAGE_ID));
        const withCatalog = preloadTags(base, {
          styles: catalogPages.styles,
          scripts: [...catalogPages.scripts, ...(catalogChunk ? [catalogChunk.fileName] : [])],
        });
        shellAsset.source = pageFromShell(shell, { head: withCatalog });
        for (const file of followFiles(published, site, shellAsset.source)) this.emitFile({ type: 'asset', ...file });
        this.emitFile({
          type: 'asset',
          fileName: '404.html',
          source: pageFromShell(shell, {
            title: documentTitle('Page not found'),
            head: ['<meta name="robots" content="noindex" />', withCatalog].join('\n    '),
          }),
        });

        this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(sitemapEntries(published, site)) });
        // The home page's episode results (src/build/episode-index.ts), read a few files at a time.
        for (const file of episodeIndexFiles(pages)) this.emitFile({ type: 'asset', fileName: file.path, source: file.content });
        // Pagefind's last step, making the index's files, takes seconds at 10,000 episodes: it is done while
        // Rolldown writes the bundle, and its files written once they come.
        pendingFiles = (async () => {
          for (const file of await searchIndex.files()) await files.add({ fileName: `pagefind/${file.path}`, source: file.content });
          await files.done();
        })();
        // Its failure is the build's, reported by writeBundle (or below): not an unhandled rejection meanwhile.
        pendingFiles.catch(() => undefined);
        if (!this.environment.config.build.write) await pendingFiles;
      },
    },

    async writeBundle() {
      const writing = pendingFiles;
      pendingFiles = undefined;
      await writing;
    },
  };
}

/**
 * The SSR environment's build of the prerender entry. vite.config.ts builds
 * it first (its `builder.buildApp`), into the SSR environment's outDir.
 */
async function loadPrerenderEntry(config: ResolvedConfig): Promise<PrerenderEntry> {
  const outDir = config.environments.ssr?.build.outDir;
  const file = outDir && path.join(path.resolve(config.root, outDir), `${path.basename(PRERENDER_ENTRY, '.tsx')}.js`);
  try {
    if (!file) throw new Error('no SSR environment');
    return (await import(pathToFileURL(file).href)) as PrerenderEntry;
  } catch (error) {
    throw new Error(
      `Watch pages are rendered by the SSR environment's build of ${PRERENDER_ENTRY}, which is missing (${String(error)}): ` +
        'build with `vite build` or createBuilder(config, null).buildApp(), which build it first',
      { cause: error },
    );
  }
}

/** A show's or technology's name; its id when it has no file of its own. */
const nameOf = (named: Readonly<Record<string, { name: string }>>, id: string) =>
  Object.hasOwn(named, id) ? named[id]!.name : id;

/** The home page, every watch page, and every show and technology page that lists an episode. */
function sitemapEntries(
  published: Awaited<ReturnType<ContentPluginApi['getContent']>>,
  site: SiteAddresses,
): SitemapEntry[] {
  const newest = published.episodes[0]?.publishedAt;
  const showsLatest = new Map<string, string>();
  const technologiesLatest = new Map<string, string>();
  // Newest first: the first episode seen of a show is its latest.
  for (const episode of published.episodes) {
    if (episode.show !== undefined && !showsLatest.has(episode.show)) showsLatest.set(episode.show, episode.publishedAt);
    for (const id of episode.technologies) if (!technologiesLatest.has(id)) technologiesLatest.set(id, episode.publishedAt);
  }
  return [
    { url: `${site.siteUrl}/`, lastModified: newest },
    ...published.episodes.map((episode) => ({ url: watchPageUrl(site, episode.slug), lastModified: episode.publishedAt })),
    ...[...showsLatest].map(([id, lastModified]) => ({ url: showPageUrl(site, id), lastModified })),
    ...[...technologiesLatest].map(([id, lastModified]) => ({ url: technologyPageUrl(site, id), lastModified })),
  ];
}

/** The text of an asset of the bundle, by its address on the site (`base` + its file name). */
function assetText(bundle: Rollup.OutputBundle, href: string, base: string): string | undefined {
  const asset = href.startsWith(base) ? bundle[href.slice(base.length)] : undefined;
  if (asset?.type !== 'asset') return undefined;
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/** The bundle's chunks, found by the module they were made for. */
class Chunks {
  #byModule = new Map<string, Rollup.OutputChunk>();
  #byFile = new Map<string, Rollup.OutputChunk>();
  /** What the shell already loads: a page need not preload it again. */
  #shellFiles = new Set<string>();

  constructor(bundle: Rollup.OutputBundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      this.#byFile.set(output.fileName, output);
      if (output.facadeModuleId) this.#byModule.set(output.facadeModuleId, output);
    }
    for (const chunk of this.#byFile.values()) {
      if (chunk.isEntry) for (const file of this.staticClosure(chunk).scripts) this.#shellFiles.add(file);
    }
  }

  byModule(id: string): Rollup.OutputChunk | undefined {
    return this.#byModule.get(id);
  }

  /** A chunk, the chunks it imports statically (but not those the shell loads), and their CSS. */
  staticClosure(chunk: Rollup.OutputChunk | undefined): { scripts: string[]; styles: string[] } {
    const scripts: string[] = [];
    const styles = new Set<string>();
    const visit = (current: Rollup.OutputChunk) => {
      if (scripts.includes(current.fileName) || this.#shellFiles.has(current.fileName)) return;
      scripts.push(current.fileName);
      for (const css of current.viteMetadata?.importedCss ?? []) styles.add(css);
      for (const file of current.imports) {
        const imported = this.#byFile.get(file);
        if (imported) visit(imported);
      }
    };
    if (chunk) visit(chunk);
    return { scripts, styles: [...styles] };
  }
}
