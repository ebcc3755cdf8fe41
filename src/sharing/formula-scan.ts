/**
 * Finding the add-in's functions inside any Excel formula, including ones mixed with Excel's own
 * (=ROUND(AICHIP.SPEC("910C","FP16")/1000,1)) and ones that read cells (=AICHIP.SPEC(A2,B1)).
 * Text inside string literals never counts. Pure: used to freeze, restore, stamp and inspect workbooks.
 */

export interface AddinCall {
  /** Function id as written, upper-cased: "AICHIP.SPEC". */
  id: string;
  /** The call's text, "AICHIP.SPEC(A2,\"FP16\")", as it stands in the formula. */
  text: string;
  /** Its arguments' source text, split at top-level commas. */
  args: string[];
}

/** Every call of a function in `ids` within `formula`, outermost first, in order. */
export function addinCalls(formula: string, ids: ReadonlySet<string>): AddinCall[] {
  if (!formula.startsWith("=")) return [];
  const calls: AddinCall[] = [];
  let i = 1;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"') {
      i = skipString(formula, i);
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9._]*(?=\s*\()/.exec(formula.slice(i));
    const before = formula[i - 1];
    if (m && !/[A-Za-z0-9._$!]/.test(before ?? "")) {
      const name = m[0].toUpperCase().replace(/^_XLDUDF_/, "");
      const open = formula.indexOf("(", i + m[0].length);
      const close = matchingParen(formula, open);
      if (ids.has(name) && close > open) {
        calls.push({ id: name, text: formula.slice(i, close + 1), args: splitArgs(formula.slice(open + 1, close)) });
      }
      i += m[0].length;
      continue;
    }
    i++;
  }
  return calls;
}

export function usesAddin(formula: string, ids: ReadonlySet<string>): boolean {
  return addinCalls(formula, ids).length > 0;
}

function skipString(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === '"') {
      if (s[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '"') {
      i = skipString(s, i) - 1;
      continue;
    }
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function splitArgs(body: string): string[] {
  if (body.trim() === "") return [];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') {
      i = skipString(body, i) - 1;
      continue;
    }
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(body.slice(start).trim());
  return out;
}
