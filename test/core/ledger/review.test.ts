// Reviewing duplicates: clusters, the side-by-side table and the archive plan's refusals.
import { deactivationMessage } from "../../../src/core/ledger/deactivation";
import { parseIsoDate, type Day } from "../../../src/core/dates";
import { runAudit, type Audit } from "../../../src/core/ledger/audit";
import type { LedgerInput } from "../../../src/core/ledger/ledger";
import { archivePlan, reviewClusters, reviewTable } from "../../../src/core/ledger/review";

const ref = parseIsoDate("2026-11-23") as Day;
const HEADER = ["NPP", "Nama Peserta", "NIK", "Tanggal Lahir", "Jenis Kelamin", "No KPJ", "Tgl Kepesertaan"];

function audited(rows: unknown[][]): { audit: Audit; input: LedgerInput } {
  const input = { values: [HEADER, ...rows] };
  const result = runAudit(input, { refDate: ref });
  if (!result.ok) throw new Error(result.problem);
  return { audit: result.audit, input };
}

// Worksheet rows 2… (the header is row 1).
const ROWS = [
  // 2, 3: one NIK twice at one employer; 3 and 4: the same person, the NIK mistyped by one digit.
  ["12345678", "Budi Santoso", "3171011203900001", "12-03-1990", "L", "11111111111", "01-01-2020"],
  ["12345678", "Budi Santoso", "3171011203900001", "12-03-1990", "L", "", "01-06-2024"],
  ["12345678", "Budi Santosa", "3171011203900002", "12-03-1990", "L", "", "01-01-2021"],
  // 5, 6: two people with one KPJ number.
  ["12345678", "Siti Aminah", "3273024109920003", "01-09-1992", "P", "22222222222", ""],
  ["12345678", "Rina Wati", "3273026505950004", "25-05-1995", "P", "22222222222", ""],
  // 7, 8: one worker at two employers (a transfer).
  ["12345678", "Joko Purnomo", "3374010101850005", "01-01-1985", "L", "", "01-01-2015"],
  ["87654321", "Joko Purnomo", "3374010101850005", "01-01-1985", "L", "", "01-03-2026"],
];

describe("review clusters", () => {
  const { audit, input } = audited(ROWS);
  const clusters = reviewClusters(audit);
  const rowsOf = (c: (typeof clusters)[number]) => c.members.map((k) => audit.parsed.columns.rows[k]);

  it("joins groups that share a row into one cluster with one row to keep", () => {
    const budi = clusters.find((c) => rowsOf(c).includes(2))!;
    expect(rowsOf(budi)).toEqual([2, 3, 4]);
    expect(budi.codes).toEqual(["DUPLICATE_NIK", "POSSIBLE_DUPLICATE"]);
    expect(budi.action).toBe("archive");
    // The latest start date of the three rows: row 3 (01-06-2024).
    expect(audit.parsed.columns.rows[budi.keep]).toBe(3);
    expect(budi.keepReason).toBe("latest");
  });

  it("keeps two people with one KPJ apart as a fix-the-KPJ cluster, and a transfer as a transfer", () => {
    const kpj = clusters.find((c) => rowsOf(c).includes(5))!;
    expect(kpj).toMatchObject({ action: "fixKpj", codes: ["DUPLICATE_KPJ"] });
    expect(rowsOf(kpj)).toEqual([5, 6]);
    const transfer = clusters.find((c) => rowsOf(c).includes(7))!;
    expect(transfer).toMatchObject({ action: "transfer", codes: ["DUPLICATE_NIK_OTHER_EMPLOYER"] });
  });

  it("lists every group in exactly one cluster", () => {
    const used = clusters.flatMap((c) => c.groups).sort((a, b) => a - b);
    expect(used).toEqual(audit.duplicates.map((_, i) => i));
  });

  it("shows the rows side by side, each cell marked against the kept row", () => {
    const budi = clusters.find((c) => rowsOf(c).includes(2))!;
    const table = reviewTable(audit, input, budi, "id");
    expect(table.rows).toEqual([2, 3, 4]);
    expect(table.keep).toBe(3);
    const line = (field: string) => table.lines.find((l) => l.field === field)!;
    expect(line("nik").label).toBe("NIK");
    expect(line("nik").cells.map((c) => [c.text, c.agreement])).toEqual([
      ["3171011203900001", "same"],
      ["3171011203900001", "same"],
      ["3171011203900002", "close"],
    ]);
    expect(line("name").cells.map((c) => c.agreement)).toEqual(["same", "same", "close"]);
    expect(line("birthDate").cells[0].text).toBe("12-03-1990");
    expect(line("kpj").cells.map((c) => c.agreement)).toEqual(["unknown", "same", "unknown"]);
    expect(line("startDate").cells.map((c) => c.agreement)).toEqual(["different", "same", "different"]);
  });

  it("marks what did not agree in a transfer: the NPP", () => {
    const transfer = clusters.find((c) => rowsOf(c).includes(7))!;
    const table = reviewTable(audit, input, transfer, "en");
    const npp = table.lines.find((l) => l.field === "npp")!;
    expect(npp.label).toBe("NPP");
    expect(npp.cells.map((c) => c.agreement).sort()).toEqual(["different", "same"]);
  });
});

describe("archive plan", () => {
  const { audit } = audited(ROWS);
  const clusters = reviewClusters(audit);
  const idOf = (row: number) => clusters.find((c) => c.members.some((k) => audit.parsed.columns.rows[k] === row))!.id;

  it("moves every row of a cluster but the kept one, the proposal when none is chosen", () => {
    const plan = archivePlan(audit, clusters, new Map([[idOf(2), null]]));
    expect(plan.refused).toEqual([]);
    expect(plan.rows.map((r) => [r.row, r.keep])).toEqual([
      [2, 3],
      [4, 3],
    ]);
  });

  it("keeps the row the user chose", () => {
    const plan = archivePlan(audit, clusters, new Map([[idOf(2), 4]]));
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it("refuses two people with one KPJ, a transfer, a kept row outside the cluster and an unknown cluster; nothing of them moves", () => {
    const plan = archivePlan(
      audit,
      clusters,
      new Map<number, number | null>([
        [idOf(5), null],
        [idOf(7), null],
        [idOf(2), 6],
        [99, null],
      ]),
    );
    expect(plan.rows).toEqual([]);
    expect(plan.refused.map((r) => r.why).sort()).toEqual(["fixKpj", "keepNotInCluster", "transfer", "unknownCluster"]);
  });
});

describe("transfers go to the deactivation list, not the archive", () => {
  it("lists the old employer's row of a possible transfer (another NIK) with the current NPP", () => {
    const { audit } = audited([
      ["12345678", "Joko Purnomo", "3374010101850005", "01-01-1985", "L", "", "01-01-2015"],
      ["87654321", "Joko Purnomo", "3374010101850006", "01-01-1985", "L", "", "01-03-2026"],
    ]);
    expect(audit.duplicates.map((g) => g.code)).toEqual(["POSSIBLE_DUPLICATE_OTHER_EMPLOYER"]);
    const flags = audit.deactivation.filter((d) => d.code === "POSSIBLE_DUPLICATE_OTHER_EMPLOYER");
    expect(flags.map((d) => [audit.parsed.columns.rows[d.k], d.currentNpp])).toEqual([[2, "87654321"]]);
    // Its words name the previous employer, where the worker is still registered, as the group's reason does.
    expect(deactivationMessage(flags[0], audit.refDate, "en")).toMatch(/^Possibly the same worker still registered under another NPP \(12345678\)/);
    expect(reviewClusters(audit)[0].action).toBe("transfer");
  });
});
