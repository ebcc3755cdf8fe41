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
  // Fast path, same answer, one character at a time: ASCII and CJK unified ideographs (U+4E00-U+9FFF) are
  // their own NFKC form; full-width ASCII (U+FF01-U+FF5E) is ASCII under NFKC; the spaces, invisible format
  // characters and brackets of OTHER_STRIPPED are removed with or without NFKC. None of them composes with
  // a neighbour, so NFKC of the text is NFKC of each. Anything else takes the full path. Most names are
  // already keys (lower-case ASCII, CJK) and come back as they are; others are written once, character by
  // character, into a reused buffer (no lower-cased copy, no slices joined).
  const n = name.length;
  let i = 0;
  for (; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 128 ? (c >= 65 && c <= 90) || ASCII_STRIPPED[c] === 1 : c < 0x4e00 || c > 0x9fff) break;
  }
  if (i === n) return name;
  // A pasted paragraph takes the full path: fromCharCode.apply takes a bounded number of arguments.
  if (n > keyBuffer.length) return fullLookupKey(name);
  const out = keyBuffer;
  let w = 0;
  for (let j = 0; j < i; j++) out[w++] = name.charCodeAt(j);
  for (; i < n; i++) {
    const c = folded(name.charCodeAt(i));
    if (c === SKIPPED) continue;
    if (c === OFF_PATH) return fullLookupKey(name);
    out[w++] = c;
  }
  return String.fromCharCode.apply(null, out.subarray(0, w) as unknown as number[]);
}

/**
 * The lookup keys of a fixed set of names (a catalogue's), found from a typed name without building its
 * key: keyIn(name) reads the name once, folding it as lookupKey's fast path does (ASCII and full-width
 * ASCII lower-cased, stripped characters skipped, CJK ideographs as they are) into a hash, probes an
 * open-addressed table and compares the folded name with the candidate key. No string is made, so a
 * typed name costs a pass over its characters, not lookupKey's copy and a Map's hashing of a new string.
 */
export class KeyTable {
  private readonly keys: string[] = [];
  /** Per key, its hash and length, in typed arrays: a probe reads no key string until both match. */
  private readonly hashes: Int32Array;
  private readonly lengths: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>) {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key) || key.length === 0) continue;
      seen.add(key);
      this.keys.push(key);
    }
    let size = 16;
    while (size < this.keys.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashes = new Int32Array(this.keys.length);
    this.lengths = new Int32Array(this.keys.length);
    this.keys.forEach((key, i) => {
      const h = keyHash(key);
      this.hashes[i] = h;
      this.lengths[i] = key.length;
      let at = h & this.mask;
      while (this.slots[at] !== -1) at = (at + 1) & this.mask;
      this.slots[at] = i;
    });
  }

  /**
   * The key among this table's that lookupKey(name) gives, or undefined when it gives none of them. Also
   * undefined for a name off lookupKey's fast path (an accented letter, a Chinese bracket): ask lookupKey.
   */
  keyIn(name: string): string | undefined {
    // One pass: fold into a buffer, hash, count (a character off the fast path ends it).
    const n = name.length;
    if (n > keyBuffer.length) return undefined;
    const out = keyBuffer;
    let h = 0x811c9dc5;
    let w = 0;
    const ascii = FOLDED_ASCII;
    for (let i = 0; i < n; i++) {
      // folded(), its two common cases written out (ASCII from its table, a CJK ideograph as it is): a call
      // per character was most of this loop's cost before the engine optimises it (a first call's case).
      let c = name.charCodeAt(i);
      if (c < 128) c = ascii[c];
      else if (c < 0x4e00 || c > 0x9fff) c = folded(c);
      if (c < 0) {
        if (c === OFF_PATH) return undefined;
        continue;
      }
      h = Math.imul(h ^ c, 0x01000193);
      out[w++] = c;
    }
    if (w === 0) return undefined;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const i = this.slots[at];
      if (i === -1) return undefined;
      if (this.hashes[i] !== h || this.lengths[i] !== w) continue;
      // The same hash and length: compare the folded name with the key, character by character.
      const key = this.keys[i];
      let k = 0;
      while (k < w && out[k] === key.charCodeAt(k)) k++;
      if (k === w) return key;
    }
  }
}

/**
 * How many characters a name's lookup key keeps: the name without the spaces, dashes, underscores,
 * brackets and invisible characters the key drops (a character only NFKC can fold counts as one), counted
 * without building the key.
 */
export function keyLength(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (folded(name.charCodeAt(i)) !== SKIPPED) n++;
  return n;
}

/** The fast path's fold of one character (lookupKey's and keyIn's): the key's character, SKIPPED when the key drops it, OFF_PATH when only the full path (NFKC) can key it. */
const SKIPPED = -1;
const OFF_PATH = -2;
function folded(c: number): number {
  if (c < 128) return ASCII_STRIPPED[c] === 1 ? SKIPPED : c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0;
    return ASCII_STRIPPED[a] === 1 ? SKIPPED : a >= 65 && a <= 90 ? a + 32 : a;
  }
  return OTHER_STRIPPED.has(c) ? SKIPPED : OFF_PATH;
}

/** The hash keyIn computes over a folded name, of a key itself (a key folds to itself). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** lookupKey's output buffer: names longer than this (none in the catalogue is a tenth as long) take the full path. */
const keyBuffer = new Uint16Array(1024);

/**
 * lookupKey of every name, in order: what the runtime keys when it loads (about 3,000 catalogue names). A
 * name of ASCII and CJK unified ideographs only is its own NFKC form, so its key is its lower case without
 * the ASCII characters STRIPPED removes: one native toLowerCase, replace and split over all such names
 * joined, rather than a loop per character of each (the loops run in the interpreter at load). The other
 * names (full-width, accented, with Chinese brackets or invisible characters) take lookupKey.
 */
export function lookupKeys(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const joined = names.join(SEPARATOR);
  const keys = joined.toLowerCase().replace(ASCII_STRIPPED_RUN, "").split(SEPARATOR);
  // A name holding the separator itself (never a catalogue name) would split wrong.
  if (keys.length !== names.length) return names.map(lookupKey);
  OFF_FAST_PATH.lastIndex = 0;
  let at = 0;
  let end = names[0].length;
  for (let m = OFF_FAST_PATH.exec(joined); m !== null; m = OFF_FAST_PATH.exec(joined)) {
    while (m.index > end) end += 1 + names[++at].length;
    keys[at] = lookupKey(names[at]);
    OFF_FAST_PATH.lastIndex = end + 1;
  }
  return keys;
}

/** Joins names for lookupKeys: a control character that NFKC, lower-casing and STRIPPED all leave alone. */
const SEPARATOR = "\u0001";
const ASCII_STRIPPED_RUN = /[\t\n\v\f\r \-_()[\]'"]+/g;
/** A character that is neither ASCII nor a CJK unified ideograph. */
const OFF_FAST_PATH = /[^\x00-\x7f\u4e00-\u9fff]/g;

/**
 * Characters beyond ASCII that the key drops whether or not NFKC runs first: spaces (NFKC makes most of
 * them U+0020; \s matches the rest), format characters (\p{Cf}) and the stripped dots, brackets and quotes.
 */
const OTHER_STRIPPED = new Set<number>([
  0x00a0, 0x00ad, 0x00b7, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200c, 0x200d,
  0x200e, 0x200f, 0x2018, 0x2019, 0x201c, 0x201d, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x202f, 0x205f, 0x2060, 0x2061, 0x2062,
  0x2063, 0x2064, 0x3000, 0x3010, 0x3011, 0x30fb, 0xfeff,
]);

const STRIPPED = /[\s\p{Cf}\-_·・()（）[\]【】'"“”‘’]+/gu;
/** The ASCII characters STRIPPED removes: JavaScript's \s (tab to carriage return, space), - _ ( ) [ ] ' ". */
const ASCII_STRIPPED = new Uint8Array(128);
for (const c of "\t\n\v\f\r -_()[]'\"") ASCII_STRIPPED[c.charCodeAt(0)] = 1;
/** folded() of each ASCII character (after ASCII_STRIPPED, which it reads), for loops that fold a character at a time. */
const FOLDED_ASCII = Int16Array.from({ length: 128 }, (_, c) => folded(c));

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
