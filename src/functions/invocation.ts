/**
 * Excel passes a CustomFunctions.Invocation after the last parameter its metadata declares. Excel caches
 * metadata for up to a day (office-js #2777): after an update that adds an optional argument, the old
 * metadata is still in use and the Invocation lands where the new argument is expected. Such an object is
 * never an argument a user typed, so it and everything after it count as not given.
 */

/** An object Excel would never pass as a cell value: not a range (array), not an error, not an entity or other rich value (those have a `type`). */
export function isInvocationLike(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const errorClass = typeof CustomFunctions === "undefined" ? undefined : (CustomFunctions as { Error?: unknown }).Error;
  if (typeof errorClass === "function" && v instanceof (errorClass as new () => object)) return false;
  return typeof (v as { type?: unknown }).type !== "string";
}

/** The arguments up to (not including) the first Invocation-like object (the same array when there is none). */
export function withoutInvocation(args: readonly unknown[]): readonly unknown[] {
  for (let at = 0; at < args.length; at++) {
    const v = args[at];
    if (typeof v === "object" && v !== null && isInvocationLike(v)) return args.slice(0, at);
  }
  return args;
}
