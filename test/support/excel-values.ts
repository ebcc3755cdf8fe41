/** What Excel accepts back from a custom function: the check the fuzzer and the bundle test share. */

const isCell = (v: unknown): boolean => (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";

function isEntity(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const e = v as { type?: unknown; text?: unknown; properties?: Record<string, { type?: unknown; basicValue?: unknown }> };
  if (e.type !== "Entity" || typeof e.text !== "string" || typeof e.properties !== "object" || e.properties === null) return false;
  return Object.values(e.properties).every((p) =>
    p.type === "Double" ? typeof p.basicValue === "number" && Number.isFinite(p.basicValue) : p.type === "String" && typeof p.basicValue === "string",
  );
}

/** A scalar, or a non-empty rectangular matrix of scalars or entity values. Never undefined, NaN or Infinity. */
export function isExcelValue(v: unknown): boolean {
  if (isCell(v)) return true;
  if (!Array.isArray(v) || v.length === 0) return false;
  const width = Array.isArray(v[0]) ? v[0].length : -1;
  return width > 0 && v.every((row) => Array.isArray(row) && row.length === width && row.every((c) => isCell(c) || isEntity(c)));
}
