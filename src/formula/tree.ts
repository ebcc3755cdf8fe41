/**
 * The one formula front end: a formula's text to one syntax tree, tokenized and parsed by @borgar/fx
 * (MIT, zero dependencies, Excel's grammar including quoted sheet names, spill references and array
 * constants), then mapped onto the small tree every reader here uses: the audit, the inspector, the
 * stamp, freeze/restore, the live-formula checks and the preview's evaluator.
 */
import { parse, tokenize } from "@borgar/fx";
import { parseArea, type Area } from "./address";

type Loc = [number, number];

export type FormulaNode =
  | { type: "number"; value: number; loc: Loc }
  | { type: "text"; value: string; loc: Loc }
  | { type: "boolean"; value: boolean; loc: Loc }
  | { type: "error"; value: string; loc: Loc }
  /** An argument left out: =F(,1). */
  | { type: "blank"; loc: Loc }
  /** A cell or a range, on the formula's own sheet unless `sheet` says; `spill` for A1#. */
  | { type: "ref"; sheet?: string; area: Area; spill: boolean; loc: Loc }
  /** A defined name, a whole column or row, a structured reference: read by Excel only. */
  | { type: "name"; text: string; loc: Loc }
  | { type: "unary"; operator: "+" | "-" | "%" | "@"; operand: FormulaNode; loc: Loc }
  | { type: "binary"; operator: BinaryOperator; left: FormulaNode; right: FormulaNode; loc: Loc }
  /** `id` upper-cased, without the _xldudf_ prefix Excel adds to add-in functions it does not know. */
  | { type: "call"; id: string; args: FormulaNode[]; loc: Loc }
  | { type: "array"; rows: FormulaNode[][]; loc: Loc };

export type BinaryOperator = "=" | "<" | ">" | "<=" | ">=" | "<>" | "-" | "+" | "*" | "/" | "^" | "&" | ":" | " " | ",";

/** A parsed formula: the tree and the text it came from (for the source of any node). */
export interface Formula {
  text: string;
  root: FormulaNode;
}

/** The tree of a formula ("=..."); undefined for a constant or text Excel could not read as a formula. */
export function parseFormula(text: string): Formula | undefined {
  if (!text.startsWith("=")) return undefined;
  try {
    const tokens = tokenize(text, { withLocation: true, mergeRefs: true, negativeNumbers: true });
    if (tokens.some((t) => t.type === "unknown")) return undefined;
    return { text, root: convert(parse(tokens, { looseRefCalls: true })) };
  } catch {
    return undefined;
  }
}

/** The source text of a node: AICHIP.SPEC($A5,B$3). */
export function sourceOf(formula: Formula, node: FormulaNode): string {
  return formula.text.slice(node.loc[0], node.loc[1]);
}

type FxNode = { type: string; loc?: number[]; [k: string]: unknown };

function convert(node: FxNode | null, at: Loc = [0, 0]): FormulaNode {
  if (!node) return { type: "blank", loc: at };
  const loc: Loc = node.loc ? [node.loc[0], node.loc[1]] : at;
  switch (node.type) {
    case "Literal": {
      const value = node.value as string | number | boolean;
      if (typeof value === "number") return { type: "number", value, loc };
      if (typeof value === "boolean") return { type: "boolean", value, loc };
      return { type: "text", value, loc };
    }
    case "ErrorLiteral":
      return { type: "error", value: String(node.value).toUpperCase(), loc };
    case "ReferenceIdentifier":
      return reference(String(node.value), node.kind === "range", loc);
    case "UnaryExpression": {
      const [operand] = node.arguments as FxNode[];
      const operator = node.operator as string;
      if (operator === "#" && operand?.type === "ReferenceIdentifier") {
        const ref = reference(String(operand.value), operand.kind === "range", [operand.loc?.[0] ?? loc[0], loc[1]]);
        return ref.type === "ref" ? { ...ref, spill: true } : ref;
      }
      if (operator === "+" || operator === "-" || operator === "%" || operator === "@") return { type: "unary", operator, operand: convert(operand, loc), loc };
      return { type: "name", text: operator, loc };
    }
    case "BinaryExpression": {
      const [left, right] = node.arguments as FxNode[];
      return { type: "binary", operator: node.operator as BinaryOperator, left: convert(left, loc), right: convert(right, loc), loc };
    }
    case "CallExpression": {
      const callee = (node.callee as { name: string }).name.toUpperCase().replace(/^_XLDUDF_/, "");
      const args = (node.arguments as (FxNode | null)[]).map((a) => convert(a, [loc[1] - 1, loc[1] - 1]));
      return { type: "call", id: callee, args, loc };
    }
    case "ArrayExpression":
      return { type: "array", rows: (node.elements as FxNode[][]).map((row) => row.map((e) => convert(e, loc))), loc };
    default:
      return { type: "name", text: node.type, loc };
  }
}

function reference(text: string, isRange: boolean, loc: Loc): FormulaNode {
  const bang = text.lastIndexOf("!");
  const area = isRange ? parseArea(text) : undefined;
  if (!area) return { type: "name", text, loc };
  if (bang < 0) return { type: "ref", area, spill: false, loc };
  const raw = text.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { type: "ref", sheet, area, spill: false, loc };
}

/** Every node of the tree, parents before children, left to right. */
export function* walk(node: FormulaNode): Generator<FormulaNode> {
  yield node;
  switch (node.type) {
    case "unary":
      yield* walk(node.operand);
      break;
    case "binary":
      yield* walk(node.left);
      yield* walk(node.right);
      break;
    case "call":
      for (const a of node.args) yield* walk(a);
      break;
    case "array":
      for (const row of node.rows) for (const e of row) yield* walk(e);
      break;
    default:
      break;
  }
}
