// The add-in's production build, run into a scratch folder: what dist/ must hold after `npm run build`,
// and what it must not lose (dist/node, built before webpack by `tsc -p tsconfig.node.json`).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Configuration, Stats } from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require("webpack") as (config: Configuration, callback: (error: Error | null, stats?: Stats) => void) => void;
const makeConfig = require("../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Configuration & { devServer?: Record<string, unknown> };
const { CSP, devCsp } = require("../scripts/csp.js") as { CSP: string; devCsp(origin: string): string };
const { checkManifest } = require("../scripts/manifest.js") as { checkManifest(xml: string, options?: { production?: boolean }): string[] };
/* eslint-enable @typescript-eslint/no-require-imports */

const BASE = "https://addins.example.co.id/ledger-bpjs";
jest.setTimeout(120_000);

function build(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error ? reject(error) : resolve(stats!)));
  });
}

describe("the Content-Security-Policy", () => {
  it("allows the add-in's own origin and Office.js's CDN, and nothing else", () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
    );
  });

  it("adds only the dev server's websocket for npm start", () => {
    expect(devCsp("https://localhost:3000")).toBe(CSP.replace("connect-src 'self'", "connect-src 'self' wss://localhost:3000"));
  });
});

describe("the dev server configuration", () => {
  it("serves https on localhost:3000 with CORS open, one reload client in the task pane entry", () => {
    const config = makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    const devServer = config.devServer!;
    expect(devServer).toMatchObject({ host: "localhost", port: 3000, headers: { "Access-Control-Allow-Origin": "*" }, client: false, hot: false });
    expect(["https", "object"]).toContain(typeof devServer.server === "string" ? devServer.server : typeof devServer.server);
    const entry = config.entry as Record<string, string | string[]>;
    expect(entry.taskpane[0]).toMatch(/webpack-dev-server[\\/]client[\\/]index\.js\?.*protocol=wss/);
    expect(entry.functions).toBe("./src/functions/functions.ts");
    expect(entry.commands).toBe("./src/commands/commands.ts");
  });
});

describe("webpack --mode production", () => {
  let out: string;
  let stats: Stats;
  const savedBaseUrl = process.env.ADDIN_BASE_URL;

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-dist-"));
    mkdirSync(path.join(out, "node/core"), { recursive: true });
    writeFileSync(path.join(out, "node/core/index.js"), "// from tsc -p tsconfig.node.json\n");
    writeFileSync(path.join(out, "stale-from-an-old-build.js"), "");
    process.env.ADDIN_BASE_URL = `${BASE}/`;
    const config = makeConfig({}, { mode: "production" });
    config.output = { ...config.output, path: out };
    stats = await build(config);
  });

  afterAll(() => {
    if (savedBaseUrl === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = savedBaseUrl;
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const read = (file: string): string => readFileSync(path.join(out, file), "utf8");

  it("builds without errors or warnings", () => {
    const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("keeps dist/node and removes what an old build left", () => {
    expect(read("node/core/index.js")).toBe("// from tsc -p tsconfig.node.json\n");
    expect(existsSync(path.join(out, "stale-from-an-old-build.js"))).toBe(false);
  });

  it("writes one page that carries the CSP and loads Office.js, the functions, the commands and the task pane", () => {
    const html = read("taskpane.html");
    expect(html).toContain(`content="${CSP}"`);
    const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=("?)([^" >]+)\1[^>]*>/g)].map((m) => m[2]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(html.match(/<script\b/g)).toHaveLength(scripts.length); // no inline script
    expect(existsSync(path.join(out, "taskpane.css"))).toBe(true);
  });

  it("writes functions.json from the functions' JSDoc", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(read("functions.js")).toContain("CustomFunctions.associate(");
  });

  it("writes a manifest whose every URL is on ADDIN_BASE_URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${BASE}/taskpane.html" />`);
    expect(checkManifest(manifest, { production: true })).toEqual([]);
  });

  it("copies the icons", () => {
    expect(readdirSync(path.join(out, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it("minifies, with source maps as separate files only", () => {
    for (const file of ["taskpane.js", "functions.js", "commands.js"]) {
      const code = read(file);
      // Minified: long lines. (Fluent's templates and styles are template literals that keep their own
      // line breaks, so a line count would not tell.)
      expect(code.length / code.split("\n").length).toBeGreaterThan(300);
      expect(code).not.toMatch(/\n {4,}(const|let|function|return) /);
      expect(code).not.toContain("sourceMappingURL=data:");
      expect(code).not.toMatch(/\beval\(/);
      expect(existsSync(path.join(out, `${file}.map`))).toBe(true);
    }
  });
});
