// Runs the built task pane in headless Chromium (Debian's package, driven by playwright-core):
// dist/ served from localhost, Office.js served from the @microsoft/office-js package in place of
// Microsoft's CDN, and every other request outside localhost blocked and recorded.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.join(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** Microsoft's Excel JavaScript client, the script office.js loads inside Excel. */
const EXCEL_CLIENT = path.join(OFFICE_DIST, "excel-win32-16.01.debug.js");

/** Browser tests run wherever Chromium is installed, and always in CI (where its absence is a failure). */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === "true";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? "application/octet-stream";
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on a free localhost port. */
export async function serve(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.join(dir, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": contentType(file) }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface OpenedPage {
  readonly page: Page;
  /** Requests that left localhost (other than Office.js itself), in order. */
  readonly outside: string[];
  /** Console errors and CSP violations the page reported. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions of the page's scripts. */
  readonly pageErrors: string[];
}

/**
 * Opens `url` with Office.js served locally (or, with `officeScript`, Microsoft's Excel client and that
 * file after it: the host model that answers the client) and every other outside request blocked and recorded.
 */
export async function open(browser: Browser, url: string, init?: (page: Page) => Promise<void>, officeScript?: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.route("**/*", async (route) => {
    const requested = route.request().url();
    if (requested.startsWith(OFFICE_CDN) && officeScript) {
      // Microsoft's Excel client, then the host model that answers it (test/excel-double/browser-office.ts).
      const body = `${readFileSync(EXCEL_CLIENT, "utf8")}\n;\n${readFileSync(officeScript, "utf8")}`;
      await route.fulfill({ status: 200, contentType: "text/javascript", body });
      return;
    }
    if (requested.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, requested.slice(OFFICE_CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) {
        await route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
        return;
      }
    }
    const host = new URL(requested).hostname;
    if (host === "localhost" || host === "127.0.0.1") {
      await route.continue();
      return;
    }
    // Office.js's own telemetry iframe and anything else: blocked, and recorded for the leak test.
    outside.push(requested);
    await route.abort();
  });
  if (init) await init(page);
  await page.goto(url);
  return { page, outside, consoleErrors, pageErrors };
}

/**
 * Bundles the Excel test double (test/excel-double/browser-office.ts) for the browser into `dir`, with
 * the same webpack and ts-loader as the add-in; returns the script's path.
 */
export async function bundleExcelDouble(dir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(ROOT, "test/excel-double/browser-office.ts"),
    output: { path: dir, filename: "office-double.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.test.json"), compilerOptions: { module: "ES2020", moduleResolution: "bundler", noEmit: false } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => {});
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
  return path.join(dir, "office-double.js");
}
