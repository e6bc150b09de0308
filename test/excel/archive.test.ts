// The archive sheet's column headers, through Microsoft's Office.js client against the Excel test double.
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { archiveRows, officeHost, readLedger, writeAudit } from "../../src/excel";
import { ARCHIVE_SHEET } from "../../src/excel/sheet-names";
import { generateParticipantLedger, PARTICIPANT_HEADERS } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

jest.setTimeout(60_000);
const host = officeHost();

describe("the archive sheet of a ledger under a title", () => {
  it("takes its column headers from the ledger's header row (row 3), not from the title on row 1", async () => {
    const ledger = generateParticipantLedger({ rows: 300, seed: 41 });
    const title = ["Daftar Peserta BPJS Ketenagakerjaan — PT Contoh", "", "", "", "Periode November 2026"];
    const book = new WorkbookModel([{ name: "Peserta", values: [title, [], ...ledger.values], formats: [[], [], ...ledger.formats] }]);
    useWorkbook(book);
    const read = await readLedger(host, "sheet:Peserta");
    if (!read.ok) throw new Error(read.message.en);
    const audited = runAudit(read.value.input, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
    if (!audited.ok) throw new Error(audited.problem);
    const report = auditReport(audited.audit, "Peserta", "id");
    expect(report.headerRow).toBe(3);
    expect((await writeAudit(host, read.value, audited.audit, report, { lang: "id" })).ok).toBe(true);
    const rows = [{ row: 7, reason: "DUPLICATE_NIK" }, { row: 8, reason: "DUPLICATE_NIK" }];

    expect((await archiveRows(host, read.value, rows, "id")).ok).toBe(true);
    const archive = book.sheet(ARCHIVE_SHEET);
    const header = Array.from({ length: PARTICIPANT_HEADERS.length }, (_, c) => archive.value(0, 6 + c));
    expect(header).toEqual([...PARTICIPANT_HEADERS]);
    // Under each header, the archived row's cell of that column.
    const nik = PARTICIPANT_HEADERS.indexOf("NIK");
    expect([archive.value(1, 6 + nik), archive.value(2, 6 + nik)]).toEqual([ledger.values[7 - 3][nik], ledger.values[8 - 3][nik]]);
  });
});
