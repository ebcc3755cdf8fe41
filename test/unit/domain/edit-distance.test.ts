/**
 * editDistance, which ranks every did-you-mean, against the textbook table (test/support/reference-atlas):
 * exact wherever the distance is within the cap, above the cap otherwise, for pattern lengths on both
 * sides of the bit-parallel path's 32 code units, Chinese and full-width text, and the catalogue's own keys.
 */
import { Atlas, editDistance } from "../../../src/domain/atlas";
import { lookupKey } from "../../../src/data/normalize";
import { testCatalog } from "../../support/catalog";
import { referenceDistance } from "../../support/reference-atlas";
import { typosOf } from "../../support/spellings";

/** A deterministic generator (an LCG), so a failure names the same pair on every run. */
function generator(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

function expectAgrees(a: string, b: string, cap: number): void {
  const exact = referenceDistance(a, b);
  const got = editDistance(a, b, cap);
  if (exact <= cap) expect({ a, b, cap, got }).toEqual({ a, b, cap, got: exact });
  else expect({ a, b, cap, aboveCap: got > cap }).toEqual({ a, b, cap, aboveCap: true });
}

describe("editDistance", () => {
  test("textbook cases, either argument first", () => {
    const cases: [string, string, number][] = [
      ["", "", 0],
      ["", "abc", 3],
      ["kitten", "sitting", 3],
      ["flaw", "lawn", 2],
      ["h100", "h1000", 1],
      ["910c", "910b", 1],
      ["昇腾910c", "昇腾910b", 1],
      ["ascend910c", "acsend910c", 2],
      ["a".repeat(32), "b".repeat(32), 32],
      ["a".repeat(33), "a".repeat(31), 2],
    ];
    for (const [a, b, d] of cases) {
      expect([a, b, editDistance(a, b, 64)]).toEqual([a, b, d]);
      expect([b, a, editDistance(b, a, 64)]).toEqual([b, a, d]);
    }
  });

  test("agrees with the table on 30,000 random pairs, lengths 0 to 45 (both paths), caps 0 to 12", () => {
    const random = generator(20261202);
    const alphabet = "ab01h-x昇腾Ｈ\u3000";
    const text = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let k = 0; k < 30_000; k++) {
      const a = text(Math.floor(random() * 46));
      // Half unrelated, half an edit or two of the first (distances within the cap, where exactness matters).
      const cut = Math.floor(random() * (a.length + 1));
      const b = random() < 0.5 ? text(Math.floor(random() * 46)) : a.slice(0, cut) + text(Math.floor(random() * 3)) + a.slice(cut + Math.floor(random() * 3));
      expectAgrees(a, b, Math.floor(random() * 13));
    }
  });

  test("agrees with the table on the catalogue's keys and their near misses", () => {
    const atlas = new Atlas(testCatalog());
    const keys = [
      ...new Set(
        atlas.catalog.entities
          .flatMap((e) => [e.id, e.en, e.zh, ...e.aliases])
          .filter((n): n is string => !!n)
          .map(lookupKey),
      ),
    ];
    expect(keys.length).toBeGreaterThan(500);
    let compared = 0;
    for (let i = 0; i < keys.length; i += 7) {
      const key = keys[i];
      for (const typo of typosOf(key)) {
        for (let j = 0; j < keys.length; j += 23) {
          expectAgrees(lookupKey(typo), keys[j], Math.max(2, Math.floor(typo.length / 3)));
          compared++;
        }
        expectAgrees(lookupKey(typo), key, 3);
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
