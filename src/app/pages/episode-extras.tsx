// What an episode's newer front-matter adds to its watch page (product.md, The watch page):
// its guests, what you will learn, and its resources grouped by category.
// Every list is left out when empty; every text is text, never markup.
import type { Episode, Guest, Resource } from '@/content/schema';

/**
 * External links open in a new tab so the episode keeps playing, as the
 * description's links do; the new tab cannot reach back.
 */
const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

export function EpisodeExtras({ episode }: { episode: Pick<Episode, 'guests' | 'resources' | 'whatYouWillLearn'> }) {
  const { guests = [], resources = [], whatYouWillLearn = [] } = episode;
  return (
    <>
      {guests.length > 0 && <Guests guests={guests} />}
      {whatYouWillLearn.length > 0 && (
        <section className="episode-extra" aria-labelledby="learn-heading">
          <h2 id="learn-heading">What you will learn</h2>
          <ul>
            {whatYouWillLearn.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </section>
      )}
      {resources.length > 0 && <Resources resources={resources} />}
    </>
  );
}

function Guests({ guests }: { guests: readonly Guest[] }) {
  return (
    <section className="episode-extra" aria-labelledby="guests-heading">
      <h2 id="guests-heading">{guests.length === 1 ? 'Guest' : 'Guests'}</h2>
      <ul className="episode-guests">
        {guests.map((guest, index) => (
          <li key={index}>
            {guest.website ? (
              <a href={guest.website} {...external}>
                {guest.name}
              </a>
            ) : (
              guest.name
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Resources({ resources }: { resources: readonly Resource[] }) {
  const groups = resourcesByCategory(resources);
  const list = (items: readonly Resource[]) => (
    <ul>
      {items.map((resource, index) => (
        <li key={index}>
          <a href={resource.url} {...external}>
            {resource.title}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="episode-extra" aria-labelledby="resources-heading">
      <h2 id="resources-heading">Resources</h2>
      {groups.length === 1 && groups[0]!.category === undefined
        ? list(groups[0]!.resources)
        : groups.map(({ category, resources: items }) => (
            <div key={category ?? ''}>
              <h3>{category ?? OTHER}</h3>
              {list(items)}
            </div>
          ))}
    </section>
  );
}

/** The heading of resources without a category, beside ones with. */
const OTHER = 'Other';

export interface ResourceGroup {
  /** As the author wrote it; undefined for resources without one. */
  category: string | undefined;
  resources: Resource[];
}

/**
 * Resources in groups by category, in the order each category first appears
 * (the author's order); those without a category come last.
 */
export function resourcesByCategory(resources: readonly Resource[]): ResourceGroup[] {
  const groups = new Map<string | undefined, Resource[]>();
  for (const resource of resources) {
    const category = resource.category?.trim() || undefined;
    let group = groups.get(category);
    if (!group) groups.set(category, (group = []));
    group.push(resource);
  }
  const uncategorised = groups.get(undefined);
  groups.delete(undefined);
  return [
    ...[...groups].map(([category, items]) => ({ category, resources: items })),
    ...(uncategorised ? [{ category: undefined, resources: uncategorised }] : []),
  ];
}
