import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { browserAvailable, DIST, launch, open, ROOT, serve, type StaticServer } from "../browser/harness";

const describeInBrowser = browserAvailable ? describe : describe.skip;
jest.setTimeout(60_000);

describeInBrowser("the built task pane in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads Office.js, checks a woman's NIK as it is typed, and switches language", async () => {
    const { page, outside, consoleErrors, pageErrors } = await open(browser, `${server.origin}/taskpane.html`, async (p) => {
      await p.addInitScript(() => localStorage.setItem("ledger-bpjs.lang", "id"));
    });
    await page.click("#tab-add"); // the NIK checker is on the Tambah tab
    await page.waitForSelector("#nik-input");
    await page.fill("#nik-input", "3171 0157 0845 0001");
    await page.waitForSelector(".verdict");
    expect(await page.textContent(".verdict")).toBe("NIK sah, dengan catatan");
    expect(await page.textContent(".fact-birthDate")).toBe("17-08-1945");
    expect(await page.textContent(".fact-gender")).toBe("Perempuan");
    expect(await page.textContent(".fact-province")).toBe("DKI Jakarta");
    expect(await page.getAttribute(".finding", "data-code")).toBe("AGE_IMPLAUSIBLE");

    await page.click("#lang-en");
    expect(await page.textContent(".verdict")).toBe("Valid NIK, with notes");
    expect(await page.textContent(".fact-gender")).toBe("Female");
    expect(await page.evaluate(() => localStorage.getItem("ledger-bpjs.lang"))).toBe("en");

    await page.fill("#nik-input", "3171011203900001");
    expect(await page.textContent(".verdict")).toBe("Valid NIK");
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });

    // Office.js may try its telemetry; the add-in itself reaches nothing outside its own origin.
    expect(outside.filter((u) => !/microsoft|office|live\.com|msocdn/.test(u))).toEqual([]);
    // Office.js outside Office tries an inline style and a telemetry frame, which the CSP refuses (as
    // it should); nothing of the add-in's own may be refused.
    const ownViolations = consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e) && !/appsforoffice|office\.js|telemetry|inline style/i.test(e));
    expect(ownViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  // OfficeDev/office-js#1687 reports an inline-style violation under style-src 'self'. Read against the
  // real files: office.js itself sets no style; excel-web-16.00.js (Excel on the web) styles only its
  // dialog notices, through element.style.cssText — the CSSOM, which style-src does not govern — and
  // fills one notice's text through innerHTML without a style attribute. So the policy keeps
  // style-src 'self' (no 'unsafe-inline'); this checks both ways in Chromium under the page's own CSP,
  // and that the policy is really in force (a style attribute in markup is refused).
  it("lets Office.js style its notices the way its web script does, under style-src 'self'", async () => {
    const { page } = await open(browser, `${server.origin}/taskpane.html`);
    await page.click("#tab-add"); // the NIK checker is on the Tambah tab
    await page.waitForSelector("#nik-input");
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective}:${e.sample || e.blockedURI}`));
      const notice = document.createElement("div");
      notice.style.cssText = "position:absolute;top:0;left:0;width:100%;background-color:#f4f4f4;z-index:2000";
      notice.innerHTML = "Buka di jendela baru: <a href='#'>tautan</a>";
      document.body.appendChild(notice);
      const styled = getComputedStyle(notice).zIndex;
      const markup = document.createElement("div");
      markup.innerHTML = "<span style='color:red'>x</span>";
      document.body.appendChild(markup);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { seen, styled, markupColor: getComputedStyle(markup.firstElementChild as Element).color };
    });
    expect(violations.styled).toBe("2000");
    expect(violations.seen.filter((v) => v.startsWith("style-src"))).toHaveLength(1);
    expect(violations.markupColor).not.toBe("rgb(255, 0, 0)");
  });

  it("works where the browser blocks localStorage (choices then last the session only)", async () => {
    const { page, pageErrors } = await open(browser, `${server.origin}/taskpane.html`, async (p) => {
      await p.addInitScript(() => Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("blocked", "SecurityError"); } }));
    });
    await page.click("#tab-add"); // the NIK checker is on the Tambah tab
    await page.waitForSelector("#nik-input");
    await page.fill("#nik-input", "3171011203900001");
    await page.waitForSelector(".verdict");
    await page.click("#lang-en");
    expect(await page.textContent(".verdict")).toBe("Valid NIK");
    expect(pageErrors).toEqual([]);
  });

  it("shows hostile pasted text as text and runs none of it", async () => {
    const { page } = await open(browser, `${server.origin}/taskpane.html`);
    await page.click("#tab-add"); // the NIK checker is on the Tambah tab
    await page.waitForSelector("#nik-input");
    await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
    await page.fill("#nik-input", '<img src=x onerror="window.pwned=true">');
    await page.waitForSelector(".finding");
    expect(await page.getAttribute(".finding", "data-code")).toBe("NIK_NOT_DIGITS");
    expect(await page.locator("#nik-result img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  });

  it("shows a notice sent by a ribbon command", async () => {
    const { page } = await open(browser, `${server.origin}/taskpane.html`, async (p) => {
      await p.addInitScript(() => localStorage.setItem("ledger-bpjs.lang", "en"));
    });
    await page.click("#tab-add"); // the NIK checker is on the Tambah tab
    await page.waitForSelector("#nik-input");
    await page.evaluate(() => window.dispatchEvent(new CustomEvent("ledger-bpjs:notice", { detail: { id: "Segera hadir", en: "Coming soon" } })));
    expect(await page.textContent("#notice")).toBe("Coming soon");
  });
});
