// The one catalogue of words (src/core/words): every entry has both languages, the same placeholders
// in both and no empty text; and no phrase lives anywhere else in the engine, the add-in's adapter, the
// ribbon's commands, the functions or the command line, so new words cannot drift back into the code.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import * as CATALOGUE from "../../src/core/words";
import { fill, type Words } from "../../src/core/words";

const ROOT = path.join(__dirname, "..", "..");
/** Where words must come from the catalogue. The task pane keeps its own STRINGS (src/taskpane/strings.ts). */
const SCANNED = ["src/core", "src/cli", "src/excel", "src/commands", "src/functions", "src/taskpane"];
const CATALOGUE_DIR = "src/core/words";

/** Every `{ id, en }` entry of the catalogue, named by where it sits. */
function entries(value: unknown, at: string, out: [string, Words][] = []): [string, Words][] {
  if (typeof value !== "object" || value === null) return out;
  const record = value as Record<string, unknown>;
  if (typeof record.id === "string" && typeof record.en === "string") {
    out.push([at, record as Words]);
    return out;
  }
  for (const [key, inner] of Object.entries(record)) entries(inner, `${at}.${key}`, out);
  return out;
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("the catalogue", () => {
  const all = entries(CATALOGUE, "words");

  it("holds the phrases of every part: codes, problems, labels, tables, the CLI, the workbook", () => {
    expect(all.length).toBeGreaterThan(300);
    for (const section of ["CODES", "LEDGER_PROBLEMS", "WORKBOOK_PROBLEMS", "ROLE_LABELS", "FINDINGS_HEADER", "WORKLIST_HEADER", "RECAP_COLUMN_WORDS", "CLI_WORDS", "AUDIT_SUMMARY_WORDS", "LOG_DETAILS", "ENTRY_WORDS", "ACTION_WORDS", "KK_REASONS"]) {
      expect(all.some(([at]) => at.startsWith(`words.${section}.`))).toBe(true);
    }
  });

  it("has both languages in every entry, never empty, never padded", () => {
    for (const [at, words] of all) {
      for (const lang of ["id", "en"] as const) {
        expect({ at, lang, text: words[lang] }).toEqual({ at, lang, text: expect.stringMatching(/\S/) });
        expect({ at, lang, padded: words[lang] !== words[lang].trim() }).toEqual({ at, lang, padded: false });
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const [at, words] of all) expect({ at, placeholders: placeholders(words.en) }).toEqual({ at, placeholders: placeholders(words.id) });
  });

  it("is filled by one function: a value in place, words in the language asked, an unknown placeholder kept", () => {
    expect(fill("{n} baris {x}", { n: 3 }, "id")).toBe("3 baris {x}");
    expect(fill("{what}.", { what: { id: "ya", en: "yes" } }, "en")).toBe("yes.");
    expect(fill("{a}", { a: "{b}", b: "no" }, "id")).toBe("{b}");
  });
});

/** Phrases written outside the catalogue: `{ id: "…", en: "…" }` literals and choices on `lang === "id"`. */
function strayWords(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const isText = (node: ts.Expression): boolean =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node) || (ts.isArrayLiteralExpression(node) && node.elements.some((e) => isText(e as ts.Expression)));
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const text = new Map<string, boolean>();
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && (p.name.text === "id" || p.name.text === "en")) text.set(p.name.text, isText(p.initializer));
      }
      if (text.has("id") && text.has("en") && (text.get("id") || text.get("en"))) found.push(`${where(node)} { id, en } words`);
    }
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) {
      const sides = [node.left, node.right];
      const lang = sides.some((s) => ts.isStringLiteral(s) && (s.text === "id" || s.text === "en"));
      const byLang = sides.some((s) => /\blang$/i.test(s.getText(tree)));
      if (lang && byLang) found.push(`${where(node)} words chosen by language`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return rel === CATALOGUE_DIR ? [] : sourceFiles(rel);
    return e.name.endsWith(".ts") ? [rel] : [];
  });
}

describe("words outside the catalogue", () => {
  it("are found by the scan: a pair of texts, a template, a list, a choice by language", () => {
    const planted = ['const A = { id: "Simpan", en: "Save" };', "const B = { id: `${n} baris`, en: `${n} rows` };", 'const C = { id: ["Kolom"], en: ["Column"] };', 'const D = lang === "id" ? "lembar" : "sheet";'].join("\n");
    expect(strayWords("planted.ts", planted)).toEqual(["planted.ts:1 { id, en } words", "planted.ts:2 { id, en } words", "planted.ts:3 { id, en } words", "planted.ts:4 words chosen by language"]);
    // Filling the catalogue's words, or an id that is no language, is no stray phrase.
    expect(strayWords("fine.ts", 'const E = { id: fill(w.id, p, "id"), en: fill(w.en, p, "en") };\nconst F = { id: `table:${name}`, label: name };')).toEqual([]);
  });

  it("do not exist in the engine, the adapter, the commands, the functions, the task pane or the command line", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(60);
    const stray = files.flatMap((file) => strayWords(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(stray).toEqual([]);
  });
});
