// Writes a content root of synthetic episodes shaped like Rawkode Academy's real
// ones (shared/corpus/rawkode), for benchmarks at any scale. Deterministic: the
// same seed writes the same files.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SyntheticContentOptions {
  /** Same seed, same content. Default 1. */
  seed?: number;
  /** Share of episodes that belong to a show (real content: ~75%). */
  showShare?: number;
  /** Share of episodes with chapters past their duration, which the build warns about (real: ~7%). */
  chaptersPastEndShare?: number;
  /** Share of episodes with no chapters at all (real: ~8%). */
  noChaptersShare?: number;
  /** Share of episodes published after today, i.e. scheduled (real: none). */
  scheduledShare?: number;
  /** The newest publication date. Default: now. */
  newest?: Date;
}

export interface SyntheticContent {
  /** Slugs of every episode written, published or scheduled. */
  slugs: string[];
  shows: string[];
  technologies: string[];
}

const SHOWS = ['rawkode-live', 'klustered', 'cloud-native-compass', 'alphabits', 'hands-on', 'office-hours'];

const TECHNOLOGIES = [
  'kubernetes', 'cilium', 'linkerd', 'istio', 'apko', 'melange', 'dagger', 'crossplane', 'fluxcd', 'argo-cd',
  'helm', 'kyverno', 'falco', 'ebpf', 'containerd', 'docker', 'k3s', 'k0s', 'kube-vip', 'cluster-api',
  'prometheus', 'grafana', 'loki', 'opentelemetry', 'jaeger', 'influxdb', 'timescale', 'cockroachdb', 'postgres', 'redis',
  'rust', 'go', 'typescript', 'deno', 'bun', 'webassembly', 'wasmtime', 'spin', 'nix', 'pulumi',
  'terraform', 'cdk8s', 'kapitan', 'cue', 'dapr', 'knative', 'openfaas', 'inlets', 'tailscale', 'vault',
  'cert-manager', 'external-secrets', 'kaniko', 'buildkit', 'tekton', 'github-actions', 'gitlab', 'gitpod', 'devpod', 'restate',
];

const SUBJECTS = [
  'GitOps', 'Service Mesh', 'eBPF Networking', 'Platform Engineering', 'Supply Chain Security', 'Observability',
  'Progressive Delivery', 'Policy as Code', 'Serverless', 'Edge Computing', 'Multi-Cluster Networking', 'SBOMs',
  'Distroless Images', 'Durable Execution', 'Chaos Engineering', 'Developer Portals', 'Secrets Management',
];

const TITLE_SHAPES: ((tech: string, other: string, subject: string, n: number) => string)[] = [
  (tech) => `Introduction to ${tech}`,
  (tech) => `Hands-on Introduction to ${tech}`,
  (tech, other) => `Hands-on with ${tech} & ${other}`,
  (tech, _, subject) => `${subject} with ${tech}`,
  (tech, _, subject) => `${tech}: ${subject} in Production`,
  (_, __, ___, n) => `Klustered #${n}`,
  (tech, other) => `Building a ${tech} Operator for ${other}`,
  (tech, _, subject) => `Why ${subject}? A Conversation About ${tech}`,
  (tech) => `What's New in ${tech}`,
  (tech, other) => `Migrating from ${other} to ${tech}`,
];

const CHAPTER_TITLES = [
  'Introduction', 'Guest Introduction', 'What is {tech}?', 'Architecture Overview', 'Installing {tech}',
  'Preparing the Environment', 'First Demo', 'Troubleshooting', 'Configuration Deep Dive', 'Q&A',
  'Comparison to {other}', 'Production Considerations', 'Security Model', 'Community and Contributing',
  'Roadmap', 'Recap', 'Wrap-up and Thank You', 'Debugging a Broken Cluster', 'Writing a Custom Resource',
  'Observability with {other}', 'Scaling Out', 'Live Coding: {tech} Plugin', 'Project Status and Future Vision',
];

const SENTENCES = [
  'We sit down with one of the maintainers of {tech} to talk about where the project came from and where it is heading.',
  'The session starts from an empty cluster and ends with {tech} running a real workload, mistakes included.',
  'Along the way we compare it to {other}, and talk about when you would pick one over the other.',
  'The conversation covers {subject}, and why so many teams are rethinking how they approach it.',
  'Expect live debugging, a few detours into the source code, and plenty of questions from the chat.',
  'If you run {tech} in production, the second half covers upgrades, failure modes and how to observe them.',
  'We also look at how the community around {tech} works, and how to make a first contribution.',
  'Links to everything we used are in the description, along with the code from the demo.',
  'By the end you should know enough about {subject} to try it on your own cluster this week.',
  'A big thank you to our guest for taking the time to walk us through all of this.',
];

/** A small, fast, seedable PRNG (mulberry32): benchmarks need the same content every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, integer, pick, chance: (share: number) => next() < share };
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

const displayName = (id: string) => id.split('-').map((word) => word[0]?.toUpperCase() + word.slice(1)).join(' ');

/**
 * Writes `count` episodes under `dir/episodes/…`, plus `dir/shows/*.md` and
 * `dir/technologies/*.md` for every show and technology they mention, laid
 * out as the real corpus is: `episodes/shows/<show>/<year>/<slug>.md` and
 * `episodes/standalone/<year>/<slug>.md`.
 */
export async function writeSyntheticContent(
  dir: string,
  count: number,
  options: SyntheticContentOptions = {},
): Promise<SyntheticContent> {
  const {
    seed = 1,
    showShare = 0.75,
    chaptersPastEndShare = 0.07,
    noChaptersShare = 0.08,
    scheduledShare = 0,
    newest = new Date(),
  } = options;
  const rng = random(seed);
  const files = new Map<string, string>();

  for (const show of SHOWS) {
    files.set(path.join('shows', `${show}.md`), `---\nname: ${displayName(show)}\nhosts:\n  - rawkode\n---\n`);
  }
  for (const technology of TECHNOLOGIES) {
    files.set(
      path.join('technologies', `${technology}.md`),
      [
        '---',
        `name: ${quote(displayName(technology))}`,
        `description: ${quote(`${displayName(technology)} is a cloud-native project covered on the channel.`)}`,
        `website: https://example.com/${technology}`,
        'status: stable',
        '---',
        '',
      ].join('\n'),
    );
  }

  const slugs: string[] = [];
  const usedSlugs = new Set<string>();
  // Episodes spread back from `newest`, about one every 8 hours at 10,000.
  const spanMs = Math.max(count, 1) * 8 * 3600 * 1000;
  for (let index = 0; index < count; index += 1) {
    const tech = rng.pick(TECHNOLOGIES);
    const other = rng.pick(TECHNOLOGIES);
    const subject = rng.pick(SUBJECTS);
    const title = rng.pick(TITLE_SHAPES)(displayName(tech), displayName(other), subject, index + 1);
    let slug = slugify(title);
    for (let suffix = 2; usedSlugs.has(slug); suffix += 1) slug = `${slugify(title)}-${suffix}`;
    usedSlugs.add(slug);
    slugs.push(slug);

    const scheduled = rng.chance(scheduledShare);
    const offset = Math.floor(rng.next() * spanMs);
    const publishedAt = new Date(scheduled ? newest.getTime() + offset + 86_400_000 : newest.getTime() - offset);
    publishedAt.setUTCHours(17, 0, 0, 0);
    // 17:00 today may be later than now: keep published episodes in the past.
    if (!scheduled && publishedAt > newest) publishedAt.setUTCDate(publishedAt.getUTCDate() - 1);
    const duration = rng.integer(1200, 7200);
    const show = rng.chance(showShare) ? rng.pick(SHOWS) : undefined;
    const technologies = [...new Set([tech, other, ...Array.from({ length: rng.integer(0, 2) }, () => rng.pick(TECHNOLOGIES))])];
    const fill = (text: string) => text.replace('{tech}', displayName(tech)).replace('{other}', displayName(other)).replace('{subject}', subject);

    const paragraphs = Array.from({ length: rng.integer(2, 5) }, () =>
      Array.from({ length: rng.integer(2, 4) }, () => fill(rng.pick(SENTENCES))).join(' '),
    );

    const chapterCount = rng.chance(noChaptersShare) ? 0 : rng.integer(3, 100);
    const pastEnd = chapterCount > 3 && rng.chance(chaptersPastEndShare);
    // Chapters at least a second apart; the last few past the end when asked for.
    const lastStart = pastEnd ? duration + 600 : duration - 30;
    const step = lastStart / Math.max(chapterCount, 1);
    const chapters = Array.from({ length: chapterCount }, (_, chapter) => {
      const startTime = chapter === 0 && rng.chance(0.88) ? 0 : Math.floor(step * chapter + rng.next() * (step - 1));
      const chapterTitle = chapter === 0 && rng.chance(0.1) ? '<Untitled Chapter 1>' : fill(rng.pick(CHAPTER_TITLES));
      return { startTime: Math.max(startTime, chapter), title: chapterTitle };
    });
    for (let chapter = 1; chapter < chapters.length; chapter += 1) {
      const previous = chapters[chapter - 1]!;
      if (chapters[chapter]!.startTime <= previous.startTime) chapters[chapter]!.startTime = previous.startTime + 1;
    }

    const videoId = Array.from({ length: 24 }, () => rng.pick('abcdefghijklmnopqrstuvwxyz0123456789'.split(''))).join('');
    const lines = [
      '---',
      `id: ${slug}`,
      `slug: ${slug}`,
      `title: ${quote(title)}`,
      'description: >-',
      ...paragraphs.flatMap((paragraph, at) => [...(at > 0 ? ['', ''] : []), `  ${paragraph}`]),
      `publishedAt: ${publishedAt.toISOString()}`,
      'technologies:',
      ...technologies.map((id) => `  - ${id}`),
      ...(show ? [`show: ${show}`] : []),
      `videoId: ${videoId}`,
      ...(chapters.length > 0 ? ['chapters:'] : []),
      ...chapters.flatMap((chapter) => [`  - startTime: ${chapter.startTime}`, `    title: ${quote(chapter.title)}`]),
      `duration: ${duration}`,
      '---',
      '',
    ];
    const year = String(publishedAt.getUTCFullYear());
    const folder = show ? path.join('episodes', 'shows', show, year) : path.join('episodes', 'standalone', year);
    files.set(path.join(folder, `${slug}.md`), lines.join('\n'));
  }

  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(dir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  const entries = [...files];
  // Written in batches: tens of thousands of files at once would exhaust file handles.
  for (let start = 0; start < entries.length; start += 256) {
    await Promise.all(entries.slice(start, start + 256).map(([file, text]) => writeFile(path.join(dir, file), text)));
  }
  return { slugs, shows: [...SHOWS], technologies: [...TECHNOLOGIES] };
}
