// Every tab of the pane at Excel's task-pane width (320 px), in Office's light and dark themes, after an
// audit: screenshots into docs/ for the README, and what a person reads checked on the way — no raw
// finding code in the main text, and after a language switch no phrase of the other language.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CODES } from "../../src/core/messages";
import { STRINGS } from "../../src/taskpane/strings";
import { browserAvailable, bundleExcelDouble, DIST, launch, open, ROOT, serve, type StaticServer } from "../browser/harness";

const describeInBrowser = browserAvailable ? describe : describe.skip;
jest.setTimeout(180_000);

const TABS = ["check", "dup", "deact", "recap", "add", "fix"] as const;
const SEED = { rows: 600, seed: 2026 };

describeInBrowser("the pane's tabs at 320 px", () => {
  let server: StaticServer;
  let browser: Browser;
  let office: string;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-tabs-"));

  beforeAll(async () => {
    office = await bundleExcelDouble(tmp);
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  let consoleErrors: string[] = [];

  async function audited(theme: "light" | "dark", lang: "id" | "en" = "id"): Promise<Page> {
    const { page, consoleErrors: errors } = await open(
      browser,
      `${server.origin}/taskpane.html`,
      async (p) => {
        await p.setViewportSize({ width: 320, height: 900 });
        await p.addInitScript(
          ([seed, themeName, language]) => {
            localStorage.setItem("ledger-bpjs.lang", language as string);
            localStorage.setItem("ledger-bpjs.refDate", "2026-11-23");
            (window as unknown as { ledgerSeed: unknown }).ledgerSeed = seed;
            (window as unknown as { officeThemeName: unknown }).officeThemeName = themeName;
          },
          [SEED, theme, lang] as const,
        );
      },
      office,
    );
    await page.waitForSelector("#ledger-source option", { state: "attached" });
    await page.click("#audit-run");
    await page.waitForSelector("#audit-message[data-intent='warning'], #audit-message[data-intent='success']", { timeout: 60_000 });
    consoleErrors = errors;
    return page;
  }

  /** The text a person reads: everything visible but the small secondary code notes. */
  const mainText = (page: Page) =>
    page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      for (const note of clone.querySelectorAll(".finding-code")) note.remove();
      return clone.innerText;
    });

  it.each(["light", "dark"] as const)("shows every tab readable, in the %s theme, and saves its screenshots", async (theme) => {
    const page = await audited(theme);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // Fluent's components run under the pane's Content-Security-Policy (style-src 'self'): nothing they
    // need is refused. (One empty <style> element is: its hash is SHA-256 of the empty string, so the
    // refusal loses nothing — Fluent's tokens reach the page through the CSSOM.)
    const EMPTY = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e) && !e.includes(EMPTY))).toEqual([]);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background === "rgb(0, 0, 0)" || background === "rgba(0, 0, 0, 0)").toBe(false);
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      await page.waitForSelector(`#panel-${tab}:not([hidden])`);
      // Nothing wider than the pane: no sideways scrolling of the page itself.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((n) => n.getBoundingClientRect().right > 322 && !n.closest(".scroll"))
          .slice(0, 5)
          .map((n) => `${n.tagName.toLowerCase()}#${n.id}.${n.className} ${Math.round(n.getBoundingClientRect().right)}`),
      );
      expect({ tab, wide }).toEqual({ tab, wide: [] });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: path.join(ROOT, "docs", `pane-${tab}-${theme}.png`), fullPage: false });
    }
    await page.close();
  });

  it("shows no raw finding code in the pane's main text", async () => {
    const page = await audited("light");
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      // Open every collapsed group, so their rows count too.
      await page.$$eval("details", (nodes) => nodes.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const text = await mainText(page);
      const raw = Object.keys(CODES).filter((code) => new RegExp(`\\b${code}\\b`).test(text));
      expect({ tab, raw }).toEqual({ tab, raw: [] });
      // Where a code is shown at all, it is small secondary text after the words, never their heading.
      const notes = await page.$$eval(".finding-code", (nodes) =>
        nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => ({ size: parseFloat(getComputedStyle(n).fontSize), first: n.parentElement?.firstElementChild === n })),
      );
      expect(notes.filter((n) => n.size > 11 || n.first)).toEqual([]);
      // Field names as the engine spells them (birthDate, startDate …) never reach the reader either.
      expect({ tab, fields: text.match(/\b(birthDate|startDate|endDate|kpjCount|exitReason|postingDate)\b/g) ?? [] }).toEqual({ tab, fields: [] });
    }
    await page.close();
  });

  it("labels every control and keeps every action reachable by keyboard (axe-core, on every tab)", async () => {
    const page = await audited("light");
    // axe-core, Deque's accessibility engine, run inside the page through the debugger (the page's own
    // Content-Security-Policy rightly refuses an inline script).
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: "rule", values: ["label", "button-name", "select-name", "aria-required-attr", "aria-valid-attr-value", "aria-allowed-attr", "duplicate-id-aria", "tabindex", "nested-interactive", "link-name", "aria-progressbar-name"] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      });
      expect({ tab, violations }).toEqual({ tab, violations: [] });
    }
    // After an action, focus is on its answer.
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("audit-message");
    await page.click("#tab-recap");
    await page.focus("#recap-run");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /Rekap ditulis/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("audit-message");
    await page.close();
  });

  it("speaks only the chosen language after a switch, results included", async () => {
    const page = await audited("light");
    await page.click("#lang-en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    // Phrases only one language has: every Indonesian pane word that differs from its English one.
    const indonesian = Object.values(STRINGS)
      .filter((w) => w.id !== w.en && w.id.length >= 12 && !w.id.includes("{"))
      .map((w) => w.id);
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      await page.$$eval("details", (nodes) => nodes.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const text = await mainText(page);
      expect({ tab, left: indonesian.filter((p) => text.includes(p)) }).toEqual({ tab, left: [] });
      // A few words of the engine's findings that only Indonesian uses.
      expect({ tab, words: ["Baris ", "harus ", "tidak ", "Tanggal lahir"].filter((w) => text.includes(w)) }).toEqual({ tab, words: [] });
    }
    await page.close();
  });
});
