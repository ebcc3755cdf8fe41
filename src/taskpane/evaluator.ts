/**
 * The preview workbook's formula engine: the add-in's own functions, through the same registry as Excel,
 * inside a small subset of Excel's formula language (text, numbers, cell references on any sheet, & + - * /,
 * parentheses, IFERROR and ROUND), enough for the templates and for formulas that mix the add-in with
 * Excel. Anything else is #NAME?, with a message saying so: never a guess.
 */
import type { Atlas } from "../domain/atlas";
import type { FailureCode } from "../domain/result";
import { evaluate } from "../functions/contract";
import { evaluateFormula } from "../functions/formulas";
import { SPEC_BY_ID } from "../functions/registry";
import { parseRef } from "../sharing/calls";
import type { CellReader, Evaluation } from "../office/memory";
import type { CellValue } from "../office/workbook";

const ERROR_VALUE: Record<FailureCode, string> = { unknownName: "#N/A", missingFact: "#N/A", badArgument: "#VALUE!", impossible: "#NUM!" };
const UNSUPPORTED = "The preview workbook evaluates only the add-in's own functions, cell references, & + - * /, IFERROR and ROUND.";

type Val = CellValue | CellValue[][];
class ExcelError {
  constructor(
    readonly error: string,
    readonly message?: string,
  ) {}
}

export function atlasEvaluator(atlas: Atlas): (formula: string, read?: CellReader) => Evaluation {
  return (formula, read) => {
    const simple = evaluateFormula(atlas, formula);
    if (simple) {
      if (!simple.ok) return { ok: false, error: ERROR_VALUE[simple.failure.code], message: simple.failure.message };
      return finite(simple.value);
    }
    if (!read) return { ok: false, error: "#NAME?", message: UNSUPPORTED };
    try {
      const parser = new Parser(formula.replace(/^=/, ""), atlas, read);
      const value = parser.expression();
      parser.end();
      return finite(value);
    } catch (e) {
      if (e instanceof ExcelError) return { ok: false, error: e.error, ...(e.message ? { message: e.message } : {}) };
      return { ok: false, error: "#NAME?", message: UNSUPPORTED };
    }
  };
}

function finite(value: Val): Evaluation {
  if (typeof value === "number" && !Number.isFinite(value)) return { ok: false, error: "#NUM!" };
  return { ok: true, value };
}

class Unsupported extends Error {}

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly atlas: Atlas,
    private readonly read: CellReader,
  ) {}

  end(): void {
    this.space();
    if (this.i < this.s.length) throw new Unsupported();
  }

  expression(): Val {
    let left = this.additive();
    while (this.take("&")) left = text(scalar(left)) + text(scalar(this.additive()));
    return left;
  }

  private additive(): Val {
    let left = this.term();
    for (;;) {
      if (this.take("+")) left = num(left) + num(this.term());
      else if (this.take("-")) left = num(left) - num(this.term());
      else return left;
    }
  }

  private term(): Val {
    let left = this.unary();
    for (;;) {
      if (this.take("*")) left = num(left) * num(this.unary());
      else if (this.take("/")) {
        const d = num(this.unary());
        if (d === 0) throw new ExcelError("#DIV/0!");
        left = num(left) / d;
      } else return left;
    }
  }

  private unary(): Val {
    if (this.take("-")) return -num(this.unary());
    if (this.take("+")) return num(this.unary());
    return this.primary();
  }

  private primary(): Val {
    this.space();
    const rest = this.s.slice(this.i);
    if (this.take("(")) {
      const v = this.expression();
      if (!this.take(")")) throw new Unsupported();
      return v;
    }
    let m = /^"((?:[^"]|"")*)"/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return m[1].replace(/""/g, '"');
    }
    m = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    m = /^([A-Za-z_][A-Za-z0-9._]*)\s*\(/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return this.call(m[1].toUpperCase().replace(/^_XLDUDF_/, ""));
    }
    m = /^(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?[A-Za-z]{1,3}\$?\d{1,7}(?![A-Za-z0-9_(])/.exec(rest);
    if (m) {
      this.i += m[0].length;
      const ref = parseRef(m[0]);
      if (!ref) throw new Unsupported();
      const v = this.read(ref.sheet, ref.address);
      if (v === undefined) throw new ExcelError("#REF!");
      if (typeof v === "string" && /^#[A-Z/0]+[!?]?$|^#N\/A$/.test(v)) throw new ExcelError(v);
      return v;
    }
    m = /^(TRUE|FALSE)(?![A-Za-z0-9_.(])/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      return m[1].toUpperCase() === "TRUE";
    }
    throw new Unsupported();
  }

  /** Arguments as thunks, so IFERROR can catch its first argument's error. */
  private args(): (() => Val)[] {
    const thunks: (() => Val)[] = [];
    this.space();
    if (this.take(")")) return thunks;
    for (;;) {
      const start = this.i;
      let error: unknown;
      let value: Val = "";
      this.space();
      if (this.peek(",") || this.peek(")")) value = "";
      else {
        try {
          value = this.expression();
        } catch (e) {
          if (!(e instanceof ExcelError)) throw e;
          error = e;
          this.skipArgument(start);
        }
      }
      thunks.push(() => {
        if (error) throw error;
        return value;
      });
      if (this.take(",")) continue;
      if (this.take(")")) return thunks;
      throw new Unsupported();
    }
  }

  /** After an error inside an argument, moves to the comma or parenthesis that ends it. */
  private skipArgument(start: number): void {
    let depth = 0;
    let i = start;
    for (; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '"') {
        i = this.s.indexOf('"', i + 1);
        if (i < 0) throw new Unsupported();
        while (this.s[i + 1] === '"') i = this.s.indexOf('"', i + 2);
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")" && depth-- === 0) break;
      else if (c === "," && depth === 0) break;
    }
    this.i = i;
  }

  private call(id: string): Val {
    const argsAt = this.i;
    const thunks = this.args();
    if (id === "IFERROR") {
      if (thunks.length !== 2) throw new Unsupported();
      try {
        return thunks[0]();
      } catch (e) {
        if (e instanceof ExcelError) return thunks[1]();
        throw e;
      }
    }
    if (id === "ROUND") {
      if (thunks.length !== 2) throw new Unsupported();
      const f = 10 ** num(thunks[1]());
      return Math.round(num(thunks[0]()) * f) / f;
    }
    const spec = SPEC_BY_ID.get(id);
    if (!spec) throw new Unsupported(`${id} at ${argsAt}`);
    const values = thunks.map((t) => {
      const v = t();
      return v === "" ? null : scalar(v);
    });
    const result = evaluate(spec, this.atlas, values);
    if (!result.ok) throw new ExcelError(ERROR_VALUE[result.failure.code], result.failure.message);
    return result.value;
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private peek(c: string): boolean {
    this.space();
    return this.s[this.i] === c;
  }

  private take(c: string): boolean {
    if (!this.peek(c)) return false;
    this.i++;
    return true;
  }
}

const scalar = (v: Val): CellValue => (Array.isArray(v) ? (v[0]?.[0] ?? "") : v);
const text = (v: CellValue): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
function num(v: Val): number {
  const s = scalar(v);
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  if (s === "") return 0;
  const n = Number(s);
  if (Number.isNaN(n)) throw new ExcelError("#VALUE!");
  return n;
}
