// Who must be deactivated or reviewed on the reference date (SPEC §5).
import { ageOn, formatDayId, yearOf, type Day } from "../dates";
import { kesehatanDeadline, ketenagakerjaanDeadline } from "../deadlines";
import { fieldLabels, message, type Code, type Lang } from "../messages";
import { pensionAge } from "../pension";
import { hasLeft, isActiveOn, isOpen } from "./activity";
import { previousNpps, type DuplicateGroup } from "./duplicates";
import { NO_DAY, type LedgerColumns } from "./ledger";

/** A contract ending within this many days is flagged CONTRACT_ENDING. */
export const CONTRACT_ENDING_DAYS = 30;

export type DeactivationCode = Extract<
  Code,
  "DEACT_LEFT" | "DEACT_DECEASED" | "DUPLICATE_NIK_OTHER_EMPLOYER" | "POSSIBLE_DUPLICATE_OTHER_EMPLOYER" | "ARREARS_PREVIOUS_EMPLOYER" | "REVIEW_PENSION_AGE" | "CONTRACT_ENDING" | "DEACT_NOT_IN_ROSTER"
>;

export interface DeactivationFlag {
  /** Row index into the ledger's columns. */
  readonly k: number;
  readonly code: DeactivationCode;
  /** The end date, when there is one. */
  readonly since: Day | null;
  /** Days from the end date to the reference date. */
  readonly days: number | null;
  /** Last day to report the exit to BPJS Ketenagakerjaan (7 working days) and to BPJS Kesehatan (the 20th). */
  readonly deadlineTk: Day | null;
  readonly deadlineKes: Day | null;
  /** The BPJS Ketenagakerjaan deadline has passed. */
  readonly overdue: boolean;
  readonly age?: number;
  readonly pensionAge?: number;
  /** For a transfer: the NPP of the employer the worker is with now (the kept row's). */
  readonly currentNpp?: string;
  /** For a transfer: the NPPs the worker is still registered under, as the duplicate group names them. */
  readonly previousNpp?: string;
  /** For a possible transfer (another NIK, the same person): the match's score and what agreed. */
  readonly score?: number;
  readonly agreed?: readonly string[];
}

/** The flag's message, with its dates and figures filled in. */
export function deactivationMessage(flag: DeactivationFlag, refDate: Day, lang: Lang): string {
  const params = {
    since: flag.since === null ? "" : formatDayId(flag.since),
    endDate: flag.since === null ? "" : formatDayId(flag.since),
    days: flag.days ?? "",
    age: flag.age ?? "",
    pensionAge: flag.pensionAge ?? "",
    year: yearOf(refDate),
    // The previous employer's NPP, where the registration lingers: the same NPP the duplicate group
    // and the roster worklist name (the current one read as "another NPP" on this row misled).
    npp: flag.previousNpp ?? "",
    score: flag.score ?? "",
    agreed: fieldLabels(flag.agreed ?? [], lang),
  };
  return message({ code: flag.code, params }, lang);
}

function exitFlag(k: number, code: DeactivationCode, end: Day | null, refDate: Day): DeactivationFlag {
  if (end === null) return { k, code, since: null, days: null, deadlineTk: null, deadlineKes: null, overdue: false };
  const deadlineTk = ketenagakerjaanDeadline(end);
  return { k, code, since: end, days: refDate - end, deadlineTk, deadlineKes: kesehatanDeadline(end), overdue: refDate > deadlineTk };
}

function plainFlag(k: number, code: DeactivationCode, extra: Partial<DeactivationFlag> = {}): DeactivationFlag {
  return { k, code, since: null, days: null, deadlineTk: null, deadlineKes: null, overdue: false, ...extra };
}

export function deactivationFlags(columns: LedgerColumns, duplicates: readonly DuplicateGroup[], refDate: Day): DeactivationFlag[] {
  const flags: DeactivationFlag[] = [];
  const retirementAge = pensionAge(yearOf(refDate));
  for (let k = 0; k < columns.count; k++) {
    if (!isOpen(columns, k)) continue;
    const end = columns.end[k] === NO_DAY ? null : columns.end[k];
    if (columns.deceased[k]) flags.push(exitFlag(k, "DEACT_DECEASED", end !== null && end <= refDate ? end : null, refDate));
    else if (hasLeft(columns, k, refDate)) flags.push(exitFlag(k, "DEACT_LEFT", end, refDate));
    if (columns.arrears[k]) flags.push(plainFlag(k, "ARREARS_PREVIOUS_EMPLOYER"));
    if (!isActiveOn(columns, k, refDate)) continue;
    if (columns.birth[k] !== NO_DAY) {
      const age = ageOn(columns.birth[k], refDate);
      if (age >= retirementAge) flags.push(plainFlag(k, "REVIEW_PENSION_AGE", { age, pensionAge: retirementAge }));
    }
    if (end !== null && end > refDate && end - refDate <= CONTRACT_ENDING_DAYS) {
      flags.push(plainFlag(k, "CONTRACT_ENDING", { since: end, days: end - refDate }));
    }
  }
  // The transfer case: the worker is still registered under the previous employer's NPP, with the same
  // NIK or (a possible duplicate) another NIK. The mutation is the job, not the archive.
  for (const group of duplicates) {
    if (group.code !== "DUPLICATE_NIK_OTHER_EMPLOYER" && group.code !== "POSSIBLE_DUPLICATE_OTHER_EMPLOYER") continue;
    const keepNpp = columns.npp[group.keep];
    const possible = group.code === "POSSIBLE_DUPLICATE_OTHER_EMPLOYER" ? { score: group.score, agreed: group.agreed } : {};
    const previousNpp = previousNpps(group, columns);
    for (const k of group.members) {
      if (k !== group.keep && columns.npp[k] !== keepNpp && isOpen(columns, k)) flags.push(plainFlag(k, group.code, { currentNpp: keepNpp, previousNpp, ...possible }));
    }
  }
  return flags.sort((a, b) => a.k - b.k || a.code.localeCompare(b.code));
}
