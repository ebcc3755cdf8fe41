/**
 * lookupKey's fast path (ASCII and CJK without a regex or NFKC) gives the same key as its definition,
 * fullLookupKey, for every kind of text: catalogue names, their case and width variants, and arbitrary strings.
 * KeyTable.keyIn finds the same key among a table's without building it, or nothing.
 */
import fc from "fast-check";
import { fullLookupKey, KeyTable, keyLength, lookupKey, lookupKeys } from "../../../src/data/normalize";
import { testCatalog } from "../../support/catalog";

/** The definition, uncached, as it was written before the fast path. */
const definition = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{Cf}\-_·・()（）[\]【】'"“”‘’]+/gu, "");

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

test("catalogue names and their variants", () => {
  const catalog = testCatalog();
  const names = [...catalog.entities.flatMap((e) => [e.id, e.zh, e.en, e.ticker, ...e.aliases]), ...catalog.metrics.flatMap((m) => [m.id, m.zh, m.en, ...m.aliases])].filter(
    (n): n is string => typeof n === "string",
  );
  const variants = names.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase(), ` ${name}\t`, toFullWidth(name), name.replace(/ /g, "-"), `\u200B${name}`, name.replace(/ /g, "\u00a0")]);
  expect(variants.length).toBeGreaterThan(20_000);
  expect(variants.filter((v) => lookupKey(v) !== definition(v) || fullLookupKey(v) !== definition(v))).toEqual([]);
  // Keyed all at once, as the runtime keys the catalogue's names at load.
  expect(lookupKeys(names)).toEqual(names.map(definition));
  expect(lookupKeys(variants)).toEqual(variants.map(definition));
});

test("lookupKeys of any list of strings is lookupKey of each, whatever stands next to what (the separator it joins with too)", () => {
  const unit = fc.oneof(fc.constantFrom("\u0001", "Σ", "ς", "İ", "K", "Ａ", "（", "\u0301", " ", "-", "中", "ﬁ"), fc.string({ unit: "binary", maxLength: 1 }));
  const name = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.array(unit, { maxLength: 6 }).map((u) => u.join("")));
  fc.assert(
    fc.property(fc.array(name, { maxLength: 12 }), (names) => {
      const keys = lookupKeys(names);
      return keys.length === names.length && keys.every((k, i) => k === definition(names[i]));
    }),
    { numRuns: 20_000, seed: 20261202 },
  );
  expect(lookupKeys([])).toEqual([]);
  expect(lookupKeys(["", "A B", ""])).toEqual(["", "ab", ""]);
});

test("arbitrary strings: ASCII, every plane, CJK next to ASCII", () => {
  const cjk = fc.string({ unit: fc.integer({ min: 0x4dfe, max: 0x9fff + 2 }).map((c) => String.fromCharCode(c)), maxLength: 8 });
  const text = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 10 }), fc.tuple(cjk, fc.string({ maxLength: 6 }), cjk).map((p) => p.join("")));
  fc.assert(
    fc.property(text, (s) => lookupKey(s) === definition(s)),
    { numRuns: 20_000, seed: 20261201 },
  );
});

test("every character of the Basic Multilingual Plane, alone and between ASCII, CJK and full-width text", () => {
  // The fast path handles full-width ASCII, spaces, format characters and brackets one character at a
  // time: each must key as the definition keys it, whatever stands next to it (a combining mark after it too).
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const text of [ch, `a${ch}B`, `９${ch}中`, `Ａ${ch}\u0301`, `${ch}${ch} x`]) if (lookupKey(text) !== definition(text)) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
  }
  expect(wrong).toEqual([]);
});

test("keyLength counts what lookupKey keeps, for every catalogue name and its spelling variants on the fast path", () => {
  const catalog = testCatalog();
  const names = [...catalog.entities.flatMap((e) => [e.id, e.zh, e.en, e.ticker, ...e.aliases]), ...catalog.metrics.flatMap((m) => [m.id, m.zh, m.en, ...m.aliases])].filter(
    (n): n is string => typeof n === "string",
  );
  const wrong: string[] = [];
  let counted = 0;
  for (const name of names) {
    for (const text of [name, name.toUpperCase(), ` ${name}\u3000`, name.replace(/ /g, "_"), `(${name})`]) {
      if (!/^[\x00-\x7f\u4e00-\u9fff\uff01-\uff5e\u3000\u00a0]*$/.test(text)) continue;
      counted++;
      if (keyLength(text) !== lookupKey(text).length) wrong.push(text);
    }
  }
  expect(counted).toBeGreaterThan(5_000);
  expect(wrong).toEqual([]);
});

describe("KeyTable.keyIn", () => {
  const catalog = testCatalog();
  const names = [...catalog.entities.flatMap((e) => [e.id, e.zh, e.en, e.ticker, ...e.aliases]), ...catalog.metrics.flatMap((m) => [m.id, m.zh, m.en, ...m.aliases])].filter(
    (n): n is string => typeof n === "string",
  );
  const table = new KeyTable(names.map(lookupKey));
  const keys = new Set(names.map(lookupKey));
  /** On lookupKey's fast path: ASCII, CJK ideographs, full-width ASCII and the stripped spaces and marks. */
  const onFastPath = (s: string) => [...s].every((c) => /[\x00-\x7f\u4e00-\u9fff\uff01-\uff5e\u3000\u00a0\u200b]/.test(c));

  test("finds the key of every catalogue name and its case, width, spacing and invisible-character variants", () => {
    const variants = names.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase(), ` ${name}\t`, toFullWidth(name), name.replace(/ /g, "-"), `\u200B${name}`, name.replace(/ /g, "\u00a0")]);
    const wrong = variants.filter((v) => {
      const found = table.keyIn(v);
      const key = lookupKey(v);
      // Never another key; the key itself wherever lookupKey would not leave its fast path.
      return found === undefined ? key !== "" && keys.has(key) && onFastPath(v) : found !== key;
    });
    expect(variants.length).toBeGreaterThan(20_000);
    expect(wrong).toEqual([]);
  });

  test("finds nothing but lookupKey's own key in arbitrary text, and nothing that is not a table key", () => {
    const text = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 16 }), fc.string({ unit: "binary", maxLength: 12 }), fc.constantFrom(...names).map((n) => `${n}x`), fc.constantFrom(...names));
    fc.assert(
      fc.property(text, (s) => {
        const found = table.keyIn(s);
        return found === undefined ? !(onFastPath(s) && keys.has(lookupKey(s))) || lookupKey(s) === "" : found === lookupKey(s);
      }),
      { numRuns: 20_000, seed: 20261203 },
    );
  });

  test("tells keys apart in a crowded table: every key found, its near misses not", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom("a", "b", "1", "中"), minLength: 1, maxLength: 5 }), { maxLength: 300 }), (list) => {
        const t = new KeyTable(list);
        const set = new Set(list);
        return list.every((k) => t.keyIn(k) === k && t.keyIn(k.toUpperCase()) === k && (set.has(`${k}a`) || t.keyIn(`${k}a`) === undefined));
      }),
      { numRuns: 300, seed: 20261204 },
    );
    expect(new KeyTable([]).keyIn("a")).toBeUndefined();
    expect(new KeyTable(["a"]).keyIn(" - ")).toBeUndefined();
  });
});
