// How text is folded for search: the build folds descriptions and chapter
// titles into the search index, the app folds titles and what a viewer types,
// and both must fold the same way or a match is missed.

/** Marks that NFD splits off letters: `é` becomes `e` + U+0301. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * A word: letters and digits, with the `+` or `#` that ends a language's name
 * (`C++`, `C#`, `F#`, `Notepad++`) kept as part of it. Other symbols, and a
 * `+` or `#` anywhere else (`#RawkodeLive`, `a+b`), separate words.
 */
const WORD = /[\p{L}\p{N}]+(?:[+#]+(?![+#\p{L}\p{N}]))?/gu;

/**
 * Lowercase, without accents, punctuation as spaces, one space between words:
 * `Déjà-vu: K8s!` becomes `deja vu k8s`. So `dejà`, `Deja` and `deja` all
 * find it, and `apko & melange` matches `apko + melange`. `C++` stays `c++`,
 * so a search for it finds C++ and not every word with a `c` in it.
 */
export function foldForSearch(text: string): string {
  const words = text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().match(WORD);
  return words === null ? '' : words.join(' ');
}
