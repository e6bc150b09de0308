// Which build holds the demo, and which build may be deployed. The demo page is served by `npm start`
// and built alone by `npm run build:demo` into dist-demo/; dist/ never holds it. The test build
// (`npm run build`, run by `npm test`) uses the placeholder base URL without a word; only
// `npm run build:deploy` insists on ADDIN_BASE_URL, and fails before building without it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Configuration, Stats } from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require("webpack") as (config: Configuration, callback: (error: Error | null, stats?: Stats) => void) => void;
const makeConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Configuration;
const pkg = require("../../package.json") as { scripts: Record<string, string> };
/* eslint-enable @typescript-eslint/no-require-imports */

jest.setTimeout(300_000);
const ROOT = path.join(__dirname, "../..");

function pages(config: Configuration): string[] {
  return (config.plugins ?? []).flatMap((p) => {
    const options = (p as { userOptions?: { filename?: string } }).userOptions;
    return p?.constructor.name === "HtmlWebpackPlugin" && options?.filename ? [options.filename] : [];
  });
}

function run(config: Configuration): Promise<{ error: Error | null; stats?: Stats }> {
  return new Promise((resolve) => webpack(config, (error, stats) => resolve({ error, stats })));
}

const savedBaseUrl = process.env.ADDIN_BASE_URL;
beforeEach(() => delete process.env.ADDIN_BASE_URL);
afterAll(() => {
  if (savedBaseUrl === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = savedBaseUrl;
});

describe("where the demo is built", () => {
  it("npm start serves the add-in's page and the demo page", () => {
    const config = makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(pages(config)).toEqual(["taskpane.html", "demo.html"]);
    expect(Object.keys(config.entry as object)).toContain("demo-host");
  });

  it("the production build (dist/) holds no demo", () => {
    const config = makeConfig({}, { mode: "production" });
    expect(pages(config)).toEqual(["taskpane.html"]);
    expect(Object.keys(config.entry as object)).not.toContain("demo-host");
    expect(config.output?.path).toBe(path.join(ROOT, "dist"));
  });

  it("npm run build:demo writes the demo alone to dist-demo/: no manifest, no page that loads Office.js from the CDN", () => {
    expect(pkg.scripts["build:demo"]).toMatch(/webpack --mode production --env demo$/);
    const config = makeConfig({ demo: true }, { mode: "production" });
    expect(pages(config)).toEqual(["demo.html"]);
    expect(config.output?.path).toBe(path.join(ROOT, "dist-demo"));
    const copied = (config.plugins ?? []).flatMap((p) => (p as { patterns?: { from: string }[] }).patterns ?? []).map((pattern) => pattern.from);
    expect(copied).toContain("node_modules/@microsoft/office-js/dist/excel-win32-16.01.js");
    expect(copied).not.toContain("manifest.xml");
  });
});

describe("the base URL of a deployable manifest", () => {
  it("npm run build:deploy fails before building when ADDIN_BASE_URL is not set, saying what to set", async () => {
    expect(pkg.scripts["build:deploy"]).toMatch(/webpack --mode production --env deploy$/);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-deploy-")), "dist");
    const config = makeConfig({ deploy: true }, { mode: "production" });
    config.output = { ...config.output, path: out };
    const { error } = await run(config);
    expect(error?.message).toMatch(/^ADDIN_BASE_URL is not set, so dist\/manifest\.xml would point at the placeholder https:\/\/ledger-bpjs\.invalid and could not be deployed\. Set it .* npm run build:deploy$/);
    expect(existsSync(out)).toBe(false);
    rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it("the test build (npm run build) uses the placeholder without a warning", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-testbuild-"));
    const config = makeConfig({}, { mode: "production" });
    config.output = { ...config.output, path: out };
    const { error, stats } = await run(config);
    expect(error).toBeNull();
    const { errors, warnings } = stats!.toJson({ all: false, errors: true, warnings: true });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(readFileSync(path.join(out, "manifest.xml"), "utf8")).toContain('DefaultValue="https://ledger-bpjs.invalid/taskpane.html"');
    rmSync(out, { recursive: true, force: true });
  });
});
