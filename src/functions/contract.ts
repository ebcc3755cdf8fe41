/**
 * The argument contract every custom function declares once, checked in one place, and the one
 * mapper from domain results to Excel values or CustomFunctions.Error. Nothing else in a function
 * body may throw: an unexpected exception becomes #VALUE! with a message, never a crash.
 */
import type { Atlas } from "../domain/atlas";
import type { EntityValue } from "../domain/cards";
import { failWith } from "../domain/messages";
import { EXCEL_CODE, type Failure, type Result } from "../domain/result";
import type { ArgSpec, ArgValue, CellValue, FunctionResult, FunctionSpec } from "./registry";

/** What Excel passes for a scalar parameter (or a fuzzer: anything). */
export type CellInput = unknown;

/** Checks and coerces arguments against their specs. Blanks ("" or null) of optional arguments become null. */
export function checkArgs(specs: readonly ArgSpec[], values: readonly CellInput[]): Result<ArgValue[]> {
  const out: ArgValue[] = [];
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const v = values[i];
    const trimmed = typeof v === "string" ? v.trim() : undefined;
    if (v === null || v === undefined || trimmed === "") {
      if (!spec.optional) return failWith("badArgument", "required", { name: spec.name });
      out.push(null);
      continue;
    }
    if (spec.kind === "number") {
      const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.normalize("NFKC").trim()) : NaN;
      if (typeof v === "boolean" || !Number.isFinite(n)) return failWith("badArgument", "notNumber", { name: spec.name, got: typeof v === "string" ? `"${v}"` : describe(v) });
      out.push(n);
    } else if (spec.kind === "text") {
      const text = trimmed ?? textOf(v);
      if (text === undefined) return failWith("badArgument", "notText", { name: spec.name, got: describe(v) });
      out.push(text);
    } else if (typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) {
      out.push(v);
    } else {
      return failWith("badArgument", "notSingle", { name: spec.name, got: describe(v) });
    }
  }
  return { ok: true, value: out };
}

/**
 * The text a "text" argument reads as: a string trimmed, a finite number written out (920 -> "920"), or
 * undefined (not text). checkArgs passes it to the query; the memo keys and checks quotes by the same text.
 */
function textOf(v: CellInput): string | undefined {
  if (typeof v === "string") return v.trim();
  return typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;
}

function describe(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return "a range";
  return typeof v;
}

/** The Excel error code a failure shows as ("#N/A", "#VALUE!", "#NUM!"): for help pages and tests that run outside Excel. */
export const excelErrorCode = (code: Failure["code"]): string => EXCEL_CODE[code];

/**
 * Excel shows messages only on #VALUE! and #N/A; #NUM! goes without one. The codes are result.ts's one map.
 * Built without a stack trace: CustomFunctions.Error is an Error, and capturing the stack was a third of
 * the cost of an #N/A answer; Excel reads only its code and message. Made afresh for each new answer (the
 * memo keeps it): keeping one per failure in a WeakMap cost a first #N/A more than the error it saved.
 */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  const code = EXCEL_CODE[failure.code] as CustomFunctions.ErrorCode;
  const host = Error as { stackTraceLimit?: number };
  const limit = host.stackTraceLimit;
  host.stackTraceLimit = 0;
  try {
    return failure.code === "impossible" ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, failure.message);
  } finally {
    host.stackTraceLimit = limit;
  }
}

/** A cell Excel accepts, or the failure that describes it (checked once, before an answer is memoised). */
function cellFailure(v: CellValue): Failure | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : { code: "impossible", message: "not a finite number" };
  return typeof v === "string" || typeof v === "boolean" ? undefined : { code: "badArgument", message: "Unexpected result." };
}

/** An error value Excel passed in as an argument (only with allowErrorForDataTypeAny; a fuzzer may too). */
function errorArgument(values: readonly CellInput[]): CustomFunctions.Error | undefined {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") return undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "object" || v === null) continue;
    if (v instanceof CustomFunctions.Error) return v;
    if (Array.isArray(v)) for (const row of v) if (Array.isArray(row)) for (const cell of row) if (cell instanceof CustomFunctions.Error) return cell;
  }
  return undefined;
}

/**
 * Whether the host shows entity values (CustomFunctionsRuntime 1.4). Outside Office (tests, the bundle
 * in a vm) nothing says otherwise, so entities are returned.
 */
function entitiesSupported(): boolean {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4");
  } catch {
    return true;
  }
}

/** An entity whose every property is a finite Double or a String, with text: what Excel accepts. */
function checkEntity(e: EntityValue): boolean {
  return (
    e.type === "Entity" &&
    typeof e.text === "string" &&
    Object.values(e.properties).every((p) =>
      p.type === "Double" ? typeof p.basicValue === "number" && Number.isFinite(p.basicValue) : p.type === "String" && typeof p.basicValue === "string",
    )
  );
}

/** Runs a spec's query on checked arguments; an unexpected exception becomes a failure, not a crash. */
export function evaluate(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[]): Result<FunctionResult> {
  let result: Result<FunctionResult>;
  try {
    const args = checkArgs(spec.args, values);
    result = args.ok ? spec.run(atlas, args.value) : { ok: false, failure: args.failure };
  } catch (e) {
    result = failWith("badArgument", "unexpected", { detail: e instanceof Error ? e.message : String(e) });
  }
  return result.ok ? result : { ok: false, failure: quotingShortly(result.failure, values) };
}

/**
 * A new question answered from its keyed arguments (FunctionSpec.byMeaning), or undefined: it cannot be
 * (evaluate answers from the arguments), or it threw (evaluate then answers, and words any exception).
 */
function byMeaning(spec: FunctionSpec, atlas: Atlas, parts: readonly unknown[]): Result<FunctionResult> | undefined {
  try {
    return spec.byMeaning?.(atlas, parts);
  } catch {
    return undefined;
  }
}

/** The most of one argument a message quotes: a name pasted by mistake (100k characters) is not echoed whole. */
export const QUOTED_ARGUMENT_CHARS = 60;

/**
 * An optional text argument (a variant) as `run` reads it, for a byMeaning answer: a blank (null, or an
 * argument Excel left out) and text of spaces only as no argument (undefined), other text trimmed; null
 * where run would read it otherwise or word it differently (a number, a boolean, an error, a range; text
 * long enough that run's messages quote it shortened): run answers then.
 */
export function textAsRunReads(v: unknown): string | undefined | null {
  if (v === null || v === undefined) return undefined;
  return typeof v === "string" && v.length <= QUOTED_ARGUMENT_CHARS ? v.trim() || undefined : null;
}

/** The first QUOTED_ARGUMENT_CHARS characters of `text` and an ellipsis, never cutting a surrogate pair in two. */
export function shortQuote(text: string): string {
  if (text.length <= QUOTED_ARGUMENT_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[QUOTED_ARGUMENT_CHARS - 1]) ? QUOTED_ARGUMENT_CHARS - 1 : QUOTED_ARGUMENT_CHARS;
  return `${text.slice(0, end)}…`;
}

/** A failure whose message quotes each long argument (as typed, trimmed or normalised) by its first characters only. */
export function quotingShortly(failure: Failure, values: readonly CellInput[]): Failure {
  let message = failure.message;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "string" || v.length <= QUOTED_ARGUMENT_CHARS) continue;
    for (const form of [v, v.trim(), v.normalize("NFKC").trim()]) {
      if (form.length > QUOTED_ARGUMENT_CHARS && message.includes(form)) message = message.split(form).join(shortQuote(form));
    }
  }
  return message === failure.message ? failure : { ...failure, message };
}

/**
 * Answers of recent calls, by function and arguments, as Excel is given them (a value, a checked spill,
 * or the CustomFunctions.Error itself). Every function is pure over a catalogue that never changes while
 * the runtime lives, and Excel asks the same question again on every recalculation (a row inserted, a
 * sheet recalculated). Per function and number of arguments given (trailing blanks dropped), trees of
 * Maps, one level per argument:
 *   - by the arguments as given: a hit is one Map.get per argument on strings whose hashes are already
 *     known, no key string built;
 *   - for a function whose names resolve by their lookup keys alone (ArgSpec.byKey), by what those keys
 *     mean (Atlas.meaningOf: one number for all names of one thing): the same question in other words
 *     ("h100", "NVIDIA H100", "英伟达H100"; "capex", "资本开支") is answered from there, the keys found
 *     without being built (Atlas.keyOf), and then kept as given for the next time.
 * A new answer goes into both (a recalculation finds it as given), except that an answer quoting what
 * was typed (a did-you-mean) is kept as given only, and so is every answer of a function whose answers by
 * meaning come from parts it keeps itself (FunctionSpec.keptByMeaning: AICHIP.COMPARE).
 * Bounded by entries and by size (characters of text arguments plus cells of answers) in two
 * generations: when the young one is full it becomes the old one and the old one is dropped, so answers
 * in use survive and memory stays under a few MB. Arguments over MEMO_ARGUMENT_CHARS characters (names
 * over QUOTED_ARGUMENT_CHARS, whose quotes are shortened), ranges and other objects are not memoised.
 */
export const MEMO_ARGUMENT_CHARS = 1000;
const MEMO_ENTRIES = 40_000;
const MEMO_SIZE = 4_000_000;

type Shown = FunctionResult | EntityValue[][] | CustomFunctions.Error;

/**
 * One level of a memo tree: argument value -> the next level, or at the last argument the answer. A level
 * that holds one entry is a Single (no Map for it): most first calls add one entry under a new first
 * argument, and a Map per call was most of a first call's memo cost.
 */
type Level = Map<unknown, unknown>;

/** [key, next level or answer]: a level of one entry (a level is never an answer, so an array here is a Single). */
type Single = [unknown, unknown];

/** The roots of one generation's trees, by the number of arguments given. */
type Trees = (Level | undefined)[];

interface Generation {
  /** By the arguments as given. */
  given: Trees;
  /** By the byKey arguments' meanings (the others as given). */
  keyed: Trees;
  entries: number;
  size: number;
}

interface Memo {
  young: Generation;
  old: Generation;
  /** Which arguments are keyed by their lookup key (ArgSpec.byKey), or undefined when none is. */
  byKey: readonly boolean[] | undefined;
  /** Whether new answers go into the keyed tree too (FunctionSpec.keptByMeaning). */
  keyed: boolean;
  /** keyedParts' output, reused. */
  parts: unknown[];
  atlas: Atlas;
}
const memos = new WeakMap<Atlas, Map<FunctionSpec, Memo>>();
/** The last atlas asked for and its memos: one runtime has one atlas, so the WeakMap is rarely consulted. */
let lastAtlas: Atlas | undefined;
let lastMemos: Map<FunctionSpec, Memo> | undefined;

const generation = (): Generation => ({ given: [], keyed: [], entries: 0, size: 0 });

function memoOf(atlas: Atlas, spec: FunctionSpec): Memo {
  let bySpec = atlas === lastAtlas ? lastMemos : memos.get(atlas);
  if (!bySpec) memos.set(atlas, (bySpec = new Map<FunctionSpec, Memo>()));
  lastAtlas = atlas;
  lastMemos = bySpec;
  let memo = bySpec.get(spec);
  if (!memo) {
    const byKey = spec.args.some((a) => a.byKey) ? spec.args.map((a) => a.byKey === true) : undefined;
    const keyed = byKey !== undefined && spec.keptByMeaning !== false;
    bySpec.set(spec, (memo = { young: generation(), old: generation(), byKey, keyed, atlas, parts: new Array<unknown>(spec.args.length + 1).fill(null) }));
  }
  return memo;
}

/** How many answers the memo holds for `atlas` (for tests of its bounds). */
export function memoEntries(atlas: Atlas): number {
  let n = 0;
  for (const memo of memos.get(atlas)?.values() ?? []) n += memo.young.entries + memo.old.entries;
  return n;
}

/**
 * How many arguments the memo keys a call by (trailing blanks, optional arguments Excel passes as null,
 * add nothing: the arity is the function's), or -1 when the call is not memoised (a range, an error or
 * another object, text over MEMO_ARGUMENT_CHARS, a name over QUOTED_ARGUMENT_CHARS). A blank is keyed as null.
 */
function memoArity(memo: Memo, values: readonly CellInput[], count: number): number {
  while (count > 1 && (values[count - 1] === null || values[count - 1] === undefined)) count--;
  const byKey = memo.byKey;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (typeof v === "string") {
      if (v.length > (byKey !== undefined && byKey[i] ? QUOTED_ARGUMENT_CHARS : MEMO_ARGUMENT_CHARS)) return -1;
    } else if (typeof v !== "number" && typeof v !== "boolean" && v !== null && v !== undefined) return -1;
  }
  // A function without arguments is keyed by one blank.
  return Math.max(count, 1);
}

/** A memo key of one argument: undefined (an argument Excel left out) as null, the blank it is. */
const part = (v: unknown) => (v === undefined ? null : v);

/** What the keyed tree keys each argument by: a byKey name by its meaning (blank text as the blank it is to checkArgs), others as given. */
function keyedParts(memo: Memo, values: readonly CellInput[], count: number): unknown[] {
  // Into the memo's own array (a hit allocates nothing): a miss copies it before anything else runs.
  const parts = memo.parts;
  const byKey = memo.byKey as readonly boolean[];
  for (let i = 0; i < count; i++) {
    const v = values[i];
    // A name by the text checkArgs reads it as (trimmed; a number written out, never a key of its own:
    // meanings are numbers too, and 2 must not find the answer kept for the name whose meaning is 2); the
    // resolution that may follow keys the same text (Atlas.keyOf remembers it).
    const typed = byKey[i] ? textOf(v) : undefined;
    if (typed === undefined) parts[i] = part(v);
    else parts[i] = typed === "" ? null : memo.atlas.meaningOf(typed);
  }
  return parts;
}

/**
 * At which argument the last lookup found no entry (0: the first argument's value is not in the tree, as
 * for every new spelling), or -1 when there was no tree: memoSet then starts its branch there.
 */
let missedAt = -1;

/** One tree's answer for `parts`: the arguments as given, or keyed. */
function lookup(root: Level | undefined, parts: ArrayLike<unknown>, count: number): Shown | undefined {
  // One step per argument, written out (a memo hit is this loop): a Single is [key, next], else a Map.
  let level: unknown = root;
  for (let i = 0; i < count; i++) {
    if (level === undefined) {
      missedAt = i - 1;
      return undefined;
    }
    const key = part(parts[i]);
    if (Array.isArray(level)) {
      const k: unknown = level[0];
      level = k === key || (k !== k && key !== key) ? level[1] : undefined;
    } else level = (level as Level).get(key);
  }
  if (level === undefined) missedAt = count - 1;
  return level as Shown | undefined;
}

/** Which tree: the arguments as given, or keyed by meaning. */
const GIVEN = 0;
const KEYED = 1;
type Tree = typeof GIVEN | typeof KEYED;
/** A generation's roots of one tree (named loads: a property chosen by a string is slower on a memo hit). */
const rootsOf = (gen: Generation, tree: Tree): Trees => (tree === GIVEN ? gen.given : gen.keyed);

/**
 * An answer from one of the trees, young generation first; one found in the old generation moves to the
 * young. On a miss, youngMiss says whether the young tree lacks the first argument (memoSet's `fresh`).
 */
function memoGet(memo: Memo, tree: Tree, parts: ArrayLike<unknown>, count: number): Shown | undefined {
  const young = lookup(rootsOf(memo.young, tree)[count], parts, count);
  if (young !== undefined) return young;
  youngMiss = missedAt === 0 ? memo.young : undefined;
  const old = memo.old.entries === 0 ? undefined : lookup(rootsOf(memo.old, tree)[count], parts, count);
  if (old !== undefined) memoSet(memo, tree, parts, count, old, false);
  return old;
}

/** The young generation whose tree memoGet last found without the first argument (the one looked up). */
let youngMiss: Generation | undefined;

/**
 * Keeps an answer in one of the young generation's trees, by `parts` (the arguments as given, or keyed).
 * `fresh`: that tree is known not to hold the first argument (memoGet just missed it there), so the new
 * branch goes in at the root without looking the first argument up again (a new spelling's case).
 */
function memoSet(memo: Memo, tree: Tree, parts: ArrayLike<unknown>, count: number, shown: Shown, fresh: boolean): void {
  let size = Array.isArray(shown) ? shown.length * (shown[0]?.length ?? 1) * 8 : 8;
  for (let i = 0; i < count; i++) {
    const v = parts[i];
    size += typeof v === "string" ? v.length : 8;
  }
  if (memo.young.entries >= MEMO_ENTRIES || memo.young.size + size > MEMO_SIZE) {
    memo.old = memo.young;
    memo.young = generation();
  }
  const gen = memo.young;
  const roots = rootsOf(gen, tree);
  let level = roots[count];
  if (!level) roots[count] = level = new Map();
  else if (fresh && count > 1) {
    level.set(part(parts[0]), branch(parts, 1, count, shown));
    gen.entries++;
    gen.size += size;
    return;
  }
  // Down the tree to the last argument's level, making a Single of a new branch and a Map of a Single that
  // gets a second entry.
  let parent: Level = level;
  let parentKey = part(parts[0]);
  for (let i = 1; i < count; i++) {
    const key = part(parts[i]);
    const child = parent.get(parentKey);
    if (child === undefined) {
      parent.set(parentKey, branch(parts, i, count, shown));
      gen.entries++;
      gen.size += size;
      return;
    }
    let map: Level;
    if (Array.isArray(child)) {
      // (Filled by set: a Map built from an iterable takes several times as long.)
      map = new Map();
      map.set((child as Single)[0], (child as Single)[1]);
      parent.set(parentKey, map);
    } else map = child as Level;
    parent = map;
    parentKey = key;
  }
  if (!parent.has(parentKey)) gen.entries++;
  parent.set(parentKey, shown);
  gen.size += size;
}

/** A new branch for parts[from..count-1]: one Single per argument, the answer at the end. */
function branch(parts: ArrayLike<unknown>, from: number, count: number, shown: Shown): unknown {
  let built: unknown = shown;
  for (let j = count - 1; j >= from; j--) built = [part(parts[j]), built] as Single;
  return built;
}

/**
 * Whether an answer quotes a byKey argument as typed, so that another spelling of the same key would be
 * answered differently: a failure naming its argument (an unknown name, a did-you-mean: failure()'s
 * argument, the one way a message quotes a name as typed; other messages name things as the catalogue
 * does, which the memo's spelling test checks), or a text answer that holds the name as typed and not as
 * the catalogue writes it. (Searching every new #N/A message for the names cost it ~0.7 µs.)
 */
function quotesTyped(memo: Memo, result: Result<FunctionResult>, values: readonly CellInput[], count: number): boolean {
  if (!result.ok) return Boolean(result.failure.argument);
  if (typeof result.value !== "string") return false;
  const text = result.value;
  const byKey = memo.byKey as readonly boolean[];
  for (let i = 0; i < count; i++) {
    const typed = byKey[i] ? textOf(values[i]) : undefined;
    if (typed !== undefined && typed !== "" && text.includes(typed) && !memo.atlas.isCatalogSpelling(typed)) return true;
  }
  return false;
}

/** What Excel is given for a result: the value, a checked copy of a spill, or the error as a value. */
function shownOf(result: Result<FunctionResult>): FunctionResult | CustomFunctions.Error {
  if (!result.ok) return toExcelError(result.failure);
  const shown = result.value;
  if (!Array.isArray(shown)) {
    const bad = cellFailure(shown);
    return bad ? toExcelError(bad) : shown;
  }
  if (shown.length === 0 || shown.some((row) => !Array.isArray(row) || row.length === 0)) return toExcelError({ code: "missingFact", message: "Nothing to show." });
  for (const row of shown) {
    for (const cell of row) {
      const bad = cellFailure(cell);
      if (bad) return toExcelError(bad);
    }
  }
  return shown.map((row) => row.slice());
}

/**
 * Runs one custom function for Excel: its value, or the matching CustomFunctions.Error, returned as a
 * value (Excel's runtime shows a returned error exactly as a thrown one, without the cost of a throw).
 * Never returns undefined, NaN or Infinity, and never throws.
 */
export function excelCall(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[]): Shown {
  return answerFor(spec, atlas, values, spec.entity ? undefined : memoOf(atlas, spec));
}

/**
 * excelCall for one function over one atlas, its memo found once: what functions.ts registers with Excel
 * (a memo hit is then only the memo's own lookup).
 */
export function excelRunner(spec: FunctionSpec, atlas: Atlas): (values: readonly CellInput[]) => Shown {
  const memo = spec.entity ? undefined : memoOf(atlas, spec);
  return (values) => answerFor(spec, atlas, values, memo);
}

function answerFor(spec: FunctionSpec, atlas: Atlas, values: readonly CellInput[], memo: Memo | undefined): Shown {
  const arity = memo ? memoArity(memo, values, spec.args.length) : -1;
  let parts: unknown[] | undefined;
  let givenMiss: Generation | undefined;
  if (memo && arity >= 0) {
    const known = memoGet(memo, GIVEN, values, arity);
    if (known !== undefined) return known;
    // Whether the young GIVEN tree lacks the first argument: still true at memoSet if it is still the young one.
    givenMiss = youngMiss;
    if (memo.byKey) {
      const keys = keyedParts(memo, values, arity);
      const keyed = memo.keyed ? memoGet(memo, KEYED, keys, arity) : undefined;
      if (keyed !== undefined) {
        // Asked before in another spelling: this one is kept as given too, for its next recalculation.
        memoSet(memo, GIVEN, values, arity, keyed, givenMiss === memo.young);
        return keyed;
      }
      parts = keys.slice(0, arity);
    }
  }
  const passed = errorArgument(values);
  if (passed) return passed;
  if (spec.entity && entitiesSupported()) {
    let entity: Result<EntityValue | undefined>;
    try {
      const args = checkArgs(spec.args, values);
      entity = args.ok ? spec.entity(atlas, args.value) : { ok: false, failure: args.failure };
    } catch (e) {
      entity = failWith("badArgument", "unexpected", { detail: e instanceof Error ? e.message : String(e) });
    }
    if (!entity.ok) return toExcelError(quotingShortly(entity.failure, values));
    if (entity.value) return checkEntity(entity.value) ? [[entity.value]] : toExcelError({ code: "badArgument", message: "Unexpected card content." });
  }
  const result = (parts !== undefined && spec.byMeaning !== undefined ? byMeaning(spec, atlas, parts) : undefined) ?? evaluate(spec, atlas, values);
  const shown = shownOf(result);
  if (memo && arity >= 0) {
    // A new question: kept as given (its recalculation), and by meaning unless it quotes the spelling (or the function keeps its parts by meaning).
    memoSet(memo, GIVEN, values, arity, shown, givenMiss === memo.young);
    if (parts && memo.keyed && !quotesTyped(memo, result, values, arity)) memoSet(memo, KEYED, parts, arity, shown, false);
  }
  return shown;
}
