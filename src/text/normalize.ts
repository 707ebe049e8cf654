/** Token normalisation shared by the segmenter and the dictionary compiler. */

const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb`´]/g;
const DASHES = /[\u2010-\u2015]/g;

/** The key a token is matched by: lower case, no diacritics, straight apostrophes and hyphens. */
export function matchKey(text: string): string {
  let s = text;
  // Fast path: plain ASCII needs only lower-casing.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      s = s.normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, "'").replace(DASHES, '-');
      break;
    }
  }
  return s.toLowerCase();
}
