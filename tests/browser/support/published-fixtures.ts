// How many fixture episodes are published, in one place: every file of fixtures adds to it.
import { BULK, MESSY_TEXT_EPISODE_COUNT, RANKING_EPISODE_COUNT } from './catalog-fixtures';
import { HOSTILE_EPISODE_COUNT } from './hostile-fixtures';
import { UP_NEXT_PUBLISHED_COUNT } from './up-next-fixtures';
import { TRANSCRIPT_EPISODE_COUNT } from './transcript-fixtures';
import { MOMENTS_EPISODE_COUNT } from './moment-fixtures';

/**
 * The watch page's fixtures (the seed, four edge cases and the newer-format
 * episode; not the scheduled one), the catalog's five, its bulk show, its
 * ranking and messy-text ones, the hostile ones, the up-next show's, the
 * transcript's and the moment search's.
 */
export const PUBLISHED =
  6 +
  5 +
  BULK.count +
  RANKING_EPISODE_COUNT +
  MESSY_TEXT_EPISODE_COUNT +
  HOSTILE_EPISODE_COUNT +
  UP_NEXT_PUBLISHED_COUNT +
  TRANSCRIPT_EPISODE_COUNT +
  MOMENTS_EPISODE_COUNT;
