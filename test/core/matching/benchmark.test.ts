// The matching benchmark (src/fixtures/same-person.ts): recall and precision floors of issue 13, and
// no namesake of the other gender ever merged.
import { parseIsoDate, type Day } from "../../../src/core/dates";
import { auditReport, runAudit } from "../../../src/core/ledger/audit";
import { scoreMatching } from "../../../src/core/matching/evaluate";
import { compareBirthDates, compareNiks, guardOf, jaroWinkler, type PairLevels } from "../../../src/core/matching/compare";
import { compareNames } from "../../../src/core/matching/name-table";
import { normaliseName } from "../../../src/core/names";
import { Rng } from "../../../src/fixtures/identities";
import { generateMatchingBenchmark } from "../../../src/fixtures/same-person";

const names = (a: string, b: string) => compareNames(normaliseName(a).tokens, normaliseName(b).tokens);

describe("name comparison levels", () => {
  it("matches initials to their word, joined and split words, typos and dropped names", () => {
    expect(names("S. Rahayu", "Sri Rahayu")).toBe("initials");
    expect(names("Nur Hayati", "Nurhayati")).toBe("fuzzy");
    expect(names("Budi Santosa", "Budi Santoso")).toBe("fuzzy");
    expect(names("Budi Santoso", "Budi")).toBe("dropped");
    expect(names("Santoso Budi", "Budi Santoso")).toBe("exact");
    expect(names("Budi", "Budi")).toBe("exactSingle");
    expect(names("Siti", "Siti")).toBe("exactCommon");
  });
  it("does not match other given names, numbers or common words alone", () => {
    expect(names("Budi Santoso", "Bayu Santoso")).toBe("partial");
    expect(names("Peserta 1", "Peserta 10")).toBe("partial");
    expect(names("Siti Aminah", "Siti Rahayu")).toBe("partial");
    expect(names("Joko", "Wati")).toBe("different");
  });
});

describe("NIK and birth-date levels", () => {
  it("tells one digit, two neighbours swapped (also across the serial), the same first 12 and unrelated NIKs", () => {
    const nik = "3171015708451234";
    expect(compareNiks(nik, nik)).toBe("equal");
    expect(compareNiks(nik, "3171015708451235")).toBe("oneDigit");
    expect(compareNiks(nik, "4171015708451234")).toBe("oneDigit");
    expect(compareNiks(nik, "3171015708451243")).toBe("transposed");
    expect(compareNiks(nik, "3171015708415234")).toBe("transposed"); // the 12th and 13th digits
    expect(compareNiks(nik, "1371015708451234")).toBe("transposed");
    expect(compareNiks(nik, "3171015708452143")).toBe("first12");
    expect(compareNiks(nik, "3171015708459999")).toBe("first12");
    expect(compareNiks(nik, "3273024109920003")).toBe("different");
    expect(compareNiks(nik, null)).toBe("missing");
  });
  it("tells a day and month swapped, one digit off, the same year", () => {
    expect(compareBirthDates(19800512, 19800512)).toBe("equal");
    expect(compareBirthDates(19800512, 19801205)).toBe("swapped");
    expect(compareBirthDates(19800512, 19800513)).toBe("oneDigit");
    expect(compareBirthDates(19800512, 19800521)).toBe("oneDigit");
    expect(compareBirthDates(19800512, 19890512)).toBe("oneDigit");
    expect(compareBirthDates(19800512, 18900512)).toBe("oneDigit");
    expect(compareBirthDates(19800512, 19800115)).toBe("sameYear");
    expect(compareBirthDates(19800512, 19850213)).toBe("different");
    expect(compareBirthDates(19800512, 0)).toBe("missing");
  });
  it("computes Jaro-Winkler as published (MARTHA/MARHTA 0.961, DIXON/DICKSONX 0.813)", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
  });
  it("skips Jaro-Winkler only where it cannot reach a match: a one-letter typo still matches", () => {
    // Every word pair the letter bound rejects would score under 0.9; these reach it.
    expect(names("Kurniawan", "Qurniawan")).toBe("fuzzy");
    expect(names("Yuliani Putri", "Juliani Putri")).toBe("fuzzy");
    expect(names("Rahmawati", "Rahmawaty")).toBe("fuzzy");
  });
  it("agrees with Jaro-Winkler on every word pair: the bound never hides a match (2,000 random pairs)", () => {
    const rng = new Rng(5);
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const word = () => Array.from({ length: rng.int(3, 9) }, () => letters[rng.int(0, 25)]).join("");
    const typo = (w: string) => {
      const at = rng.int(0, w.length - 1);
      const edits = [w.slice(0, at) + w.slice(at + 1), w.slice(0, at) + letters[rng.int(0, 25)] + w.slice(at + 1), w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)];
      return edits[rng.int(0, 2)] || w;
    };
    let matches = 0;
    for (let i = 0; i < 2000; i++) {
      const a = normaliseName(word()).tokens[0];
      const b = normaliseName(i % 2 ? typo(a) : word()).tokens[0];
      if (a === b || Math.abs(a.length - b.length) > Math.max(2, Math.min(a.length, b.length) / 3)) continue;
      const level = compareNames([a], [b]);
      expect(level === "fuzzy").toBe(jaroWinkler(a, b) >= 0.9);
      if (level === "fuzzy") matches++;
    }
    expect(matches).toBeGreaterThan(300);
  });
});

describe("guards", () => {
  const levels = (over: Partial<PairLevels>): PairLevels => ({ name: "exact", birthDate: "equal", nik: "missing", gender: "equal", kpj: "missing", npp: "equal", ...over });
  it("refuses another gender unless the NIK is the same", () => {
    expect(guardOf(levels({ gender: "different" }), null, null)).toBe("gender");
    expect(guardOf(levels({ gender: "different", nik: "equal" }), "3171015708450001", "3171015708450001")).toBeNull();
  });
  it("refuses names that do not agree, and a name alone", () => {
    expect(guardOf(levels({ name: "partial", nik: "oneDigit" }), "3171015708450001", "3171015708450002")).toBe("name");
    expect(guardOf(levels({ birthDate: "missing" }), null, null)).toBe("nameOnly");
  });
  it("refuses NIKs that differ in region and date, and unrelated NIKs at two employers", () => {
    expect(guardOf(levels({ nik: "different" }), "3171015708450001", "3273024109920003")).toBe("nik");
    expect(guardOf(levels({ nik: "different", npp: "different" }), "3171015708450001", "3171025708450009")).toBe("nik");
    // At two employers, a name and a near birth date are not enough: a NIK that agrees, or one KPJ.
    expect(guardOf(levels({ birthDate: "oneDigit", npp: "different" }), null, "3171025708450009")).toBe("nik");
    expect(guardOf(levels({ nik: "first12", npp: "different" }), "3171015708450001", "3171015708450077")).toBe("nik");
    expect(guardOf(levels({ nik: "oneDigit", npp: "different" }), "3171015708450001", "3171015708450002")).toBeNull();
    expect(guardOf(levels({ kpj: "equal", npp: "different" }), null, null)).toBeNull();
  });
});


// The weights were set looking at seed 13; seed 2027 is a second draw they were not set on.
describe.each([13, 2027])("person matching on the project's benchmark (seed %i)", (seed) => {
  const bench = generateMatchingBenchmark({ people: 2000, seed });
  const audited = runAudit({ values: bench.values, formats: bench.formats }, { refDate: parseIsoDate("2026-11-30") as Day });
  if (!audited.ok) throw new Error(audited.problem);
  const report = auditReport(audited.audit, "Peserta", "id");
  const score = scoreMatching(report, bench.personOfRow, bench.positives, bench.negatives);

  it("finds at least 95 % of same-person pairs at 98 % precision", () => {
    console.log(`seed ${seed}: recall ${score.recall.toFixed(3)}, precision ${score.precision.toFixed(3)}; ${JSON.stringify(score.recallByKind)}; false links ${JSON.stringify(score.falseLinksByKind)}`);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
  });
  it("never merges a namesake of the other gender, and almost never twins, parent and child or common names", () => {
    expect(score.falseLinksByKind.namesakeOtherGender.linked).toBe(0);
    for (const kind of ["twins", "parentChild", "commonName"]) expect(score.falseLinksByKind[kind].linked).toBeLessThanOrEqual(Math.ceil(score.falseLinksByKind[kind].of * 0.02));
  });
  it("finds a transfer whose NIK was mistyped at one employer, and reports it as a transfer", () => {
    expect(score.recallByKind.transferNikTypo.found).toBe(score.recallByKind.transferNikTypo.of);
    const transfers = bench.positives.filter((p) => p.kind === "transferNikTypo");
    for (const t of transfers) {
      const group = report.duplicates.find((g) => t.rows.every((r) => g.rows.includes(r)));
      expect(group?.code).toBe("POSSIBLE_DUPLICATE_OTHER_EMPLOYER");
      // Its explanation comes from the pair's levels: the NIK one digit off.
      expect(group?.pairs?.[0]?.levels.nik).toMatch(/oneDigit|transposed/);
    }
  });
});
