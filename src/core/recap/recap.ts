// The monthly recap (SPEC §5): per NPP, for month M — active participants at month end, joined and left
// in M, awaiting and overdue deactivations, KPJ cards, invalid and duplicate rows, the change in active
// participants against M-1 — with a total row and the print queue ("siap cetak": companies with new
// workers whose data is complete and valid).
//
// It works from an audit run with the reference date set to M's last day, so deactivation deadlines
// and ages are those of the month's end.
import { dayOf, daysInMonth, ymdOf, type Day } from "../dates";
import type { Audit } from "../ledger/audit";
import { fill, MONTH_YEAR, MONTHS, type Lang } from "../words";
import { isActiveOn } from "../ledger/activity";
import { companyKey, NO_DAY } from "../ledger/ledger";

export interface RecapMonth {
  readonly year: number;
  readonly month: number;
}

/** "2026-11" → { year: 2026, month: 11 }, or null. */
export function parseMonth(text: string): RecapMonth | null {
  // 2026-11, or month first as Indonesians write it: 11-2026, 11/2026.
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(t);
  const dm = m ? null : /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  const year = m ? Number(m[1]) : dm ? Number(dm[2]) : NaN;
  const month = m ? Number(m[2]) : dm ? Number(dm[1]) : NaN;
  return month >= 1 && month <= 12 ? { year, month } : null;
}

export function monthLabel(m: RecapMonth): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

export function firstDayOf(m: RecapMonth): Day {
  return dayOf(m.year, m.month, 1) as Day;
}

export function lastDayOf(m: RecapMonth): Day {
  return dayOf(m.year, m.month, daysInMonth(m.year, m.month)) as Day;
}

export function previousMonth(m: RecapMonth): RecapMonth {
  return m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
}

export interface RecapCompany {
  readonly npp: string;
  readonly company: string;
  readonly ro: string;
  readonly active: number;
  readonly joined: number;
  readonly left: number;
  readonly awaitingDeactivation: number;
  readonly overdue: number;
  readonly kpj: number;
  readonly invalidRows: number;
  readonly duplicateRows: number;
  readonly deltaActive: number;
}

export type RecapTotal = Omit<RecapCompany, "npp" | "company" | "ro">;

export interface PrintQueueEntry {
  readonly npp: string;
  readonly company: string;
  readonly newWorkers: number;
  /** Every new worker's row is complete (name, NIK, birth date) and has no error. */
  readonly ready: boolean;
  readonly email: string;
}

/** The `recap` JSON of SPEC §6. */
export interface Recap {
  readonly month: string;
  readonly companies: RecapCompany[];
  readonly total: RecapTotal;
  readonly printQueue: PrintQueueEntry[];
}

interface Tally {
  npp: string;
  names: Map<string, { name: string; count: number }>;
  ros: Map<string, number>;
  emails: Map<string, number>;
  active: number;
  activeBefore: number;
  joined: number;
  left: number;
  awaiting: number;
  overdue: number;
  kpj: number;
  invalid: number;
  duplicates: number;
  newWorkers: number;
  newReady: number;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mostCommon(map: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [value, count] of map) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

/** The recap of month `m` from an audit whose reference date is that month's last day. */
export function monthlyRecap(audit: Audit, m: RecapMonth): Recap {
  const { columns, layout } = audit.parsed;
  const receipts = layout.shape === "receipts";
  const hasNpp = layout.roles.npp !== undefined;
  const first = firstDayOf(m);
  const last = lastDayOf(m);
  const before = first - 1;
  const inMonth = (d: number) => d !== NO_DAY && d >= first && d <= last;

  const removable = new Uint8Array(columns.count);
  for (const g of audit.duplicates) for (const k of g.members) if (k !== g.keep) removable[k] = 1;
  const awaiting = new Uint8Array(columns.count);
  const overdue = new Uint8Array(columns.count);
  for (const d of audit.deactivation) {
    if (d.code !== "DEACT_LEFT" && d.code !== "DEACT_DECEASED") continue;
    awaiting[d.k] = 1;
    if (d.overdue) overdue[d.k] = 1;
  }

  const tallies = new Map<string, Tally>();
  for (let k = 0; k < columns.count; k++) {
    // A receipt row belongs to the month it was printed in; undated receipt rows to none.
    if (receipts && !inMonth(columns.date[k])) continue;
    const key = hasNpp ? columns.npp[k] : companyKey(columns.company[k]);
    let t = tallies.get(key);
    if (!t) {
      t = { npp: columns.npp[k], names: new Map(), ros: new Map(), emails: new Map(), active: 0, activeBefore: 0, joined: 0, left: 0, awaiting: 0, overdue: 0, kpj: 0, invalid: 0, duplicates: 0, newWorkers: 0, newReady: 0 };
      tallies.set(key, t);
    }
    if (columns.company[k] !== "") {
      const nameKey = companyKey(columns.company[k]);
      const entry = t.names.get(nameKey);
      if (entry) entry.count++;
      else t.names.set(nameKey, { name: columns.company[k], count: 1 });
    }
    if (columns.ro[k] !== "") bump(t.ros, columns.ro[k]);
    if (columns.email[k] !== "") bump(t.emails, columns.email[k]);
    if (columns.invalid[k]) t.invalid++;
    if (removable[k]) t.duplicates++;
    if (receipts) {
      t.kpj += columns.kpjCount[k];
      continue;
    }
    const active = isActiveOn(columns, k, last);
    if (active) t.active++;
    if (isActiveOn(columns, k, before)) t.activeBefore++;
    if (active && columns.kpj[k] !== null) t.kpj++;
    if (inMonth(columns.end[k])) t.left++;
    if (awaiting[k]) t.awaiting++;
    if (overdue[k]) t.overdue++;
    if (inMonth(columns.start[k])) {
      t.joined++;
      t.newWorkers++;
      const complete = columns.nik[k] !== null && columns.name[k] !== "" && columns.birth[k] !== NO_DAY;
      if (complete && !columns.invalid[k]) t.newReady++;
    }
  }

  const companies: (RecapCompany & { email: string; newWorkers: number; newReady: number })[] = [...tallies.values()]
    .map((t) => {
      let company = "";
      let count = 0;
      for (const e of t.names.values()) if (e.count > count) [company, count] = [e.name, e.count];
      return {
        npp: t.npp,
        company,
        ro: mostCommon(t.ros),
        active: t.active,
        joined: t.joined,
        left: t.left,
        awaitingDeactivation: t.awaiting,
        overdue: t.overdue,
        kpj: t.kpj,
        invalidRows: t.invalid,
        duplicateRows: t.duplicates,
        deltaActive: t.active - t.activeBefore,
        email: mostCommon(t.emails),
        newWorkers: t.newWorkers,
        newReady: t.newReady,
      };
    })
    .sort((a, b) => a.npp.localeCompare(b.npp) || a.company.localeCompare(b.company));

  const sum = (field: keyof RecapTotal) => companies.reduce((s, c) => s + c[field], 0);
  const total: RecapTotal = {
    active: sum("active"),
    joined: sum("joined"),
    left: sum("left"),
    awaitingDeactivation: sum("awaitingDeactivation"),
    overdue: sum("overdue"),
    kpj: sum("kpj"),
    invalidRows: sum("invalidRows"),
    duplicateRows: sum("duplicateRows"),
    deltaActive: sum("deltaActive"),
  };
  const printQueue = companies
    .filter((c) => c.newWorkers > 0)
    .map((c) => ({ npp: c.npp, company: c.company, newWorkers: c.newWorkers, ready: c.newReady === c.newWorkers, email: c.email }));
  return {
    month: monthLabel(m),
    companies: companies.map(({ email: _email, newWorkers: _n, newReady: _r, ...c }) => c),
    total,
    printQueue,
  };
}

/** The month a day falls in. */
export function monthOfDay(d: Day): RecapMonth {
  const { year, month } = ymdOf(d);
  return { year, month };
}

/** Days of a month in which its recap is still the month before's: the month just ended is the one to report. */
export const RECAP_PREVIOUS_MONTH_DAYS = 10;

/** The month a recap made on day `d` is for: the month just ended in its first 10 days, else this month. */
export function defaultRecapMonth(d: Day): RecapMonth {
  const month = monthOfDay(d);
  return ymdOf(d).day <= RECAP_PREVIOUS_MONTH_DAYS ? previousMonth(month) : month;
}

/** "Oktober 2026" / "October 2026". */
export function monthName(m: RecapMonth, lang: Lang): string {
  return fill(MONTH_YEAR[lang], { month: MONTHS[m.month - 1], year: m.year }, lang);
}
