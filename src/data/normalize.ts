/**
 * Text normalisation shared by the build (alias collisions, seed-line checks) and the runtime
 * (lookups), so that both agree on what "the same name" means.
 */

/**
 * Key for name lookups: Unicode NFKC (full-width to half-width), lower case, and without spaces,
 * dashes, underscores, middle dots, brackets or invisible format characters (Unicode Cf: zero-width
 * space and joiners, soft hyphen, BOM, bidi marks). "Ascend 910C", "ascend-910c" and "ＡＳＣＥＮＤ９１０Ｃ"
 * share one key; dots are kept so that "Kling 1.5" and "Kling 15" stay apart.
 */
export function lookupKey(name: string): string {
  // Fast path, same answer: ASCII and CJK unified ideographs (U+4E00-U+9FFF) are their own NFKC form,
  // and lower-casing and stripping them needs no regex. Anything else takes the full path.
  let out = "";
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        out += name.slice(start, i) + String.fromCharCode(c + 32);
        start = i + 1;
      } else if (ASCII_STRIPPED[c] === 1) {
        out += name.slice(start, i);
        start = i + 1;
      }
    } else if (c < 0x4e00 || c > 0x9fff) {
      return fullLookupKey(name);
    }
  }
  return start === 0 ? name : out + name.slice(start);
}

const STRIPPED = /[\s\p{Cf}\-_·・()（）[\]【】'"“”‘’]+/gu;
/** The ASCII characters STRIPPED removes: JavaScript's \s (tab to carriage return, space), - _ ( ) [ ] ' ". */
const ASCII_STRIPPED = new Uint8Array(128);
for (const c of "\t\n\v\f\r -_()[]'\"") ASCII_STRIPPED[c.charCodeAt(0)] = 1;

/** Keys of recent spellings off the fast path (full-width, accented, with invisible characters), bounded. */
const fullKeys = new Map<string, string>();

/** The definition of a lookup key; lookupKey gives the same answer faster for ASCII and CJK text. */
export function fullLookupKey(name: string): string {
  let key = fullKeys.get(name);
  if (key === undefined) {
    key = name.normalize("NFKC").toLowerCase().replace(STRIPPED, "");
    if (name.length <= 1000) {
      if (fullKeys.size >= 10_000) fullKeys.clear();
      fullKeys.set(name, key);
    }
  }
  return key;
}

/** Report markup that is not part of a printed value: <b>, <sup>, markdown bold, escaped dollars. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?(b|sup|sub|i|em|strong)>/gi, "")
    .replace(/\*\*/g, "")
    .replace(/\\\$/g, "$");
}

/** Form used to check that a printed value occurs on a report line: no markup, NFKC, no whitespace. */
export function printedForm(text: string): string {
  return stripMarkup(text).normalize("NFKC").replace(/\s+/gu, "");
}
