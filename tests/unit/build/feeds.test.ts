// @vitest-environment jsdom
// The feeds and Podcasting 2.0 chapters as a feed reader and a podcast app read
// them: parsed back, every title from content is the text written, whatever it holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Episode } from '@/content/schema';
import { chaptersJson } from '@/build/chapters-json';
import {
  episodesByShow,
  FEED_ENTRIES,
  feedLinkTag,
  isPathSafeShowId,
  PODCAST_NAMESPACE,
  showFeedXml,
  siteFeedXml,
} from '@/build/feeds';
import type { SiteAddresses } from '@/build/prerender-head';
import { xmlText } from '@/build/xml-text';

const site: SiteAddresses = { siteUrl: 'https://watch.example.com/academy', mediaBase: 'https://media.example.com' };

const HOSTILE = '</title><script>alert(1)</script> & &amp; ]]> twice ]]> <![CDATA[ "quotes" \'too\'';

function episode(n: number, more: Partial<Episode> = {}): Episode {
  return {
    slug: `episode-${n}`,
    title: `Episode ${n}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) - n * 86_400_000).toISOString(),
    videoId: `video${n}`,
    duration: 3600,
    technologies: [],
    chapters: [],
    ...more,
  };
}

/** An XML document, or the parser's complaint: a feed reader would refuse the feed. */
function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}\n${xml}`);
  return document;
}

const items = (document: Document) =>
  [...document.querySelectorAll('channel > item')].map((item) => ({
    title: item.querySelector('title')?.textContent,
    description: item.querySelector('description')?.textContent,
    link: item.querySelector('link')?.textContent,
    pubDate: item.querySelector('pubDate')?.textContent,
    enclosure: item.querySelector('enclosure')?.getAttribute('url'),
    enclosureType: item.querySelector('enclosure')?.getAttribute('type'),
  }));

describe('the site feed', () => {
  it('is RSS 2.0 with each entry’s title, description, date, absolute watch-page link and poster', () => {
    const document = parseXml(
      siteFeedXml([episode(1, { show: 'rawkode-live', description: 'All about apko.' }), episode(2)], () => 'Rawkode Live', site),
    );
    expect(document.documentElement.getAttribute('version')).toBe('2.0');
    expect(document.querySelector('channel > title')?.textContent).toBe('Rawkode Academy');
    expect(document.querySelector('channel > link')?.textContent).toBe('https://watch.example.com/academy/');
    expect(items(document)).toEqual([
      {
        title: 'Episode 1',
        description: 'All about apko.',
        link: 'https://watch.example.com/academy/watch/episode-1',
        pubDate: 'Sun, 31 Dec 2023 00:00:00 GMT',
        enclosure: 'https://media.example.com/videos/video1/thumbnail.webp',
        enclosureType: 'image/webp',
      },
      {
        title: 'Episode 2',
        description: 'Watch “Episode 2” on Rawkode Academy, chapter by chapter.',
        link: 'https://watch.example.com/academy/watch/episode-2',
        pubDate: 'Sat, 30 Dec 2023 00:00:00 GMT',
        enclosure: 'https://media.example.com/videos/video2/thumbnail.webp',
        enclosureType: 'image/webp',
      },
    ]);
  });

  it(`holds the newest ${FEED_ENTRIES} episodes, and says it was updated when the newest was published`, () => {
    const episodes = Array.from({ length: FEED_ENTRIES + 10 }, (_, n) => episode(n));
    const document = parseXml(siteFeedXml(episodes, (id) => id, site));
    const titles = items(document).map((item) => item.title);
    expect(titles).toHaveLength(FEED_ENTRIES);
    expect(titles[0]).toBe('Episode 0');
    expect(titles.at(-1)).toBe(`Episode ${FEED_ENTRIES - 1}`);
    expect(document.querySelector('channel > lastBuildDate')?.textContent).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });

  it('keeps hostile titles and descriptions as text: well-formed XML that gives them back exactly', () => {
    const document = parseXml(siteFeedXml([episode(1, { title: HOSTILE, description: HOSTILE })], (id) => id, site));
    expect(items(document)[0]).toMatchObject({ title: HOSTILE, description: HOSTILE });
    expect(document.querySelector('script')).toBeNull();
  });

  it('gives back any text, less the characters XML cannot hold at all', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
      fc
        .array(fc.constantFrom(']]>', ']', ']]', '>', '<![CDATA[', '&', '&amp;', '<', '\u0000', '\u001f', '\ud800', '\udc00', '😀', '\r'), {
          minLength: 1,
          maxLength: 10,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (title) => {
        const description = `(${title})`;
        const document = parseXml(siteFeedXml([episode(1, { title, description })], (id) => id, site));
        // XML parsers read a carriage return as a line end.
        const expected = xmlText(title).replace(/\r\n?/g, '\n');
        const [item] = items(document);
        expect(item?.title).toBe(expected.trim() ? expected : 'episode-1');
        // Descriptions are written on one line.
        expect(item?.description).toBe(xmlText(description.replace(/\s+/g, ' ')));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('points podcast apps at the chapters of an episode that has any', () => {
    const document = parseXml(
      siteFeedXml(
        [
          episode(1, { chapters: [{ startTime: 0, title: 'Intro' }] }),
          episode(2),
          episode(3, { duration: 60, chapters: [{ startTime: 60, title: 'Past the end' }] }),
        ],
        (id) => id,
        site,
      ),
    );
    const chapters = [...document.querySelectorAll('channel > item')].map((item) =>
      [...item.getElementsByTagNameNS(PODCAST_NAMESPACE, 'chapters')].map((link) => [link.getAttribute('url'), link.getAttribute('type')]),
    );
    expect(chapters).toEqual([[['https://watch.example.com/academy/chapters/episode-1.json', 'application/json+chapters']], [], []]);
  });
});

describe('a show’s feed', () => {
  it('is titled and described by the show, and links to the show’s page and to itself', () => {
    const document = parseXml(
      showFeedXml({ id: 'rawkode-live', name: 'Rawkode <Live> & more', description: 'Live streams.' }, [episode(1, { show: 'rawkode-live' })], site),
    );
    expect(document.querySelector('channel > title')?.textContent).toBe('Rawkode <Live> & more · Rawkode Academy');
    expect(document.querySelector('channel > description')?.textContent).toBe('Live streams.');
    expect(document.querySelector('channel > link')?.textContent).toBe('https://watch.example.com/academy/shows/rawkode-live');
    expect(document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href')).toBe(
      'https://watch.example.com/academy/shows/rawkode-live/feed.xml',
    );
    expect(items(document).map((item) => item.link)).toEqual(['https://watch.example.com/academy/watch/episode-1']);
  });

  it('episodes are grouped by show, newest first, leaving out those of no show', () => {
    const grouped = episodesByShow([episode(1, { show: 'a' }), episode(2), episode(3, { show: 'b' }), episode(4, { show: 'a' })]);
    expect([...grouped].map(([show, episodes]) => [show, episodes.map((e) => e.slug)])).toEqual([
      ['a', ['episode-1', 'episode-4']],
      ['b', ['episode-3']],
    ]);
  });

  it('only a show id that can name a folder as it is gets a page and a feed', () => {
    expect(['rawkode-live', 'klustered', 'CNCF.2024'].every(isPathSafeShowId)).toBe(true);
    expect(['..', '../x', 'a/b', 'a b', '', '.hidden', 'x..y', 'é'].some(isPathSafeShowId)).toBe(false);
  });
});

describe('the autodiscovery link', () => {
  it('escapes its title and address for an attribute', () => {
    const tag = feedLinkTag('A "quoted" <show> & more', 'https://example.com/shows/a/feed.xml');
    const link = new DOMParser().parseFromString(`<head>${tag}</head>`, 'text/html').querySelector('link');
    expect(link?.getAttribute('rel')).toBe('alternate');
    expect(link?.getAttribute('type')).toBe('application/rss+xml');
    expect(link?.getAttribute('title')).toBe('A "quoted" <show> & more');
    expect(link?.getAttribute('href')).toBe('https://example.com/shows/a/feed.xml');
  });
});

describe('Podcasting 2.0 JSON chapters', () => {
  it('version 1.2.0 with each chapter’s start and title, leaving out those at or after the end', () => {
    const json = chaptersJson(
      episode(1, {
        duration: 600,
        chapters: [
          { startTime: 0, title: HOSTILE },
          { startTime: 120.5, title: '<Untitled Chapter 2>' },
          { startTime: 600, title: 'At the end' },
          { startTime: 900, title: 'Past the end' },
        ],
      }),
    );
    expect(JSON.parse(json)).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: HOSTILE },
        { startTime: 120.5, title: '<Untitled Chapter 2>' },
      ],
    });
  });

  it('is valid JSON for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (title) => {
        const parsed = JSON.parse(chaptersJson(episode(1, { chapters: [{ startTime: 1, title }] })));
        expect(parsed.chapters[0].title).toBe(title);
      }),
    );
  });

  it('an episode without chapters has an empty list', () => {
    expect(JSON.parse(chaptersJson(episode(1)))).toEqual({ version: '1.2.0', chapters: [] });
  });
});
