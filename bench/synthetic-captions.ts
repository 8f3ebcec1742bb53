// Writes synthetic captions for synthetic episodes (bench/synthetic-content.ts):
// an hour of speech is about 1,200 cues of real English words, where the
// build reads them (`<publicDir>/media/videos/<videoId>/captions/en.vtt`,
// with the media base `/media`). Common words follow a Zipf-like curve and
// each episode talks about its own technologies and a few rarer words, so a
// query hits a realistic number of episodes: everyday words nearly all,
// technologies some, rare words a few. Deterministic for a seed.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const COMMON = (
  'the and to of a in that is it you we so this for on with be are have just what can if but not do at ' +
  'as they was there it’s all going now like here one from or then right about see will get when how ' +
  'an would which out up your more some know think yeah really want thing need because other okay time ' +
  'work make way look also actually things first new into let them well let’s these use those only good ' +
  'run running people where been back something much even start data two could different over very able ' +
  'using change same question pretty should sure inside build talk through kind every before after three ' +
  'simple point going case example file project code team cluster image container config value version ' +
  'server request service network policy package build release test user command default support feature ' +
  'production install create deploy update write read field object resource template module function api ' +
  'error problem issue thread memory disk node pod namespace secret volume label selector manifest chart ' +
  'registry signature key certificate token login account endpoint traffic route proxy gateway certificate ' +
  'metric log trace dashboard alert query index storage database table schema migration backup restore ' +
  'upgrade rollback pipeline workflow job step stage trigger branch commit merge review change history'
).split(' ');

/** Rarer words: each episode says a handful of them, so a query for one hits a few episodes. */
const RARE = (
  'aardvark abacus accordion acorn albatross almanac amethyst anchor anvil apricot archipelago armadillo ' +
  'avalanche badger bagpipe balcony bamboo banjo barnacle basalt beacon beetle bellows bison blizzard ' +
  'boomerang bramble buffalo bugle cactus calypso camel canary canyon caribou carousel cashew cathedral ' +
  'cello chameleon chandelier cheetah chestnut chinchilla cinnamon clarinet cobalt cobra compass condor ' +
  'coral cormorant cottage coyote crocodile crystal cuckoo cypress dahlia dandelion dolphin domino ' +
  'dragonfly dromedary dune eclipse eel elephant elk emerald emu escalator falcon fennel ferret fjord ' +
  'flamingo flute fossil fox gazelle geyser gibbon ginger giraffe glacier gondola gorilla granite ' +
  'grasshopper gull hammock harmonica harp hazelnut hedgehog heron hibiscus hippo hornet hummingbird ' +
  'hyena iceberg iguana jackal jaguar jasmine jellyfish juniper kangaroo kayak kestrel kiwi koala ' +
  'labyrinth ladybug lagoon lantern lavender lemur leopard lighthouse lilac lobster locust lynx macaw ' +
  'magnolia mammoth manatee mandolin mango marble marmot meadow meerkat meteor mongoose moose mosaic ' +
  'narwhal nectarine nightingale nutmeg oasis ocelot octopus okapi opal orca orchid oriole ostrich otter ' +
  'owl oyster paddle pagoda panda pangolin panther papaya parrot peacock pelican penguin peony pepper ' +
  'periscope pheasant piano pigeon pinecone piranha pistachio platypus plum porcupine prairie puffin ' +
  'puma pumpkin python quail quartz quince quokka raccoon raven reindeer rhubarb robin saffron salamander ' +
  'sapphire sardine saxophone scorpion seahorse sequoia shamrock shark sparrow squid squirrel starfish ' +
  'stingray sundial swan sycamore tambourine tangerine tapir tarantula teapot thistle thunder tiger ' +
  'toboggan topaz tortoise toucan trombone trumpet tulip tundra turquoise turtle ukulele umbrella ' +
  'unicorn valley vanilla violin volcano vulture walnut walrus wasp waterfall weasel whale whistle ' +
  'willow wolverine wombat woodpecker xylophone yak zebra zeppelin zucchini'
).split(' ');

/** A small, fast, seedable PRNG (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative Zipf weights over the common words, for picking by rank. */
const ZIPF = (() => {
  const weights = COMMON.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((weight) => (sum += weight / total));
})();

const zipfWord = (next: () => number) => {
  const at = next();
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ZIPF[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return COMMON[low]!;
};

const clock = (seconds: number) => {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
};

export interface EpisodeVideo {
  videoId: string;
  slug: string;
  duration: number;
  /** Words this episode is about (its technologies): said often. */
  topics: string[];
}

/** The synthetic episodes' video ids, durations and technologies, read back from the files written. */
export async function episodeVideos(contentDir: string): Promise<EpisodeVideo[]> {
  const files = (await readdir(path.join(contentDir, 'episodes'), { recursive: true })).filter((file) => file.endsWith('.md'));
  return Promise.all(
    files.sort().map(async (file) => {
      const text = await readFile(path.join(contentDir, 'episodes', file), 'utf8');
      const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1] ?? '';
      const technologies = /technologies:\n((?: {2}- .+\n)+)/.exec(text)?.[1]?.match(/[a-z0-9-]+$/gm) ?? [];
      return { videoId: field('videoId'), slug: field('slug'), duration: Number(field('duration')), topics: technologies.map((id) => id.replace(/-/g, ' ')) };
    }),
  );
}

export interface PlantedPhrase {
  slug: string;
  videoId: string;
  /** The cue's start: the moment a search must find. */
  second: number;
  text: string;
}

/**
 * Writes an hour of captions (`cuesPerEpisode` cues, about three seconds
 * each, 6–11 words) for each episode, and one cue that says `planted.text`
 * at `planted.second` in the episode `planted.slug`. Returns the words written.
 */
export async function writeSyntheticCaptions(
  publicDir: string,
  episodes: readonly EpisodeVideo[],
  { cuesPerEpisode = 1200, planted, seed = 7 }: { cuesPerEpisode?: number; planted?: PlantedPhrase; seed?: number } = {},
): Promise<number> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  let words = 0;
  const write = async (episode: EpisodeVideo) => {
    const rare = Array.from({ length: 6 }, () => pick(RARE));
    const spacing = Math.min(3, (episode.duration - 5) / cuesPerEpisode);
    const lines = ['WEBVTT', ''];
    for (let cue = 0; cue < cuesPerEpisode; cue++) {
      const start = cue * spacing;
      let text: string;
      if (planted && planted.slug === episode.slug && Math.abs(start - planted.second) < spacing / 2) {
        text = planted.text;
      } else {
        const length = 6 + Math.floor(next() * 6);
        const spoken: string[] = [];
        for (let word = 0; word < length; word++) {
          const roll = next();
          spoken.push(roll < 0.04 && episode.topics.length > 0 ? pick(episode.topics) : roll < 0.045 ? pick(rare) : zipfWord(next));
        }
        text = spoken.join(' ');
      }
      words += text.split(' ').length;
      const speaker = Math.floor(cue / 20) % 2 === 0 ? 'Host' : 'Guest';
      const begins = planted && planted.slug === episode.slug && Math.abs(start - planted.second) < spacing / 2 ? planted.second : start;
      lines.push(`${clock(begins)} --> ${clock(begins + spacing * 0.95)}`, `<v ${speaker}>${text}`, '');
    }
    const folder = path.join(publicDir, 'media', 'videos', episode.videoId, 'captions');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'en.vtt'), lines.join('\n'));
  };
  for (let at = 0; at < episodes.length; at += 64) await Promise.all(episodes.slice(at, at + 64).map(write));
  return words;
}
