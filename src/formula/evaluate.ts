/**
 * Evaluating a formula tree with Excel's semantics for the subset the preview supports: numbers, text,
 * booleans, errors, references and ranges on any sheet, spill references (A1#), array constants,
 * + - * / ^ % & and comparisons, IFERROR, IF and ROUND, and the add-in's own functions. A scalar
 * function or operator given arrays is lifted over them element by element and the result spills, as
 * Excel does; an error in an operand is the result. Anything else is #NAME? with a message: never a guess.
 */
import { EXCEL_CODE, type Failure, type Result } from "../domain/result";
import type { ArgValue, CellValue, FunctionResult } from "../functions/registry";
import type { Area } from "./address";
import type { FormulaNode } from "./tree";

/** An Excel error value inside a calculation, with the failure behind it when an add-in call gave it. */
export class ErrorValue {
  constructor(
    readonly code: string,
    readonly message?: string,
    readonly failure?: Failure,
  ) {}
}

/** A blank cell or a left-out argument. */
type Scalar = CellValue | null | ErrorValue;
type Value = Scalar | Scalar[][];

export interface EvaluationContext {
  /** What a cell shows ("" when empty); undefined when its sheet does not exist. `sheet` undefined: the formula's own sheet. */
  read(sheet: string | undefined, row: number, col: number): CellValue | undefined;
  /** The extent of the spill a formula at this cell gives (1×1 for a single value); undefined when the cell holds no formula. */
  spill?(sheet: string | undefined, row: number, col: number): { rows: number; cols: number } | undefined;
  /** Runs an add-in function on argument values; undefined when no such function exists. */
  call(id: string, args: ArgValue[]): Result<FunctionResult> | undefined;
}

export type Evaluation = { ok: true; value: CellValue | CellValue[][] } | { ok: false; error: string; message?: string; failure?: Failure };

export const UNSUPPORTED = "The preview workbook evaluates only the add-in's own functions, cell references, & + - * / ^ and comparisons, IF, IFERROR and ROUND.";
const ERROR_TEXT = /^#(?:N\/A|VALUE!|REF!|NAME\?|NUM!|DIV\/0!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

/** Whether a cell's shown text is an Excel error value. */
export const isErrorText = (v: unknown): v is string => typeof v === "string" && ERROR_TEXT.test(v);

/** The formula's value as a cell shows it: a value, a matrix to spill, or an error. */
export function evaluate(root: FormulaNode, context: EvaluationContext): Evaluation {
  const value = new Evaluator(context).value(root);
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0].length === 1) return shown(value[0][0]);
    return { ok: true, value: value.map((row) => row.map((v) => (v instanceof ErrorValue ? v.code : v === null ? 0 : finite(v)))) };
  }
  return shown(value);
}

/**
 * The values of a call's arguments as the function receives them, or undefined where one is an array
 * or an error (the call is then Excel's to run, not one to check argument by argument).
 */
export function argumentValues(args: FormulaNode[], context: EvaluationContext): ArgValue[] | undefined {
  const evaluator = new Evaluator(context);
  const out: ArgValue[] = [];
  for (const a of args) {
    const v = evaluator.value(a);
    if (Array.isArray(v) || v instanceof ErrorValue) return undefined;
    out.push(v);
  }
  return out;
}

function shown(v: Scalar): Evaluation {
  if (v instanceof ErrorValue) return { ok: false, error: v.code, ...(v.message ? { message: v.message } : {}), ...(v.failure ? { failure: v.failure } : {}) };
  if (v === null) return { ok: true, value: 0 };
  const f = finite(v);
  return typeof f === "string" && isErrorText(f) ? { ok: false, error: f } : { ok: true, value: f };
}

const finite = (v: CellValue): CellValue => (typeof v === "number" && !Number.isFinite(v) ? "#NUM!" : v);

const NA = (message?: string) => new ErrorValue("#N/A", message);
const VALUE = (message?: string) => new ErrorValue("#VALUE!", message);

class Evaluator {
  constructor(private readonly context: EvaluationContext) {}

  value(node: FormulaNode): Value {
    switch (node.type) {
      case "number":
      case "text":
      case "boolean":
        return node.value;
      case "error":
        return new ErrorValue(node.value);
      case "blank":
        return null;
      case "ref":
        return this.reference(node.sheet, node.area, node.spill);
      case "array":
        return node.rows.map((row) => row.map((e) => scalarOf(this.value(e))));
      case "unary":
        return lift([this.value(node.operand)], ([v]) => unary(node.operator, v));
      case "binary":
        if (node.operator === ":" || node.operator === " " || node.operator === ",") return VALUE(UNSUPPORTED);
        return lift([this.value(node.left), this.value(node.right)], ([a, b]) => binary(node.operator, a, b));
      case "call":
        return this.call(node.id, node.args);
      case "name":
        return new ErrorValue("#NAME?", UNSUPPORTED);
    }
  }

  private reference(sheet: string | undefined, area: Area, spill: boolean): Value {
    let { rows, cols } = area;
    if (spill) {
      const extent = this.context.spill?.(sheet, area.at.row, area.at.col);
      if (!extent) return new ErrorValue("#REF!", "A spill reference (A1#) must point at a formula's cell.");
      ({ rows, cols } = extent);
    }
    const out: Scalar[][] = [];
    for (let i = 0; i < rows; i++) {
      const row: Scalar[] = [];
      for (let j = 0; j < cols; j++) {
        const v = this.context.read(sheet, area.at.row + i, area.at.col + j);
        if (v === undefined) return new ErrorValue("#REF!", sheet === undefined ? undefined : `There is no sheet named "${sheet}".`);
        row.push(v === "" ? null : isErrorText(v) ? new ErrorValue(v) : v);
      }
      out.push(row);
    }
    return rows === 1 && cols === 1 ? out[0][0] : out;
  }

  private call(id: string, args: FormulaNode[]): Value {
    const values = args.map((a) => this.value(a));
    switch (id) {
      case "IFERROR":
        if (values.length !== 2) return VALUE("IFERROR takes two arguments.");
        return lift(values, ([v, fallback]) => (v instanceof ErrorValue ? (fallback ?? 0) : v), true);
      case "IF":
        if (values.length < 2 || values.length > 3) return VALUE("IF takes two or three arguments.");
        return lift(values, ([test, yes, no]) => {
          const t = truth(test);
          if (t instanceof ErrorValue) return t;
          return t ? (yes ?? 0) : values.length === 3 ? (no ?? 0) : false;
        });
      case "ROUND":
        if (values.length !== 2) return VALUE("ROUND takes two arguments.");
        return lift(values, ([n, digits]) => {
          const x = number(n);
          const d = number(digits);
          if (x instanceof ErrorValue) return x;
          if (d instanceof ErrorValue) return d;
          const f = 10 ** Math.trunc(d);
          return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
        });
      default:
        return this.addin(id, values);
    }
  }

  /** An add-in function: scalar arguments, lifted over any array given; its own array result spills. */
  private addin(id: string, values: Value[]): Value {
    const lifted = values.some((v) => Array.isArray(v));
    let known = true;
    const result = lift(values, (args) => {
      const error = args.find((a): a is ErrorValue => a instanceof ErrorValue);
      if (error) return error;
      const answer = this.context.call(id, args as ArgValue[]);
      if (!answer) {
        known = false;
        return new ErrorValue("#NAME?", UNSUPPORTED);
      }
      if (!answer.ok) return new ErrorValue(EXCEL_CODE[answer.failure.code], answer.failure.message, answer.failure);
      if (!Array.isArray(answer.value)) return answer.value;
      if (lifted) return new ErrorValue("#CALC!", `${id} answers with a list, so it cannot be repeated over a range.`);
      return answer.value;
    });
    // Not lifted, the call's own array result is the value (it spills).
    return known ? result : new ErrorValue("#NAME?", UNSUPPORTED);
  }
}

/**
 * Applies a scalar function element by element when any argument is an array, broadcasting a single
 * row or column as Excel does (a missing element is #N/A). `keepErrors`: the function sees error
 * arguments (IFERROR); otherwise the first error is the element's result.
 */
function lift(values: Value[], f: (args: Scalar[]) => Value, keepErrors = false): Value {
  const apply = (args: Scalar[]): Value => {
    if (!keepErrors) {
      const error = args.find((a): a is ErrorValue => a instanceof ErrorValue);
      if (error) return error;
    }
    return f(args);
  };
  const arrays = values.filter((v): v is Scalar[][] => Array.isArray(v));
  if (arrays.length === 0) return apply(values as Scalar[]);
  const rows = Math.max(...arrays.map((a) => a.length));
  const cols = Math.max(...arrays.map((a) => a[0]?.length ?? 0));
  const at = (v: Value, i: number, j: number): Scalar => {
    if (!Array.isArray(v)) return v;
    const r = v.length === 1 ? 0 : i;
    const c = v[0]?.length === 1 ? 0 : j;
    return r < v.length && c < (v[r]?.length ?? 0) ? v[r][c] : NA();
  };
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => scalarOf(apply(values.map((v) => at(v, i, j))))));
}

const scalarOf = (v: Value): Scalar => (Array.isArray(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : VALUE("An array inside an array.")) : v);

function number(v: Scalar): number | ErrorValue {
  if (v instanceof ErrorValue) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  const n = t === "" ? NaN : Number(t.replace(/%$/, ""));
  if (Number.isNaN(n)) return VALUE(`"${v.length > 40 ? `${v.slice(0, 40)}…` : v}" is not a number.`);
  return t.endsWith("%") ? n / 100 : n;
}

function truth(v: Scalar): boolean | ErrorValue {
  if (v instanceof ErrorValue) return v;
  if (typeof v === "string") {
    const t = v.trim().toUpperCase();
    return t === "TRUE" ? true : t === "FALSE" ? false : VALUE(`"${v.slice(0, 40)}" is not TRUE or FALSE.`);
  }
  return Boolean(v);
}

/** Text as & joins it: numbers in Excel's General form (up to 15 significant digits). */
function text(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v instanceof ErrorValue ? v.code : v;
}

function unary(operator: "+" | "-" | "%" | "@", v: Scalar): Value {
  if (operator === "+" || operator === "@") return v;
  const n = number(v);
  if (n instanceof ErrorValue) return n;
  return operator === "-" ? -n : n / 100;
}

function binary(operator: string, a: Scalar, b: Scalar): Value {
  if (operator === "&") return text(a) + text(b);
  if (["=", "<>", "<", ">", "<=", ">="].includes(operator)) {
    const c = compare(a, b);
    return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[operator] as boolean;
  }
  const x = number(a);
  const y = number(b);
  if (x instanceof ErrorValue) return x;
  if (y instanceof ErrorValue) return y;
  switch (operator) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new ErrorValue("#DIV/0!") : x / y;
    case "^": {
      const p = x ** y;
      return Number.isFinite(p) ? p : new ErrorValue("#NUM!");
    }
    default:
      return VALUE(UNSUPPORTED);
  }
}

/** Excel's order: numbers < text < booleans; text ignores case; a blank is 0, "" or FALSE beside the other side. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: CellValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const blankLike = (other: Scalar): CellValue => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = (a === null ? blankLike(b) : a) as CellValue;
  const y = (b === null ? blankLike(a) : b) as CellValue;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const [p, q] = [x.toLowerCase(), String(y).toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return x < y ? -1 : x > y ? 1 : 0;
}
