// How text is folded for search: the build folds descriptions and chapter
// titles into the search index, the app folds titles and what a viewer types,
// and both must fold the same way or a match is missed.

/** Marks that NFD splits off letters: `é` becomes `e` + U+0301. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lowercase, without accents, punctuation as spaces, one space between words:
 * `Déjà-vu: K8s!` becomes `deja vu k8s`. So `dejà`, `Deja` and `deja` all
 * find it, and `apko & melange` matches `apko + melange`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
