// The audit as tables of rows and columns: every finding one line (validation, duplicates and
// deactivation together, by row), and the totals per company. The add-in's findings sheet writes
// these; what they say is decided here, once.
import { ROLE_LABELS, SEVERITY_WORDS, type Lang } from "../messages";
import type { Audit, AuditReport } from "./audit";
import type { Role } from "./columns";
import { rowFindings, type RowFinding } from "./status";

type Words = Readonly<Record<Lang, string>>;

export interface Table {
  readonly header: string[];
  readonly rows: (string | number)[][];
  /** Columns (0-based) whose cells are identifiers or names: written as text, never as numbers. */
  readonly textColumns: readonly number[];
}

const FINDING_HEADER: readonly Words[] = [
  { id: "Baris", en: "Row" },
  { id: "Kolom", en: "Column" },
  { id: "Kode", en: "Code" },
  { id: "Tingkat", en: "Severity" },
  { id: "Pesan", en: "Message" },
];

/** One line per finding, in row order; a row's most severe finding first. */
export function findingsTable(audit: Audit, report: Pick<AuditReport, "columns">, lang: Lang, findings: RowFinding[][] = rowFindings(audit, lang)): Table {
  const rowNumbers = audit.parsed.columns.rows;
  const columnName = (role: Role | null) => (role === null ? "" : (report.columns[role] ?? ROLE_LABELS[role][lang]));
  const rows: (string | number)[][] = [];
  for (const list of findings) {
    for (const f of list) rows.push([rowNumbers[f.k], columnName(f.column), f.code, SEVERITY_WORDS[f.severity][lang], f.text]);
  }
  return { header: FINDING_HEADER.map((h) => h[lang]), rows, textColumns: [1, 2, 3, 4] };
}

const TOTAL_HEADER = {
  npp: { id: "NPP", en: "NPP" },
  company: { id: "Nama Perusahaan", en: "Company" },
  ro: { id: "Pembina (RO)", en: "Relationship officer" },
  participants: { id: "Peserta", en: "Participants" },
  active: { id: "Aktif", en: "Active" },
  kpj: { id: "KPJ", en: "KPJ" },
  kpjReceipts: { id: "Kartu KPJ dicetak", en: "KPJ cards printed" },
} as const;

/** The KPJ totals per company (SPEC §5): participants, active and KPJ, or cards printed for receipts. */
export function totalsTable(report: Pick<AuditReport, "shape" | "columns" | "totals">, lang: Lang): Table {
  const receipts = report.shape === "receipts";
  const hasRo = report.columns.ro !== undefined;
  const header = [
    TOTAL_HEADER.npp[lang],
    TOTAL_HEADER.company[lang],
    ...(hasRo ? [TOTAL_HEADER.ro[lang]] : []),
    ...(receipts ? [TOTAL_HEADER.kpjReceipts[lang]] : [TOTAL_HEADER.participants[lang], TOTAL_HEADER.active[lang], TOTAL_HEADER.kpj[lang]]),
  ];
  const rows = report.totals.map((t) => [t.npp, t.company, ...(hasRo ? [t.ro ?? ""] : []), ...(receipts ? [t.kpj] : [t.participants ?? 0, t.active ?? 0, t.kpj])]);
  return { header, rows, textColumns: hasRo ? [0, 1, 2] : [0, 1] };
}
