// Nothing leaks (SPEC §7): no telemetry or analytics package anywhere in the dependency tree, and the
// add-in's built JavaScript holds no telemetry endpoint. The lockfile is the whole tree, dev tools included.
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..");
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dependencies?: Record<string, string> }> };
const names = Object.keys(lock.packages).filter((p) => p !== "").map((p) => p.slice(p.lastIndexOf("node_modules/") + "node_modules/".length));

/** Packages whose job is to send usage data somewhere. */
const TELEMETRY = [/^applicationinsights$/, /^@microsoft\/applicationinsights-/, /^@azure\/monitor-/, /^@opentelemetry\//, /^@sentry\//, /^posthog/, /^mixpanel/, /^analytics-node$/, /^@segment\//, /^universal-analytics$/, /^newrelic$/, /^dd-trace$/, /^@datadog\//, /^bugsnag/, /^@bugsnag\//, /^rollbar$/, /^logrocket/, /^amplitude/, /^@amplitude\//, /^heap-api/, /^insight$/];

describe("the dependency tree", () => {
  it("has no telemetry or analytics package", () => {
    expect(names.filter((n) => TELEMETRY.some((re) => re.test(n)))).toEqual([]);
  });

  it("has only the no-op office-addin-usage-data that Microsoft's build tools require (it sends nothing)", () => {
    // custom-functions-metadata and office-addin-dev-certs (build time only) import it; its versions in the
    // tree are the ones whose usage-data methods are empty and which depend on nothing that could send.
    for (const [at, pkg] of Object.entries(lock.packages).filter(([p]) => p.endsWith("node_modules/office-addin-usage-data"))) {
      expect([at, Object.keys(pkg.dependencies ?? {})]).toEqual([at, ["commander"]]);
      const code = fs.readFileSync(path.join(ROOT, at, "lib/usageData.js"), "utf8");
      expect(code).toMatch(/sendUsageDataEvent\(_data\) \{ \}/);
    }
  });
});

describe("the built add-in", () => {
  it("holds no telemetry endpoint or network call in its JavaScript", () => {
    const dist = path.join(ROOT, "dist");
    const files = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(files).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "commands.js", "audit-worker.js"]));
    for (const file of files) {
      const code = fs.readFileSync(path.join(dist, file), "utf8");
      expect([file, /applicationinsights|in\.applicationinsights\.azure\.com|sentry\.io|google-analytics|googletagmanager/i.test(code)]).toEqual([file, false]);
      expect([file, /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource/.test(code)]).toEqual([file, false]);
    }
  });
});
