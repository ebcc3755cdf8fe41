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
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{Cf}\-_·・()（）[\]【】'"“”‘’]+/gu, "");
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
