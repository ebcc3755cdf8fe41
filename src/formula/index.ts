/** The formula front end: parse once, then find the add-in's calls, evaluate, or read arguments. */
import { addinCalls } from "./calls";
import { argumentValues } from "./evaluate";
import { parseFormula } from "./tree";
import type { ArgValue } from "../functions/registry";

export * from "./address";
export * from "./calls";
export * from "./evaluate";
export * from "./tree";

/** `=F(args)` with arguments that need no cell and no other call: its id and argument values. */
export function literalCall(text: string, ids: ReadonlySet<string>): { id: string; args: ArgValue[] } | undefined {
  const parsed = parseFormula(text);
  const [call] = addinCalls(parsed, ids);
  if (!call || parsed?.root !== call.node) return undefined;
  const args = argumentValues(call.node.args, { read: () => undefined, call: () => undefined });
  return args ? { id: call.id, args } : undefined;
}
