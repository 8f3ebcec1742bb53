// Content for the catalog and navigation browser tests (home, shows,
// technologies, not found, prerendered pages). Written next to the watch-page
// fixtures by the global setup; the seed, `scheduled-for-later` and
// `hostile-titles` come from there.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A show with a file of its own, and a link in its description. */
export const COMPASS = {
  id: 'cloud-native-compass',
  name: 'Cloud Native Compass',
  description: 'Conversations about where cloud native is heading. Notes at https://example.com/compass.',
};

/** A show that episodes name but that has no file: its page is named by its id. */
export const GHOST_SHOW = { id: 'ghost-show' };

/** A technology with a file whose name is hostile markup. */
export const HOSTILE_TECHNOLOGY = { id: 'hostile-tech', name: '<img src=x onerror="window.__pwned=3">Tech' };
/** A technology that episodes name but that has no file. */
export const GHOST_TECHNOLOGY = { id: 'ghost-tech' };

/** Episodes whose text search must find; each word appears in exactly one episode. */
export const FINDABLE = {
  byDescription: { slug: 'compass-quokka', title: 'Compass: observability at scale', word: 'quokka' },
  byChapter: { slug: 'compass-wombat', title: 'Compass: platform teams', word: 'wombat', chapter: 'Wombat-driven delivery' },
  byAccentedTitle: { slug: 'compass-deja-vu', title: 'Déjà vu in Kubernetes upgrades', typed: 'deja vu' },
};

/** Without a show: a standalone episode, with a description full of hostile text and links. */
export const STANDALONE = {
  slug: 'standalone-hostile-description',
  title: 'A standalone "episode" with <b>markup</b> & quotes',
  description:
    'Slides: https://example.com/slides?a=1&b=2. Not a link: javascript:alert(1). ' +
    'Markup stays text: <script>window.__pwned=4</script> <a href="https://evil.example">click</a>. ' +
    '(Also https://en.wikipedia.org/wiki/Go_(programming_language))',
  links: ['https://example.com/slides?a=1&b=2', 'https://en.wikipedia.org/wiki/Go_(programming_language)'],
};

/** An episode whose poster does not exist: the card shows a fallback. */
export const NO_POSTER = { slug: 'ghost-show-no-poster', title: 'An episode without a poster', videoId: 'missing-poster' };

/** Many episodes of one show, so that lists are long enough to scroll and to draw in part. */
export const BULK = { show: 'bulk-show', name: 'Bulk Show', count: 150, slug: (n: number) => `bulk-episode-${n}`, title: (n: number) => `Bulk episode number ${n}` };

/**
 * Episodes for search ranking, older than the others but the seed (the oldest),
 * so that the home page's first page and its last card stay as they were. Two are about Cilium (title, technology),
 * two newer ones only mention it; C++ and C# are in titles and technology names.
 */
export const RANKING = {
  technologies: { cilium: { id: 'cilium', name: 'Cilium' }, cpp: { id: 'cpp', name: 'C++' } },
  aboutCilium: { slug: 'introduction-to-cilium', title: 'Introduction to Cilium', publishedAt: '2022-07-01T09:00:00Z' },
  ciliumByTechnology: { slug: 'network-policies-hands-on', title: 'Network policies, hands on', publishedAt: '2022-08-01T09:00:00Z' },
  mentionsCiliumInDescription: { slug: 'platform-roundtable', title: 'Platform roundtable', publishedAt: '2022-09-01T09:00:00Z' },
  mentionsCiliumInChapter: { slug: 'ebpf-everywhere', title: 'eBPF everywhere', publishedAt: '2022-10-01T09:00:00Z' },
  cpp: { slug: 'introduction-to-cpp', title: 'Introduction to C++', publishedAt: '2022-05-01T09:00:00Z' },
  csharp: { slug: 'minimal-apis-in-csharp', title: 'Minimal APIs in C#', publishedAt: '2022-06-01T09:00:00Z' },
};
/** How many published episodes RANKING adds. */
export const RANKING_EPISODE_COUNT = 6;

/**
 * An episode as real exports wrote them: `\n` written out, an HTML character
 * reference, a description that opens with the subtitle, and a length of 0
 * (unknown). Between the seed and the rest by date, off the first page.
 */
export const MESSY_TEXT = {
  slug: 'arc-and-the-fall-of-kubernetes',
  title: 'Arc &amp; the fall of Kubernetes',
  shownTitle: 'Arc & the fall of Kubernetes',
  subtitle: 'Scripting and platforms',
  description: 'Scripting and platforms\\n\\nToday we talked about Arc Bash.\\nThe fall of Kubernetes.\\n\\nHmm. I&#x27;ll have Claude write a new one.',
  paragraphs: ['Today we talked about Arc Bash.\nThe fall of Kubernetes.', "Hmm. I'll have Claude write a new one."],
  publishedAt: '2022-04-01T09:00:00Z',
};
/** How many published episodes MESSY_TEXT adds. */
export const MESSY_TEXT_EPISODE_COUNT = 1;

/** The newest episode of all (the home page lists it first). */
export const NEWEST = FINDABLE.byAccentedTitle;

const SEED_VIDEO = 'f7rvx2rb04zl2vhgoltwedf5';
const yamlString = (value: string) => JSON.stringify(value);

function episodeFile(fields: {
  slug: string;
  title: string;
  publishedAt: string;
  description?: string;
  show?: string;
  technologies?: string[];
  videoId?: string;
  chapters?: Array<[number, string]>;
  subtitle?: string;
  duration?: number;
}): string {
  const lines = [
    '---',
    `slug: ${fields.slug}`,
    `title: ${yamlString(fields.title)}`,
    `publishedAt: ${fields.publishedAt}`,
    `videoId: ${fields.videoId ?? SEED_VIDEO}`,
    `duration: ${fields.duration ?? 1800}`,
  ];
  if (fields.subtitle) lines.push(`subtitle: ${yamlString(fields.subtitle)}`);
  if (fields.description) lines.push(`description: ${yamlString(fields.description)}`);
  if (fields.show) lines.push(`show: ${fields.show}`);
  if (fields.technologies?.length) lines.push('technologies:', ...fields.technologies.map((id) => `  - ${id}`));
  if (fields.chapters?.length) {
    lines.push('chapters:', ...fields.chapters.flatMap(([start, title]) => [`  - startTime: ${start}`, `    title: ${yamlString(title)}`]));
  }
  return `${[...lines, '---', ''].join('\n')}\n`;
}

export async function writeCatalogFixtures(contentDir: string): Promise<void> {
  const episodes = path.join(contentDir, 'episodes', 'catalog');
  await mkdir(episodes, { recursive: true });
  await mkdir(path.join(contentDir, 'shows'), { recursive: true });
  await mkdir(path.join(contentDir, 'technologies'), { recursive: true });

  const files: Record<string, string> = {
    [`shows/${COMPASS.id}.md`]: `---\nname: ${COMPASS.name}\ndescription: ${yamlString(COMPASS.description)}\n---\n`,
    [`shows/${BULK.show}.md`]: `---\nname: ${BULK.name}\n---\n`,
    [`technologies/${HOSTILE_TECHNOLOGY.id}.md`]: `---\nname: ${yamlString(HOSTILE_TECHNOLOGY.name)}\n---\n`,
    [`technologies/kubernetes.md`]: '---\nname: Kubernetes\nwebsite: https://kubernetes.io\n---\n',
  };
  const episode = (fields: Parameters<typeof episodeFile>[0]) => {
    files[`episodes/catalog/${fields.slug}.md`] = episodeFile(fields);
  };

  episode({
    slug: FINDABLE.byDescription.slug,
    title: FINDABLE.byDescription.title,
    publishedAt: '2025-06-01T09:00:00Z',
    description: `How the ${FINDABLE.byDescription.word} team watches ten thousand clusters.`,
    show: COMPASS.id,
    technologies: ['kubernetes'],
  });
  episode({
    slug: FINDABLE.byChapter.slug,
    title: FINDABLE.byChapter.title,
    publishedAt: '2025-06-02T09:00:00Z',
    show: COMPASS.id,
    technologies: ['kubernetes', HOSTILE_TECHNOLOGY.id],
    chapters: [
      [0, 'Welcome'],
      [600, FINDABLE.byChapter.chapter],
    ],
  });
  episode({
    slug: FINDABLE.byAccentedTitle.slug,
    title: FINDABLE.byAccentedTitle.title,
    publishedAt: '2025-06-03T09:00:00Z',
    show: COMPASS.id,
    technologies: ['kubernetes'],
  });
  episode({
    slug: STANDALONE.slug,
    title: STANDALONE.title,
    publishedAt: '2025-05-01T09:00:00Z',
    description: STANDALONE.description,
    technologies: [GHOST_TECHNOLOGY.id],
  });
  episode({
    slug: NO_POSTER.slug,
    title: NO_POSTER.title,
    publishedAt: '2025-05-02T09:00:00Z',
    videoId: NO_POSTER.videoId,
    show: GHOST_SHOW.id,
    technologies: [GHOST_TECHNOLOGY.id],
  });
  for (let n = 1; n <= BULK.count; n++) {
    // One a day through 2023, so they sort below the rest and in number order, newest (highest) first.
    const day = new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString();
    episode({ slug: BULK.slug(n), title: BULK.title(n), publishedAt: day, show: BULK.show });
  }

  const { technologies, aboutCilium, ciliumByTechnology, mentionsCiliumInDescription, mentionsCiliumInChapter, cpp, csharp } = RANKING;
  for (const technology of Object.values(technologies)) {
    files[`technologies/${technology.id}.md`] = `---\nname: ${yamlString(technology.name)}\n---\n`;
  }
  episode({ ...aboutCilium, technologies: [technologies.cilium.id] });
  episode({ ...ciliumByTechnology, technologies: [technologies.cilium.id, 'kubernetes'] });
  episode({ ...mentionsCiliumInDescription, description: 'We compare Cilium and Calico.', technologies: ['kubernetes'] });
  episode({ ...mentionsCiliumInChapter, chapters: [[0, 'Welcome'], [300, 'What Cilium does with it']] });
  episode({ ...cpp, technologies: [technologies.cpp.id] });
  episode({ ...csharp, description: 'ASP.NET in C#, with a nod to C++ interop.' });

  const { slug, title, subtitle, description, publishedAt } = MESSY_TEXT;
  episode({ slug, title, subtitle, description, publishedAt, duration: 0 });

  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(path.join(contentDir, file), text)));
}
