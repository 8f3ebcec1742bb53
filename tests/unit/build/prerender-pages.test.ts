// @vitest-environment jsdom
// Prerendered watch pages as a link-preview crawler reads them: every value
// from content comes back exactly as written, and none of it becomes markup.
import { describe, expect, it } from 'vitest';
import type { Episode } from '@/content/schema';
import { escapeHtml, jsonForScript } from '@/build/html-escape';
import {
  isoDuration,
  shortDescription,
  videoObject,
  watchPageHead,
  watchPageTitle,
  type EpisodePage,
  type SiteAddresses,
} from '@/build/prerender-head';
import { inlineStylesheets, pageFromShell, sitemapXml } from '@/build/prerender-html';
import { absoluteMediaBase, siteUrlFrom } from '@/build/prerender-plugin';

const HOSTILE = `</script><script>window.__pwned=1</script><img src=x onerror="alert(1)"> & "quotes" 'too' $& $1 <!--`;

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Rawkode Academy</title>
    <meta name="description" content="The site." />
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const site: SiteAddresses = { siteUrl: 'https://rawkode.academy', mediaBase: 'https://content.rawkode.academy' };

const episode: Episode = {
  slug: 'hostile',
  title: HOSTILE,
  description: `Line one ${HOSTILE}\n\nLine two`,
  subtitle: undefined,
  id: undefined,
  publishedAt: '2024-01-01T10:00:00.000Z',
  videoId: 'video 1/2',
  duration: 4453,
  show: 'rawkode-live',
  technologies: ['apko'],
  chapters: [
    { startTime: 0, title: HOSTILE },
    { startTime: 2807, title: 'Melange Signing Keys' },
    { startTime: 5000, title: 'Past the end' },
  ],
};
const page: EpisodePage = { episode, showName: `Show ${HOSTILE}`, technologyNames: ['apko'] };

function render(): Document {
  const html = pageFromShell(shell, {
    title: watchPageTitle(episode),
    description: shortDescription(page),
    head: watchPageHead(page, site),
  });
  return new DOMParser().parseFromString(html, 'text/html');
}
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('a prerendered watch page', () => {
  it('has exactly the shell’s script and no other', () => {
    const document = render();
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module', 'application/ld+json']);
    expect(document.querySelector('img')).toBeNull();
  });

  it('puts the tags that must come first right after the policy, before any stylesheet or script', () => {
    const withPolicy = shell.replace('<meta charset="UTF-8" />', '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="script-src \'self\'" />\n    <link rel="stylesheet" href="/assets/index.css" />');
    const html = pageFromShell(withPolicy, { headStart: '<script>early()</script>', head: '<meta name="late" />' });
    const order = ['http-equiv="Content-Security-Policy"', '<script>early()</script>', 'rel="stylesheet"', 'type="module"', 'name="late"'].map((tag) => html.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Without a policy, right after the charset; without either, at the head's start.
    expect(pageFromShell(shell, { headStart: '<script>early()</script>' })).toContain('<meta charset="UTF-8" />\n    <script>early()</script>');
    expect(pageFromShell('<html><head><title>T</title></head><body><div id="root"></div></body></html>', { headStart: '<script>early()</script>' })).toContain(
      '<head>\n    <script>early()</script><title>',
    );
  });

  it('writes the linked stylesheets into one style element where the first link was, in their order', () => {
    const linked = shell.replace(
      '<title>',
      '<link rel="stylesheet" crossorigin href="/assets/site.css">\n    <link rel="stylesheet" href="/assets/more.css" />\n    <title>',
    );
    const sheets: Record<string, string> = { '/assets/site.css': 'body { margin: 0 }\n', '/assets/more.css': '.a { color: red }', '/assets/page.css': '.b{}' };
    const { html, css } = inlineStylesheets(linked, (href) => sheets[href], ['/assets/page.css']);
    expect(css).toBe('body { margin: 0 }\n.a { color: red }\n.b{}');
    expect(html).not.toMatch(/<link/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    // Where the first link was: before the title and the module script, so the page is never drawn without it.
    expect(html).toContain(`<meta charset="UTF-8" />\n    <style>${css}</style>\n    <title>`);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('leaves a page with no stylesheet as it was, and refuses one it cannot read or write inline', () => {
    expect(inlineStylesheets(shell, () => undefined)).toEqual({ html: shell, css: '' });
    const linked = shell.replace('<title>', '<link rel="stylesheet" href="/assets/gone.css">\n    <title>');
    expect(() => inlineStylesheets(linked, () => undefined)).toThrow('/assets/gone.css');
    expect(() => inlineStylesheets(linked, () => '.a::after { content: "</style><script>x()</script>" }')).toThrow('</style');
  });

  it('reads back the title as written, in the title, Open Graph and Twitter tags', () => {
    const document = render();
    expect(document.title).toBe(`${HOSTILE} · Rawkode Academy`);
    expect(document.querySelectorAll('title')).toHaveLength(1);
    expect(meta(document, 'og:title')).toBe(HOSTILE);
    expect(meta(document, 'twitter:title')).toBe(HOSTILE);
    expect(meta(document, 'og:image:alt')).toBe(HOSTILE);
  });

  it('replaces the shell’s description with the episode’s, on one line', () => {
    const document = render();
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(meta(document, 'description')).toBe(shortDescription(page));
    expect(meta(document, 'description')).toMatch(/^Line one <\/script>/);
    expect(meta(document, 'og:description')).toBe(meta(document, 'description'));
  });

  it('links the canonical URL and the poster from the media base', () => {
    const document = render();
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://rawkode.academy/watch/hostile');
    expect(meta(document, 'og:url')).toBe('https://rawkode.academy/watch/hostile');
    expect(meta(document, 'og:image')).toBe('https://content.rawkode.academy/videos/video%201%2F2/thumbnail.webp');
    expect(meta(document, 'twitter:image')).toBe(meta(document, 'og:image'));
    expect(meta(document, 'twitter:card')).toBe('summary_large_image');
  });

  it('carries a VideoObject with a Clip per chapter before the end, and a SeekToAction', () => {
    const document = render();
    const script = document.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.toMatch(/[<>&]/);
    const data = JSON.parse(script.textContent!);
    expect(data).toEqual(videoObject(page, site));
    expect(data['@type']).toBe('VideoObject');
    expect(data.name).toBe(HOSTILE);
    expect(data.duration).toBe('PT1H14M13S');
    expect(data.hasPart).toEqual([
      { '@type': 'Clip', name: HOSTILE, startOffset: 0, endOffset: 2807, url: 'https://rawkode.academy/watch/hostile?t=0' },
      {
        '@type': 'Clip',
        name: 'Melange Signing Keys',
        startOffset: 2807,
        endOffset: 4453,
        url: 'https://rawkode.academy/watch/hostile?t=2807',
      },
    ]);
    expect(data.potentialAction).toEqual({
      '@type': 'SeekToAction',
      target: 'https://rawkode.academy/watch/hostile?t={seek_to_second_number}',
      'startOffset-input': 'required name=seek_to_second_number',
    });
  });

  it('leaves out Clips and the show for a standalone episode without chapters', () => {
    const data = videoObject({ episode: { ...episode, chapters: [], show: undefined }, showName: undefined, technologyNames: [] }, site);
    expect(data.hasPart).toBeUndefined();
    expect(data.isPartOf).toBeUndefined();
    expect(data.potentialAction).toBeDefined();
  });
});

describe('descriptions', () => {
  it('are cut near 200 characters at a word, with an ellipsis', () => {
    const long = { ...page, episode: { ...episode, description: 'word '.repeat(100) } };
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short).toMatch(/word…$/);
  });

  it('are never cut between the halves of an emoji', () => {
    const long = { ...page, episode: { ...episode, description: `${'a'.repeat(198)}😀 and more words after it` } };
    const short = shortDescription(long);
    expect(short).toBe(`${'a'.repeat(198)}…`);
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('are made up from the title and show when the episode has none', () => {
    expect(shortDescription({ episode: { ...episode, title: 'Hi', description: undefined }, showName: 'Rawkode Live', technologyNames: [] })).toBe(
      'Watch “Hi” from Rawkode Live on Rawkode Academy, chapter by chapter.',
    );
  });
});

describe('escaping', () => {
  it('writes HTML text and attributes as entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('writes JSON for a script with \\u escapes that parse back to the same value', () => {
    const value = { text: `</script><!-- & \u2028` };
    const json = jsonForScript(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('site addresses', () => {
  it('default to rawkode.academy and drop a trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe('https://rawkode.academy');
    expect(siteUrlFrom('https://preview.example.com/')).toBe('https://preview.example.com');
    expect(siteUrlFrom('https://example.com/academy/')).toBe('https://example.com/academy');
  });

  it('refuse a SITE_URL that is not an absolute http(s) URL', () => {
    expect(() => siteUrlFrom('rawkode.academy')).toThrow(/SITE_URL/);
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow(/SITE_URL/);
  });

  it('make a media base that is a path absolute on the site', () => {
    expect(absoluteMediaBase('/media', 'https://rawkode.academy')).toBe('https://rawkode.academy/media');
    expect(absoluteMediaBase(undefined, 'https://rawkode.academy')).toBe('https://content.rawkode.academy');
  });
});

describe('the sitemap', () => {
  it('lists each URL with its date, escaped as XML', () => {
    const xml = sitemapXml([{ url: 'https://rawkode.academy/?a=1&b=2', lastModified: '2024-01-01T10:00:00.000Z' }]);
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    expect(document.querySelector('loc')?.textContent).toBe('https://rawkode.academy/?a=1&b=2');
    expect(document.querySelector('lastmod')?.textContent).toBe('2024-01-01');
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds as ISO 8601', () => {
    expect(isoDuration(4453)).toBe('PT1H14M13S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(59.6)).toBe('PT1M');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
