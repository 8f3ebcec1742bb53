// Guests by name: an episode names its guests by person id; the watch page shows
// their names, linked to their websites. Resolved at build time, so the page
// loads no list of people.
import { isWebUrl, type Episode, type Guest, type Person } from '../content/schema.ts';

/**
 * The episode with each guest's name (and website, when it is an http(s) URL)
 * from their `people/<id>.md`. A guest with no file keeps the id as the name,
 * as shows and technologies do. An episode without guests is returned as it is.
 */
export function withGuestNames(episode: Episode, people: ReadonlyMap<string, Person>): Episode {
  if (!episode.guests) return episode;
  return { ...episode, guests: episode.guests.map(({ id }) => guestOf(id, people.get(id))) };
}

function guestOf(id: string, person: Person | undefined): Guest {
  if (!person) return { id, name: id };
  const website = person.website?.trim();
  return website && isWebUrl(website) ? { id, name: person.name, website } : { id, name: person.name };
}
