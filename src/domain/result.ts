/**
 * Domain queries return values instead of throwing. A failure carries one of four codes, which the
 * Excel layer maps onto Excel's error values (#N/A, #VALUE!, #NUM!), and a message for the user.
 */

export type FailureCode =
  /** A name that matches nothing (chip, company, component, metric): #N/A with "did you mean". */
  | "unknownName"
  /** A known entity, but the report gives no such figure: #N/A saying what it does give. */
  | "missingFact"
  /** An argument of the wrong type or out of range: #VALUE! naming what was expected. */
  | "badArgument"
  /** Mathematically impossible (a CAGR over zero years, growth from zero): #NUM!. */
  | "impossible";

/**
 * A failure is plain data: its code, its English message (what Excel shows) and, where the catalogue
 * words it (src/domain/messages.ts), the message key, the argument as typed and the suggestions, so
 * the pane can word it in Chinese and the inspector can offer a fix without reading the text.
 */
export interface Failure {
  code: FailureCode;
  message: string;
  key?: string;
  argument?: string;
  suggestions?: string[];
  params?: import("./messages").MessageParams;
}

/** The Excel error value each failure shows as: the one map from failures to Excel's codes. */
export const EXCEL_CODE = { unknownName: "#N/A", missingFact: "#N/A", badArgument: "#VALUE!", impossible: "#NUM!" } as const satisfies Record<FailureCode, string>;
export type ExcelErrorCode = (typeof EXCEL_CODE)[FailureCode];

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: FailureCode, message: string): Result<T> => ({ ok: false, failure: { code, message } });

/** Runs `next` on a success, passes a failure through unchanged. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result;
}
