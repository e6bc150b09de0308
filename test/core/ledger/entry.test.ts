import { dayOf, excelSerialOf, type Day } from "../../../src/core/dates";
import { runAudit } from "../../../src/core/ledger/audit";
import type { ColumnRoles } from "../../../src/core/ledger/columns";
import {
  companiesByNpp,
  disagreementWords,
  entryStep,
  entryView,
  initialEntryState,
  knownCompany,
  nikAgreement,
  nikProgress,
  type EntryContext,
  type EntryEvent,
  type EntryRole,
  type EntryState,
} from "../../../src/core/ledger/entry";
import { say } from "../../../src/core/words";
import { makeNik, randomNikSpec, Rng } from "../../../src/fixtures/identities";

const REF = dayOf(2026, 11, 23) as Day;
const date = (y: number, m: number, d: number): Day => dayOf(y, m, d) as Day;
const GAMBIR = 317101;
// A woman born 12-03-1990 (day 52 = 12 + 40).
const woman1990 = makeNik({ district: GAMBIR, birth: date(1990, 3, 12), gender: "P", serial: 2 });

const ROLES: ColumnRoles = { nik: 0, name: 1, birthDate: 2, gender: 3, npp: 4, company: 5, kpj: 6 };
const context = (companies: ReadonlyMap<string, string> = new Map()): EntryContext => ({ roles: ROLES, companies, refDate: REF });

/** Runs events through the form, as the pane does; returns the state and every write asked for. */
function run(events: readonly EntryEvent[], ctx = context(), from: EntryState = initialEntryState()) {
  let state = from;
  const writes: unknown[][] = [];
  for (const e of events) {
    const step = entryStep(state, e, ctx);
    state = step.state;
    if (step.write) writes.push([...step.write]);
  }
  return { state, writes };
}
const edit = (role: EntryRole, value: string): EntryEvent => ({ type: "edit", role, value });
const typed = (values: Partial<Record<EntryRole, string>>) => Object.entries(values).map(([role, value]) => edit(role as EntryRole, value!));

describe("a NIK against the birth date and gender typed beside it", () => {
  it("says what disagrees: the NIK's gender and birth date against the form's", () => {
    const a = nikAgreement(woman1990, { gender: "L", birthDate: date(1991, 3, 12) }, REF)!;
    expect(a).toMatchObject({ agrees: false, genderDiffers: true, birthDateDiffers: true, nik: { gender: "P", birthDate: date(1990, 3, 12) } });
    expect(say(disagreementWords(a), "id")).toBe("NIK menunjukkan perempuan, lahir 12-03-1990; isian: laki-laki, 12-03-1991");
    expect(say(disagreementWords(a), "en")).toBe("The NIK says female, born 12-03-1990; the form says male, 12-03-1991");
  });

  it("names only what was typed", () => {
    const a = nikAgreement(woman1990, { gender: "L", birthDate: null }, REF)!;
    expect(a).toMatchObject({ agrees: false, genderDiffers: true, birthDateDiffers: false });
    expect(say(disagreementWords(a), "id")).toBe("NIK menunjukkan perempuan; isian: laki-laki");
  });

  it("agrees when gender and birth date match, whatever century the birth date is typed in", () => {
    expect(nikAgreement(woman1990, { gender: "P", birthDate: date(1990, 3, 12) }, REF)?.agrees).toBe(true);
    expect(nikAgreement(woman1990, { gender: null, birthDate: null }, REF)?.agrees).toBe(true);
    // The NIK holds no century: 12-03-2090 is what it says, too.
    expect(nikAgreement(woman1990, { gender: "P", birthDate: date(2090, 3, 12) }, REF)?.agrees).toBe(true);
  });

  it("has nothing to compare when the NIK gives no birth date", () => {
    expect(nikAgreement("3171013202900001", { gender: "L", birthDate: date(1990, 2, 2) }, REF)).toBeNull();
    expect(nikAgreement("317101", { gender: "L", birthDate: null }, REF)).toBeNull();
  });
});

describe("saving a participant whose NIK disagrees with the form", () => {
  const values = { nik: woman1990, name: "Siti Aminah", birthDate: "1991-03-12", gender: "L" };

  it("does not write; shows what disagrees and waits for Simpan tetap", () => {
    const { state, writes } = run([...typed(values), { type: "save" }]);
    expect(writes).toEqual([]);
    expect(state.stage).toEqual({ kind: "confirming", doubts: ["disagrees"] });
    const view = entryView(state, context(), "id");
    expect(view.confirm).toEqual({ shown: true, label: "Simpan tetap" });
    expect(view.note?.text).toContain("NIK menunjukkan perempuan, lahir 12-03-1990; isian: laki-laki, 12-03-1991");
    expect(view.note?.text).toContain('"Simpan tetap"');
  });

  it("writes after Simpan tetap, the typed values as they are", () => {
    const { state, writes } = run([...typed(values), { type: "save" }, { type: "confirm" }]);
    expect(state.stage).toEqual({ kind: "saving" });
    expect(writes).toEqual([[{ column: 0, value: woman1990 }, { column: 1, value: "Siti Aminah" }, { column: 2, value: excelSerialOf(date(1991, 3, 12)), numberFormat: "dd-mm-yyyy" }, { column: 3, value: "L" }]]);
  });

  it("asks again after a change: a confirmation is for the values it was given", () => {
    const { state, writes } = run([...typed(values), { type: "save" }, edit("gender", "P"), { type: "confirm" }, { type: "save" }]);
    expect(writes).toEqual([]);
    expect(state.stage).toEqual({ kind: "confirming", doubts: ["disagrees"] });
    expect(say(state.note!.said, "id")).toContain("NIK menunjukkan perempuan, lahir 12-03-1990; isian: perempuan, 12-03-1991");
  });

  it("writes at once when the correction makes them agree", () => {
    const { writes } = run([...typed(values), { type: "save" }, edit("gender", "P"), edit("birthDate", "1990-03-12"), { type: "save" }]);
    expect(writes).toHaveLength(1);
  });

  it("writes at once when nothing disagrees", () => {
    const { writes } = run([...typed({ ...values, gender: "P", birthDate: "1990-03-12" }), { type: "save" }]);
    expect(writes).toHaveLength(1);
  });

  it("asks for an invalid NIK too, and a plain Save does not pass the question", () => {
    const { state, writes } = run([...typed({ nik: "3,17102E+15", name: "Siti Aminah" }), { type: "save" }, { type: "save" }]);
    expect(writes).toEqual([]);
    expect(state.stage).toEqual({ kind: "confirming", doubts: ["invalidNik"] });
    expect(entryView(state, context(), "id").note?.text).toContain("NIK tidak sah");
    expect(run([{ type: "confirm" }], context(), state).writes).toHaveLength(1);
  });

  it("ignores Simpan tetap when nothing was asked", () => {
    expect(run([...typed(values), { type: "confirm" }]).writes).toEqual([]);
  });
});

describe("the company of an NPP the ledger knows", () => {
  const ledger = [
    ["NIK", "Nama Peserta", "NPP", "Nama Perusahaan"],
    ["3171011203900001", "Budi Santoso", "12345678", "PT Sinar Jaya Abadi"],
    ["3171015203920002", "Siti Aminah", "12345678", "PT. Sinar Jaya Abadi"],
    ["3171011405880003", "Agus Salim", "12345678", "Sinar Jaya"],
    ["3273012208910004", "Dewi Lestari", "87654321", "CV Maju Bersama"],
    ["3273015501930005", "Rina Wati", "0012345", "PT Salah NPP"],
    ["3273011010850006", "Joko Widodo", "11223344", ""],
  ];
  const audit = runAudit({ values: ledger, sheet: "Peserta" }, { refDate: REF });
  if (!audit.ok) throw new Error(audit.problem);
  const companies = companiesByNpp(audit.audit.parsed.columns);

  it("maps each valid NPP to its most frequent company name, from the audited columns", () => {
    expect([...companies]).toEqual([
      ["12345678", "PT Sinar Jaya Abadi"],
      ["87654321", "CV Maju Bersama"],
    ]);
    expect(knownCompany(companies, "1234-5678")).toBe("PT Sinar Jaya Abadi");
    expect(knownCompany(companies, "11223344")).toBeNull();
    expect(knownCompany(companies, "1234")).toBeNull();
  });

  const ctx = context(companies);

  it("fills the company when a known NPP is typed, and says where it came from", () => {
    const { state } = run([edit("npp", "1234567"), edit("npp", "12345678")], ctx);
    expect(state.values.company).toBe("PT Sinar Jaya Abadi");
    const field = entryView(state, ctx, "id").fields.find((f) => f.role === "company")!;
    expect(field.value).toBe("PT Sinar Jaya Abadi");
    expect(field.hint).toBe("Nama perusahaan untuk NPP 12345678 menurut ledger ini; boleh diubah.");
  });

  it("lets the user change the filled name, and then leaves it alone", () => {
    const { state } = run([edit("npp", "12345678"), edit("company", "PT Sinar Jaya Abadi Cabang Bekasi"), edit("npp", "87654321")], ctx);
    expect(state.values.company).toBe("PT Sinar Jaya Abadi Cabang Bekasi");
    expect(entryView(state, ctx, "id").fields.find((f) => f.role === "company")!.hint).toBeNull();
  });

  it("never overwrites a name typed before the NPP", () => {
    expect(run([edit("company", "PT Lain"), edit("npp", "12345678")], ctx).state.values.company).toBe("PT Lain");
  });

  it("follows the NPP while the name is still the filled one: another known NPP, or none", () => {
    expect(run([edit("npp", "12345678"), edit("npp", "87654321")], ctx).state.values.company).toBe("CV Maju Bersama");
    const { state } = run([edit("npp", "12345678"), edit("npp", "1234567")], ctx);
    expect(state.values.company).toBe("");
    expect(state.companyFilled).toBeNull();
  });

  it("writes the filled name into the company column", () => {
    const { writes } = run([...typed({ name: "Budi Santoso", npp: "12345678" }), { type: "save" }], ctx);
    expect(writes).toEqual([[{ column: 1, value: "Budi Santoso" }, { column: 4, value: "12345678" }, { column: 5, value: "PT Sinar Jaya Abadi" }]]);
  });

  it("does not fill when the ledger has no company column", () => {
    const noCompany: EntryContext = { ...ctx, roles: { nik: 0, name: 1, npp: 4 } };
    expect(run([edit("npp", "12345678")], noCompany).state.values.company).toBe("");
  });
});

describe("a NIK while it is typed", () => {
  const nikBox = (events: EntryEvent[], lang: "id" | "en" = "id") => entryView(run(events).state, context(), lang).nik;

  it("gives a neutral count, not an error, while the digits typed can still make a NIK", () => {
    expect(nikProgress("317101", REF)).toEqual({ kind: "incomplete", digits: 6 });
    expect(nikBox([edit("nik", "317101")])).toEqual({ kind: "hint", text: "6 dari 16 digit" });
    expect(nikBox([edit("nik", "317101520392")])).toEqual({ kind: "hint", text: "12 dari 16 digit" });
    expect(nikBox([edit("nik", "317101520392")], "en")).toEqual({ kind: "hint", text: "12 of 16 digits" });
  });

  it("takes the separators a user types between groups, trailing ones too", () => {
    for (const text of ["3171 0152 ", "3171-", "3171.0152.", "317101 520392 "]) expect(nikProgress(text, REF).kind).toBe("incomplete");
    expect(nikProgress("  ", REF)).toEqual({ kind: "empty" });
  });

  it("every prefix of a valid NIK can still become one", () => {
    const rng = new Rng(15);
    for (let i = 0; i < 100; i++) {
      const nik = makeNik(randomNikSpec(rng, 2026));
      for (let n = 1; n < 16; n++) expect([nik.slice(0, n), nikProgress(nik.slice(0, n), REF)]).toEqual([nik.slice(0, n), { kind: "incomplete", digits: n }]);
    }
  });

  it.each([
    ["4", "NIK_PROVINCE", { province: "4…" }],
    ["0", "NIK_PROVINCE", { province: "0…" }],
    ["99", "NIK_PROVINCE", { province: "99" }],
    ["3171018", "NIK_DATE", { date: "8…" }],
    ["31710132", "NIK_DATE", { date: "32…" }],
    ["3171011213", "NIK_DATE", { date: "1213…" }],
    ["3171013102", "NIK_DATE", { date: "3102…" }],
    // 29 Feb exists neither in 2001 nor in 1901.
    ["317101290201", "NIK_DATE", { date: "290201" }],
  ])("says at once when %s can never become a NIK (%s)", (text, code, params) => {
    expect(nikProgress(text, REF)).toEqual({ kind: "impossible", findings: [{ code, severity: "error", params }] });
    const box = nikBox([edit("nik", text)]);
    expect(box).toMatchObject({ kind: "impossible", verdict: "NIK tidak sah", findings: [{ code, severity: "error" }] });
  });

  it("keeps a 29 Feb that exists in one century", () => {
    expect(nikProgress("317101290200", REF).kind).toBe("incomplete");
    expect(nikProgress("3171016902", REF).kind).toBe("incomplete");
  });

  it("judges it whole once it has 16 digits, more, or anything but digits", () => {
    for (const text of [woman1990, woman1990 + "1", "3171a", "3,17102E+15"]) {
      expect(nikProgress(text, REF)).toEqual({ kind: "whole" });
      expect(nikBox([edit("nik", text)])).toMatchObject({ kind: "verdict", value: text });
    }
  });

  it("judges a short NIK whole once the field is left, and a hint again when typing resumes", () => {
    const left = run([edit("nik", "317101520392"), { type: "leave", role: "nik" }]).state;
    expect(entryView(left, context(), "id").nik).toEqual({ kind: "verdict", value: "317101520392", birthDate: null, gender: null });
    expect(entryView(run([edit("nik", "3171015203920")], context(), left).state, context(), "id").nik).toEqual({ kind: "hint", text: "13 dari 16 digit" });
    // Leaving another field changes nothing.
    expect(entryView(run([edit("nik", "317101"), { type: "leave", role: "name" }]).state, context(), "id").nik.kind).toBe("hint");
  });

  it("passes the typed birth date and gender to the whole NIK's verdict", () => {
    expect(nikBox([edit("birthDate", "1991-03-12"), edit("gender", "L"), edit("nik", woman1990)])).toEqual({ kind: "verdict", value: woman1990, birthDate: date(1991, 3, 12), gender: "L" });
  });
});

describe("the form's message", () => {
  const doubtful = run([...typed({ nik: woman1990, name: "Siti Aminah", gender: "L" }), { type: "save" }]).state;

  it("goes when any field changes, and the question with it", () => {
    for (const role of ["nik", "name", "birthDate", "gender", "npp", "company", "kpj"] as const) {
      const { state } = run([edit(role, `${doubtful.values[role]}1`)], context(), doubtful);
      expect(state.note).toBeNull();
      expect(entryView(state, context(), "id").confirm.shown).toBe(false);
    }
    expect(run([edit("name", "S")], context(), run([{ type: "save" }]).state).state.note).toBeNull();
  });

  it("stays when nothing changed (a field left, a value typed again)", () => {
    expect(run([{ type: "leave", role: "name" }, edit("name", "Siti Aminah")], context(), doubtful).state.note).toBe(doubtful.note);
  });

  it("is said in the language the form is shown in, not the one it was first said in", () => {
    expect(entryView(doubtful, context(), "en").note?.text).toBe('The NIK says female; the form says male. Correct the form, or choose "Save anyway" if that is what the KTP says.');
    expect(entryView(doubtful, context(), "en").confirm.label).toBe("Save anyway");
    expect(entryView(doubtful, context(), "id").note?.text).toBe('NIK menunjukkan perempuan; isian: laki-laki. Perbaiki isiannya, atau pilih "Simpan tetap" bila KTP memang begitu.');
  });

  it("goes when the save starts; after it the form is empty and says where the row went, until the next change", () => {
    const saving = run([{ type: "confirm" }], context(), doubtful).state;
    expect(saving.note).toBeNull();
    expect(entryView(saving, context(), "id")).toMatchObject({ saving: true, confirm: { shown: false } });
    const saved = run([{ type: "saved", row: 2002 }], context(), saving).state;
    expect(saved.values).toEqual(initialEntryState().values);
    expect(entryView(saved, context(), "id").note).toEqual({ text: "Peserta ditambahkan di baris 2002.", tone: "done" });
    expect(entryView(saved, context(), "en").note?.text).toBe("Participant added on row 2002.");
    expect(run([edit("nik", "3")], context(), saved).state.note).toBeNull();
  });

  it("keeps what was typed, and no old message, when the row was not written", () => {
    const saving = run([{ type: "confirm" }], context(), doubtful).state;
    const failed = run([{ type: "saved", row: null }], context(), saving).state;
    expect(failed.values).toEqual(doubtful.values);
    expect(failed.note).toBeNull();
    expect(failed.stage).toEqual({ kind: "editing" });
  });

  it("asks for a NIK or a name before anything else", () => {
    const { state, writes } = run([{ type: "save" }]);
    expect(writes).toEqual([]);
    expect(entryView(state, context(), "en").note).toEqual({ text: "Fill in at least the NIK or the name.", tone: "error" });
  });

  it("writes dates as Excel dates and the NIK as its bare digits, in text", () => {
    const { writes } = run([...typed({ nik: "3171 0152 0392 0002", name: "Siti Aminah", birthDate: "1992-03-12", gender: "P" }), { type: "save" }]);
    expect(writes[0]).toContainEqual({ column: 0, value: "3171015203920002" });
    expect(writes[0]).toContainEqual({ column: 2, value: 33675, numberFormat: "dd-mm-yyyy" });
  });
});
