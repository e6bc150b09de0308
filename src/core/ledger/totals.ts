// KPJ totals per company (SPEC §5): participants, active participants and valid KPJ numbers per NPP
// in a participant ledger; the sum of KPJ cards per NPP, per day and per month in a receipt ledger;
// and the same per Relationship Officer when the ledger has an RO column.
import { isoOf, ymdOf, type Day } from "../dates";
import { isActiveOn } from "./activity";
import { companyKey, NO_DAY, type LedgerColumns } from "./ledger";

export interface CompanyTotal {
  readonly npp: string;
  readonly company: string;
  readonly ro: string;
  /** Participant ledger: rows; receipt ledger: null. */
  readonly participants: number | null;
  readonly active: number | null;
  /** Participant ledger: valid KPJ numbers; receipt ledger: KPJ cards printed. */
  readonly kpj: number;
  /** Participant ledger: valid KPJ numbers of active participants. */
  readonly kpjActive: number | null;
}

export interface RoTotal {
  readonly ro: string;
  readonly companies: number;
  readonly participants: number | null;
  readonly active: number | null;
  readonly kpj: number;
}

export interface ReceiptTotal {
  /** YYYY-MM-DD for a day, YYYY-MM for a month. */
  readonly period: string;
  readonly npp: string;
  readonly company: string;
  readonly kpj: number;
}

export interface Totals {
  readonly companies: CompanyTotal[];
  readonly byRo: RoTotal[];
  readonly byDay: ReceiptTotal[];
  readonly byMonth: ReceiptTotal[];
}

interface Tally {
  npp: string;
  names: Map<string, { name: string; count: number }>;
  ros: Map<string, number>;
  participants: number;
  active: number;
  kpj: number;
  kpjActive: number;
}

function mostCommon<T>(entries: Iterable<[T, number]>, fallback: T): T {
  let best = fallback;
  let bestCount = -1;
  for (const [value, count] of entries) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

/** A company's key: its NPP when the ledger has one, else its normalised name. */
function companyOf(columns: LedgerColumns, k: number, hasNpp: boolean): string {
  return hasNpp ? columns.npp[k] : companyKey(columns.company[k]);
}

export function computeTotals(columns: LedgerColumns, shape: "participants" | "receipts", refDate: Day, hasNpp: boolean): Totals {
  const tallies = new Map<string, Tally>();
  const receipts = shape === "receipts";
  for (let k = 0; k < columns.count; k++) {
    const key = companyOf(columns, k, hasNpp);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { npp: columns.npp[k], names: new Map(), ros: new Map(), participants: 0, active: 0, kpj: 0, kpjActive: 0 }));
    const name = columns.company[k];
    if (name !== "") {
      const nameKey = companyKey(name);
      const entry = t.names.get(nameKey);
      if (entry) entry.count++;
      else t.names.set(nameKey, { name, count: 1 });
    }
    if (columns.ro[k] !== "") t.ros.set(columns.ro[k], (t.ros.get(columns.ro[k]) ?? 0) + 1);
    if (receipts) {
      t.kpj += columns.kpjCount[k];
      continue;
    }
    const active = isActiveOn(columns, k, refDate);
    t.participants++;
    if (active) t.active++;
    if (columns.kpj[k] !== null) {
      t.kpj++;
      if (active) t.kpjActive++;
    }
  }

  const companies: CompanyTotal[] = [...tallies.values()]
    .map((t) => ({
      npp: t.npp,
      company: mostCommon([...t.names.values()].map((e) => [e.name, e.count] as [string, number]), ""),
      ro: mostCommon(t.ros.entries(), ""),
      participants: receipts ? null : t.participants,
      active: receipts ? null : t.active,
      kpj: t.kpj,
      kpjActive: receipts ? null : t.kpjActive,
    }))
    .sort((a, b) => a.npp.localeCompare(b.npp) || a.company.localeCompare(b.company));

  const ros = new Map<string, RoTotal>();
  for (const c of companies) {
    if (c.ro === "") continue;
    const r = ros.get(c.ro);
    ros.set(c.ro, {
      ro: c.ro,
      companies: (r?.companies ?? 0) + 1,
      participants: receipts ? null : (r?.participants ?? 0) + (c.participants ?? 0),
      active: receipts ? null : (r?.active ?? 0) + (c.active ?? 0),
      kpj: (r?.kpj ?? 0) + c.kpj,
    });
  }

  const periods = (label: (d: Day) => string) => {
    const sums = new Map<string, ReceiptTotal>();
    const names = new Map(companies.map((c) => [c.npp, c.company]));
    for (let k = 0; k < columns.count; k++) {
      if (columns.date[k] === NO_DAY) continue;
      const period = label(columns.date[k]);
      const key = `${period}|${columns.npp[k]}`;
      const s = sums.get(key);
      sums.set(key, { period, npp: columns.npp[k], company: names.get(columns.npp[k]) ?? columns.company[k], kpj: (s?.kpj ?? 0) + columns.kpjCount[k] });
    }
    return [...sums.values()].sort((a, b) => a.period.localeCompare(b.period) || a.npp.localeCompare(b.npp));
  };

  return {
    companies,
    byRo: [...ros.values()].sort((a, b) => a.ro.localeCompare(b.ro)),
    byDay: receipts ? periods(isoOf) : [],
    byMonth: receipts ? periods(monthOf) : [],
  };
}

/** YYYY-MM of a day. */
export function monthOf(d: Day): string {
  const { year, month } = ymdOf(d);
  return `${year}-${String(month).padStart(2, "0")}`;
}
