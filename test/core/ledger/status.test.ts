// The status cell of a row says in one line what the report says of that row: each code once, and for
// each finding the report's own words.
import { parseIsoDate, type Day } from "../../../src/core/dates";
import { auditReport, runAudit, type Audit, type AuditReport } from "../../../src/core/ledger/audit";
import { deactivationMessage } from "../../../src/core/ledger/deactivation";
import { rowFindings, rowStatuses, STATUS_TAGS } from "../../../src/core/ledger/status";
import type { Lang } from "../../../src/core/messages";
import { generateParticipantLedger } from "../../../src/fixtures/ledgers";

function audited(values: unknown[][], refDate: Day, lang: Lang = "id"): { audit: Audit; report: AuditReport } {
  const result = runAudit({ values, formats: [] }, { refDate, lang });
  if (!result.ok) throw new Error(result.problem);
  return { audit: result.audit, report: auditReport(result.audit, "Peserta", lang) };
}

const KEEP = /^(.*) \((?:simpan baris|keep row) (\d+)\)$/;

describe("a row's status cell", () => {
  it("names each code once, however many columns it is about", () => {
    const { audit } = audited(
      [
        ["NIK", "Nama", "NPP", "Tanggal Lahir", "Tanggal Masuk"],
        ["", "", "12345678", "kemarin", "besok"],
      ],
      parseIsoDate("2026-11-23") as Day,
      "en",
    );
    const [status] = rowStatuses(audit, "en");
    expect(status.codes).toEqual(["DATE_UNPARSEABLE", "REQUIRED_MISSING"]);
    expect(status.text).toBe("ERROR · DATE_UNPARSEABLE, REQUIRED_MISSING: Birth date cannot be read as a date (kemarin). Use for example 12-03-1990 or 12 March 1990.");
  });

  it("states every finding in the report's words: issues, duplicate groups and the deactivation list", () => {
    const ledger = generateParticipantLedger({ rows: 4_000, seed: 15 });
    for (const lang of ["id", "en"] as const) {
      const { audit, report } = audited(ledger.values as unknown[][], parseIsoDate(ledger.truth.refDate) as Day, lang);
      const findings = rowFindings(audit, lang);
      const statuses = rowStatuses(audit, lang, findings);
      const rows = audit.parsed.columns.rows;
      const seen = new Set<string>();
      findings.forEach((list, k) => {
        const row = rows[k];
        if (list.length > 0) expect(statuses[k].text).toBe(`${STATUS_TAGS[list[0].severity][lang]} · ${statuses[k].codes.join(", ")}: ${list[0].text}`);
        for (const f of list) {
          seen.add(f.code);
          const issue = report.issues.find((i) => i.row === row && i.code === f.code && i.column === f.column);
          if (issue) {
            expect(f.text).toBe(issue.message);
            continue;
          }
          const flag = audit.deactivation.find((d) => d.k === k && d.code === f.code);
          const group = report.duplicates.find((d) => d.code === f.code && d.rows.includes(row));
          if (flag) expect(f.text).toBe(deactivationMessage(flag, audit.refDate, lang));
          // A transfer's old row is on the deactivation list, and says what its group's reason says:
          // the same NPPs, where the worker is still registered.
          if (flag && group) expect(group.reason.startsWith(f.text)).toBe(true);
          if (!flag) {
            const m = KEEP.exec(f.text);
            expect(m).not.toBeNull();
            expect(group).toBeDefined();
            expect(group!.reason.startsWith(m![1])).toBe(true);
            expect(Number(m![2])).toBe(group!.keep);
          }
        }
      });
      for (const code of ["DUPLICATE_NIK", "DUPLICATE_NIK_OTHER_EMPLOYER", "DUPLICATE_KPJ", "DEACT_LEFT", "NIK_LENGTH"]) expect(seen).toContain(code);
    }
  });
});
