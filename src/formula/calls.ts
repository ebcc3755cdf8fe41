/**
 * The add-in's calls inside any formula, found on its syntax tree: alone, mixed with Excel's own
 * functions (=IFERROR(AICHIP.SPEC($A5,B$3),"n/a")), or next to a quoted sheet name holding a quote
 * (='Q"1'!A1&AICHIP.SPEC("910C","FP16")). Text inside string literals never counts.
 */
import { parseFormula, sourceOf, type Formula, type FormulaNode } from "./tree";

type CallNode = Extract<FormulaNode, { type: "call" }>;

export interface AddinCall {
  /** Function id, upper-cased, without _xldudf_: "AICHIP.SPEC". */
  id: string;
  /** The call's text as it stands in the formula: AICHIP.SPEC(A2,"FP16"). */
  text: string;
  /** Its arguments' source text. */
  args: string[];
  node: CallNode;
  /** Inside what catches its errors (IFERROR's or IFNA's first argument, ISERROR...): its error never shows. */
  handled: boolean;
}

/** Excel functions that catch an error in their first argument. */
const HANDLERS = new Set(["IFERROR", "IFNA", "ISERROR", "ISERR", "ISNA", "ERROR.TYPE"]);

function children(node: FormulaNode): FormulaNode[] {
  switch (node.type) {
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "call":
      return node.args;
    case "array":
      return node.rows.flat();
    default:
      return [];
  }
}

/** Every call of a function in `ids`, outermost first, left to right. */
export function addinCalls(formula: Formula | undefined, ids: ReadonlySet<string>): AddinCall[] {
  const calls: AddinCall[] = [];
  const visit = (node: FormulaNode, handled: boolean) => {
    if (node.type === "call" && ids.has(node.id) && formula) {
      calls.push({ id: node.id, text: sourceOf(formula, node), args: node.args.map((a) => sourceOf(formula, a).trim()), node, handled });
    }
    children(node).forEach((child, i) => visit(child, handled || (node.type === "call" && i === 0 && HANDLERS.has(node.id))));
  };
  if (formula) visit(formula.root, false);
  return calls;
}

/** Whether a formula's text calls one of `ids`. */
export function usesAddin(text: string, ids: ReadonlySet<string>): boolean {
  return text.startsWith("=") && addinCalls(parseFormula(text), ids).length > 0;
}

/** The formula, when it is exactly one add-in call and nothing else. */
export function soleCall(formula: Formula | undefined, ids: ReadonlySet<string>): AddinCall | undefined {
  const [call] = addinCalls(formula, ids);
  return call && formula?.root === call.node ? call : undefined;
}
