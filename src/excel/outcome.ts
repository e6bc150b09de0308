// What an adapter call gives back: a value, or a message for the user in both languages. Host
// failures become messages here; exceptions are left for programmer errors.
import { WORKBOOK_PROBLEMS, workbookProblem, type Lang } from "../core/messages";
import { errorCode } from "./host";
import { OwnSheetRefused } from "./own-sheet";

/** A refusal; `nothing` marks one that is no failure: there was nothing to do (nothing to restore). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Readonly<Record<Lang, string>>; readonly nothing?: true };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T = never>(message: Readonly<Record<Lang, string>>): Outcome<T> {
  return { ok: false, message };
}

/** Nothing to do: said as information, not as an error. */
export function nothingToDo<T = never>(message: Readonly<Record<Lang, string>>): Outcome<T> {
  return { ok: false, message, nothing: true };
}

export const CANCELLED = WORKBOOK_PROBLEMS.cancelled;

/** A failed Excel request as a message the user can act on. */
export function hostFailure<T = never>(error: unknown, sheet: string): Outcome<T> {
  if (error instanceof OwnSheetRefused) return failure(error.userMessage);
  const code = errorCode(error);
  if (code === "AccessDenied") return failure(workbookProblem("protected", { sheet }));
  if (code === "ItemNotFound") return failure(workbookProblem("sheetGone", { sheet }));
  if (code === "InvalidOperationInCellEditMode") return failure(workbookProblem("cellEditing"));
  if (code === "FilteredRangeConflict") return failure(workbookProblem("filtered", { sheet }));
  if (code === "MergedRangeConflict") return failure(workbookProblem("merged", { sheet, address: "" }));
  if (code === "InsertDeleteConflict") return failure(workbookProblem("tableInTheWay", { sheet }));
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return failure(workbookProblem("host", { detail: code ? `${code} (${detail})` : detail }));
}
