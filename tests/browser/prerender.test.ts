// The prerendered pages as a link-preview crawler reads them (no scripts run),
// then as a viewer opens them (the app starts from them). The build under
// test has the default SITE_URL and the local media mirror (/media).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openViewer, siteUrl } from './support/browser';
import { HOSTILE, SCHEDULED, SEED } from './support/fixtures';
import { COMPASS, FINDABLE, GHOST_SHOW, GHOST_TECHNOLOGY, STANDALONE } from './support/catalog-fixtures';
import { PUBLISHED } from './support/published-fixtures';

const SITE = 'https://rawkode.academy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fetchText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, siteUrl()));
  return { status: response.status, text: await response.text() };
}

/** Opens a page with scripts off, as a link-preview crawler does, and reads its head. */
async function crawl(path: string) {
  const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const head = await readHead(page);
  await context.close();
  return head;
}

function readHead(page: Page) {
  return page.evaluate(() => {
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
    const jsonLd = document.querySelector('script[type="application/ld+json"]')?.textContent;
    return {
      title: document.title,
      titles: document.querySelectorAll('title').length,
      descriptions: document.querySelectorAll('meta[name="description"]').length,
      description: meta('description'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
      og: {
        type: meta('og:type'),
        title: meta('og:title'),
        description: meta('og:description'),
        url: meta('og:url'),
        image: meta('og:image'),
      },
      twitter: { card: meta('twitter:card'), title: meta('twitter:title'), image: meta('twitter:image') },
      jsonLd: jsonLd ? (JSON.parse(jsonLd) as Record<string, unknown>) : undefined,
      heading: document.querySelector('h1')?.textContent ?? undefined,
      images: document.querySelectorAll('img').length,
      // A module script by its type, a classic one by its address.
      scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('type') ?? script.getAttribute('src')),
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
    };
  });
}

describe('a watch page as a link preview reads it', () => {
  it('has the seed’s title, description, canonical URL, card and poster', async () => {
    const head = await crawl(`/watch/${SEED.slug}`);
    const url = `${SITE}/watch/${SEED.slug}`;
    const poster = `${SITE}/media/videos/${SEED.videoId}/thumbnail.webp`;
    expect(head.title).toBe(`${SEED.title} · Rawkode Academy`);
    expect(head.titles).toBe(1);
    expect(head.descriptions).toBe(1);
    expect(head.description).toMatch(/^Joined by Ariadne from Chainguard/);
    expect(head.canonical).toBe(url);
    expect(head.og).toEqual({ type: 'video.episode', title: SEED.title, description: head.description, url, image: poster });
    expect(head.twitter).toEqual({ card: 'summary_large_image', title: SEED.title, image: poster });
    expect(head.heading).toBe(SEED.title);
  });

  it('carries a VideoObject with one Clip per chapter and a SeekToAction', async () => {
    const { jsonLd } = await crawl(`/watch/${SEED.slug}`);
    const url = `${SITE}/watch/${SEED.slug}`;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: SEED.title,
      duration: 'PT1H14M13S',
      uploadDate: '2022-03-17T17:00:00.000Z',
      thumbnailUrl: [`${SITE}/media/videos/${SEED.videoId}/thumbnail.webp`],
      url,
      potentialAction: {
        '@type': 'SeekToAction',
        target: `${url}?t={seek_to_second_number}`,
        'startOffset-input': 'required name=seek_to_second_number',
      },
    });
    const clips = jsonLd!.hasPart as Array<Record<string, unknown>>;
    expect(clips).toHaveLength(26);
    expect(clips[0]).toEqual({ '@type': 'Clip', name: '<Untitled Chapter 1>', startOffset: 0, endOffset: 107, url: `${url}?t=0` });
    expect(clips.find((clip) => clip.name === 'Melange Signing Keys')).toMatchObject({ startOffset: 2807, url: `${url}?t=2807` });
    expect(clips.at(-1)?.endOffset).toBe(SEED.duration);
  });

  it('keeps hostile titles as text in every tag, the JSON-LD and the heading', async () => {
    const { text } = await fetchText(`/watch/${HOSTILE.slug}`);
    // Nothing from content opened or closed an element.
    expect(text.match(/<script/g)?.length).toBe(text.match(/<\/script>/g)?.length);
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('<b>Not bold</b>');
    expect(text).not.toContain('window.__pwned=2</script>');

    const head = await crawl(`/watch/${HOSTILE.slug}`);
    expect(head.title).toBe(`${HOSTILE.title} · Rawkode Academy`);
    expect(head.og.title).toBe(HOSTILE.title);
    expect(head.twitter.title).toBe(HOSTILE.title);
    expect(head.heading).toBe(HOSTILE.title);
    expect(head.images).toBe(0);
    // The early script that starts the video (inline, first), the app, the JSON-LD: nothing from the title.
    expect(head.scripts).toEqual([null, 'module', 'application/ld+json']);
    expect(head.jsonLd?.name).toBe(HOSTILE.title);
    expect((head.jsonLd?.hasPart as Array<{ name: string }>)[0]?.name).toBe(HOSTILE.chapterTitle);
  });

  it('describes a standalone episode from its own text, with no show', async () => {
    const head = await crawl(`/watch/${STANDALONE.slug}`);
    expect(head.og.title).toBe(STANDALONE.title);
    expect(head.description?.startsWith('Slides: https://example.com/slides?a=1&b=2. Not a link')).toBe(true);
    expect(head.description!.length).toBeLessThanOrEqual(200);
    expect(head.jsonLd?.isPartOf).toBeUndefined();
    expect(head.jsonLd?.hasPart).toBeUndefined();
  });

  it('downloads nothing of the app before its first frame, and is served for the address with or without a slash', async () => {
    const head = await crawl(`/watch/${FINDABLE.byChapter.slug}/`);
    expect(head.og.title).toBe(FINDABLE.byChapter.title);
    // The entry alone, which loads the page's code, React and the episode's module once the frame is up.
    expect(head.preloads).toEqual([]);
    expect(head.scripts.filter((type) => type === 'module')).toHaveLength(1);
  });

  it('is not written for a scheduled episode: the address gets the plain app shell', async () => {
    const head = await crawl(`/watch/${SCHEDULED.slug}`);
    expect(head.og.title).toBeUndefined();
    expect(head.canonical).toBeUndefined();
    expect(head.title).toBe('Rawkode Academy');
  });
});

describe('the app starting from a prerendered page', () => {
  it('plays the episode, with one heading and no errors, and runs nothing from its titles', async () => {
    const { context, page, pageErrors } = await openViewer(browser);
    await page.goto(`/watch/${HOSTILE.slug}`);
    await page.locator('video').waitFor();
    await page.getByRole('navigation', { name: 'Chapters' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([HOSTILE.title]);
    expect(await page.title()).toBe(`${HOSTILE.title} · Rawkode Academy`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The show's other episodes include one whose poster is missing: its 404 is expected.
    expect(pageErrors.filter((message) => !message.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });
});

describe('the sitemap and the not-found page', () => {
  it('lists the home page, every published episode and each show and technology with episodes', async () => {
    const { status, text } = await fetchText('/sitemap.xml');
    expect(status).toBe(200);
    const urls = [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
    expect(urls[0]).toBe(`${SITE}/`);
    expect(urls.every((url) => url.startsWith(`${SITE}/`))).toBe(true);
    expect(urls.filter((url) => url.startsWith(`${SITE}/watch/`))).toHaveLength(PUBLISHED);
    expect(urls).toContain(`${SITE}/watch/${HOSTILE.slug}`);
    expect(urls).not.toContain(`${SITE}/watch/${SCHEDULED.slug}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SITE}/shows/${COMPASS.id}`,
        `${SITE}/shows/${GHOST_SHOW.id}`,
        `${SITE}/technologies/${GHOST_TECHNOLOGY.id}`,
      ]),
    );
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('writes a 404.html that keeps crawlers out and starts the app', async () => {
    const head = await crawl('/404.html');
    expect(head.title).toBe('Page not found · Rawkode Academy');
    const { text } = await fetchText('/404.html');
    expect(text).toContain('<meta name="robots" content="noindex" />');
    expect(text).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
  });
});
