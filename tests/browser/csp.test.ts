// The Content Security Policy the built site ships in a <meta>: present on
// every page a host serves, strict (no eval, no inline script but the watch
// page's early script, allowed by its hash; WebAssembly only where the search
// can run), and never in
// the way of the site itself — pages, posters, and playback both natively
// and through hls.js — which the browser would report as a violation.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewerForEachTest, siteUrl, type Viewer } from './support/browser';
import { MISSING_STREAM, SEED } from './support/fixtures';
import { COMPASS } from './support/catalog-fixtures';
import { openWatch, waitForPlaying } from './support/watch';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

let viewer: Viewer;
let page: Page;

openViewerForEachTest(async (opened) => {
  viewer = opened;
  page = opened.page;
  // Before any of the page's own scripts: every violation, from the first byte on.
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      true,
    );
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('the policy in every page a host serves', () => {
  const pages = ['/', `/watch/${SEED.slug}`, `/embed/${SEED.slug}`, '/404.html'];

  it.each(pages)('%s carries it before any script or stylesheet, with no eval and no inline script but its own allowed', async (path) => {
    const html = await (await fetch(new URL(path, siteUrl()))).text();
    const policy = policyOf(html);
    expect(policy).toBeDefined();
    expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    // A policy covers only what comes after it in the document.
    const firstResource = html.search(/<script|<link rel="(?:stylesheet|modulepreload)"/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(firstResource);

    const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    // The watch and embed pages show one episode's player, prerendered, with what it needs written in.
    const playerPage = /^\/(?:watch|embed)\//.test(path);
    // A player page's one inline script, the early script that starts its video, is allowed by its hash, and no other.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`);
    expect(inline).toHaveLength(playerPage ? 1 : 0);
    // Pages that can show `/` may compile the moment search's WebAssembly; a player page may not.
    expect(directives.get('script-src')).toEqual(playerPage ? ["'self'", ...inline] : ["'self'", "'wasm-unsafe-eval'"]);
    // A player page's stylesheet is written in (its one style element), allowed by its hash; other pages link theirs.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
    expect(styles).toHaveLength(playerPage ? 1 : 0);
    expect(html.includes('<link rel="stylesheet"')).toBe(!playerPage);
    expect(directives.get('style-src')).toEqual(["'self'", ...styles]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy!.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|\*/);

    // Every other script in the page is a file from the site, or the JSON-LD data block.
    const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => tag !== '<script>');
    for (const tag of scripts) expect(tag).toMatch(/\bsrc="\/assets\/[^"]+\.js"|type="application\/ld\+json"/);
    // No inline style attribute for style-src to refuse.
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('the site under its policy', () => {
  it('refuses script injected into the page, and says so', async () => {
    // The control for the tests below: a violation is seen when one happens.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'All episodes' }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      // A string for setTimeout is eval by another name.
      setTimeout('window.__evaluated = true', 0);
    });
    await page.waitForFunction(() => (window as unknown as { __violations: Violation[] }).__violations.length >= 2);
    const flags = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __evaluated?: boolean };
      return { injected: w.__injected, evaluated: w.__evaluated };
    });
    expect(flags).toEqual({ injected: undefined, evaluated: undefined });
    // Each policy (the meta tag's, the header's from dist/_headers) reports its own violation of the same kind.
    expect([...new Set((await violations(page)).map((v) => `${v.directive} ${v.blocked}`))].sort()).toEqual(['script-src eval', 'script-src-elem inline']);
  });

  it('loads the home page, a search, a show, a technology and a not-found page without a violation', async () => {
    await page.goto('/');
    await page.locator('.episode-grid li').first().waitFor();
    // Posters come from the media base.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.poster')].some((img) => img.complete && img.naturalWidth > 0));
    await page.goto('/?q=apko');
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    await page.goto(`/shows/${COMPASS.id}`);
    await page.getByRole('heading', { level: 1, name: COMPASS.name }).waitFor();
    await page.goto('/technologies/apko');
    await page.locator('.episode-grid li').first().waitFor();
    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);
  });

  it.each(['native', 'hls.js'])('plays the watch page with the %s engine without a violation', async (engine) => {
    await openWatch(page, `/watch/${SEED.slug}?t=600&engine=${engine}`);
    expect(await page.locator('video').getAttribute('data-engine')).toBe(engine);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
    // Captions are a track from the media base; the chapters track is the site's own.
    await page.getByRole('button', { name: 'Captions' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('track')].every((track) => track.readyState >= 2));
    expect(await violations(page)).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('plays the embed page without a violation', async () => {
    await openWatch(page, `/embed/${SEED.slug}?t=600`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForPlaying(page);
    expect(await violations(page)).toEqual([]);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('shows a failed stream without a violation', async () => {
    await page.goto(`/watch/${MISSING_STREAM.slug}`);
    await page.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  });
});
