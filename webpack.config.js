// Builds the add-in into dist/: one page, taskpane.html, that loads the task pane, the custom
// functions and the ribbon commands (they share one runtime, see manifest.xml), plus functions.json,
// the icons and the manifest. `npm start` serves it on https://localhost:3000, with the demo page
// beside it; `npm run build` (webpack --mode production) writes the production build the tests use,
// its manifest pointing at ADDIN_BASE_URL when that is set and at a placeholder otherwise; `npm run
// build:deploy` (--env deploy) is the same build for deployment and fails without ADDIN_BASE_URL.
//
// The demo ("try it without Excel", src/demo): demo.html runs the same task pane bundle against a
// sample workbook held in the page, with Microsoft's Excel client answered in memory. `npm start`
// serves it at /demo.html; `npm run build:demo` (--env demo) writes it alone, as static files, to
// dist-demo/. It is never part of dist/: the add-in that is deployed holds no demo.
//
// dist/node (the engine and the CLI, from `tsc -p tsconfig.node.json`) is built before webpack runs
// and is not webpack's: output.clean keeps it.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { WebpackError } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { CSP, devCsp, withoutOfficeCdn } = require("./scripts/csp");
const { DEV_ORIGIN, checkManifest, rewriteManifestUrls } = require("./scripts/manifest");

const DEV_PORT = 3000;
const PLACEHOLDER_BASE_URL = "https://ledger-bpjs.invalid";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
/** Microsoft's Excel client, which the demo page loads where the add-in loads office.js. */
const EXCEL_CLIENT = "node_modules/@microsoft/office-js/dist/excel-win32-16.01.js";
const DEMO_EXCEL_CLIENT = "office-js/excel-win32-16.01.js";
const DEMO_SOURCES = [path.resolve(__dirname, "src/demo"), path.resolve(__dirname, "test/excel-double")];
/** What webpack may delete in dist/ before writing: everything but the other builds' folders. */
const KEEP_IN_DIST = /^node(\/|$)/;

/**
 * webpack-dev-server's browser client, for the task pane entry only: left to itself the server adds
 * one client per entry, and this page loads three entries. It reloads the page after each rebuild
 * (no hot module replacement: nothing here accepts hot updates).
 */
function devClientEntry() {
  const query = new URLSearchParams({
    protocol: "wss",
    hostname: "localhost",
    port: String(DEV_PORT),
    pathname: "/ws",
    logging: "warn",
    overlay: JSON.stringify({ errors: true, warnings: false }),
    hot: "false",
    "live-reload": "true",
  });
  return `${require.resolve("webpack-dev-server/client/index.js")}?${query}`;
}

/** The https options of the dev server: office-addin-dev-certs' files when installed, else its own. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.values(files).map((file) => path.join(dir, file));
  // getHttpsServerOptions() would try to trust the CA and throws where it cannot: read the files.
  if (!paths.every((file) => fs.existsSync(file))) return "https";
  const options = {};
  for (const [name, file] of Object.entries(files)) options[name] = fs.readFileSync(path.join(dir, file));
  return { type: "https", options };
}

/** The base URL a production manifest points at, and whether it is only the placeholder. */
function productionBaseUrl() {
  const given = (process.env.ADDIN_BASE_URL ?? "").trim();
  if (given) return { url: given.replace(/\/+$/, ""), placeholder: false };
  return { url: PLACEHOLDER_BASE_URL, placeholder: true };
}

/** dist/manifest.xml: checked as it is for `npm start`, moved to the base URL and checked for a build. */
function manifestTransform(production) {
  return (content) => {
    let xml = content.toString("utf8");
    if (production) xml = rewriteManifestUrls(xml, productionBaseUrl().url);
    const problems = checkManifest(xml, { production });
    if (problems.length > 0) throw new Error(`manifest.xml:\n  - ${problems.join("\n  - ")}`);
    return Buffer.from(xml, "utf8");
  };
}

/**
 * Fails the build when an output is missing after emit. custom-functions-metadata can report its
 * errors without failing (its CLI exits 0), and Excel refuses a functions.json it cannot read.
 */
class RequireOutputsPlugin {
  constructor(checks) {
    this.checks = checks;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tapAsync("RequireOutputsPlugin", (compilation, callback) => {
      const outputFs = compiler.outputFileSystem;
      const outputPath = compilation.outputOptions.path;
      let pending = this.checks.length;
      const done = () => {
        if (--pending === 0) callback();
      };
      for (const [file, check] of this.checks) {
        outputFs.readFile(path.join(outputPath, file), (error, data) => {
          let problem = error ? `${file} was not written (${error.code ?? error.message})` : null;
          if (!problem && check) problem = check(data.toString("utf8"));
          if (problem) compilation.errors.push(new WebpackError(`RequireOutputsPlugin: ${problem}`));
          done();
        });
      }
    });
  }
}

function checkFunctionsMetadata(text) {
  try {
    const metadata = JSON.parse(text);
    if (!Array.isArray(metadata.functions) || metadata.functions.length === 0) return `${FUNCTIONS_METADATA} lists no functions`;
    return null;
  } catch (error) {
    return `${FUNCTIONS_METADATA} is not JSON: ${error.message}`;
  }
}

/**
 * Stops `npm run build:deploy` before it builds anything when ADDIN_BASE_URL is not set: a manifest
 * pointing at the placeholder cannot be deployed. (The test build, `npm run build`, uses the
 * placeholder and says nothing: it is never deployed.)
 */
class RequireBaseUrlPlugin {
  apply(compiler) {
    const check = (_compiler, callback) => {
      if (!productionBaseUrl().placeholder) return callback();
      const message =
        `ADDIN_BASE_URL is not set, so dist/manifest.xml would point at the placeholder ${PLACEHOLDER_BASE_URL} and could not be deployed. ` +
        "Set it to the https address dist/ will be served from, e.g. ADDIN_BASE_URL=https://addins.example.co.id/ledger-bpjs npm run build:deploy";
      // The message is the whole story: no stack trace under it.
      callback(Object.assign(new Error(message), { stack: `Error: ${message}` }));
    };
    compiler.hooks.run.tapAsync("RequireBaseUrlPlugin", check);
    compiler.hooks.watchRun.tapAsync("RequireBaseUrlPlugin", check);
  }
}

/**
 * `npm start`: says where the demo and the add-in are, after the first build's output (webpack-dev-
 * server's own "Project is running at" scrolls away above it).
 */
class ServedAddressesPlugin {
  apply(compiler) {
    let said = false;
    compiler.hooks.done.tap("ServedAddressesPlugin", (stats) => {
      if (said || stats.hasErrors()) return;
      said = true;
      const lines = [
        "",
        "Ledger BPJS is served on this machine:",
        `  Demo, in any browser, without Excel:      ${DEV_ORIGIN}/demo.html`,
        `  Add-in for Excel (sideload manifest.xml): ${DEV_ORIGIN}/taskpane.html`,
        "The certificate is a development one; if the browser warns, see README.md, Sideload into Excel.",
        "",
      ];
      // After webpack-cli has printed the build's output.
      setTimeout(() => console.log(lines.join("\n")), 0);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  // --env demo: the demo page alone, into dist-demo/ (npm run build:demo).
  const demoOnly = Boolean(env.demo);
  // --env deploy: the production build meant for a server (npm run build:deploy).
  const deploy = Boolean(env.deploy) && !demoOnly;
  const withAddin = !demoOnly;
  const withDemo = serving || demoOnly;
  const csp = production ? CSP : devCsp(DEV_ORIGIN);

  const addinPages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // The functions first, so Excel finds them associated as early as possible.
      chunks: ["functions", "commands", "taskpane"],
      chunksSortMode: "manual",
      csp,
    }),
  ];
  const demoPages = [
    new HtmlWebpackPlugin({
      filename: "demo.html",
      template: "./src/demo/demo.html",
      // The host first: the task pane finds Office ready and Excel answering, as in Excel.
      chunks: ["demo-host", "functions", "commands", "taskpane"],
      chunksSortMode: "manual",
      excelClient: DEMO_EXCEL_CLIENT,
      // The add-in's policy, less Microsoft's CDN: every script of the demo comes from its own origin.
      csp: withoutOfficeCdn(csp),
    }),
  ];

  return {
    mode: production ? "production" : "development",
    // Separate .map files: eval-based maps would need 'unsafe-eval', which the CSP forbids.
    devtool: "source-map",
    entry: {
      taskpane: serving ? [devClientEntry(), "./src/taskpane/taskpane.ts"] : "./src/taskpane/taskpane.ts",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
      // The task pane's audit runs in this worker (src/taskpane/audit-runner.ts loads it by name).
      "audit-worker": "./src/taskpane/audit-worker.ts",
      ...(withDemo ? { "demo-host": "./src/demo/demo-host.ts" } : {}),
    },
    output: demoOnly
      ? { path: path.resolve(__dirname, "dist-demo"), filename: "[name].js", clean: true }
      : {
          path: path.resolve(__dirname, "dist"),
          // Fixed names: the manifest points at functions.js and Office caches by URL anyway.
          filename: "[name].js",
          clean: { keep: KEEP_IN_DIST },
        },
    resolve: {
      extensions: [".ts", ".js"],
      extensionAlias: { ".js": [".ts", ".js"] },
      // csv-parse's own build for browsers (its Node build needs Node's Buffer).
      alias: { "csv-parse/sync$": "csv-parse/browser/esm/sync" },
    },
    module: {
      rules: [
        {
          // The demo's host imports the tests' host model (test/excel-double), outside tsconfig.json's
          // rootDir: it is compiled as the browser tests compile it (test/browser/harness.ts).
          test: /\.ts$/,
          include: DEMO_SOURCES,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.test.json"), transpileOnly: true, compilerOptions: { module: "ES2020", moduleResolution: "bundler", noEmit: false } },
          },
        },
        {
          test: /\.ts$/,
          exclude: [/node_modules/, ...DEMO_SOURCES],
          use: {
            loader: "ts-loader",
            // Type errors are `npm run typecheck`'s job; the build only transpiles.
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: FUNCTIONS_METADATA, input: FUNCTIONS_SOURCE }),
      ...(withAddin ? addinPages : []),
      ...(withDemo ? demoPages : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          ...(withAddin ? [{ from: "manifest.xml", to: "manifest.xml", transform: manifestTransform(production) }] : []),
          ...(withDemo
            ? [
                { from: "src/demo/demo.css", to: "demo.css" },
                // Copied as it is (its licence allows distributing it unmodified with an add-in).
                // Marked minimized, so that the build does not rewrite it.
                { from: EXCEL_CLIENT, to: DEMO_EXCEL_CLIENT, info: { minimized: true } },
                { from: "node_modules/@microsoft/office-js/LICENSE.md", to: "office-js/LICENSE.md" },
              ]
            : []),
        ],
      }),
      new RequireOutputsPlugin([
        [FUNCTIONS_METADATA, checkFunctionsMetadata],
        ["audit-worker.js", null],
        ...(withAddin ? [["taskpane.html", null], ["manifest.xml", null]] : []),
        ...(withDemo ? [["demo.html", null], [DEMO_EXCEL_CLIENT, null]] : []),
      ]),
      ...(deploy ? [new RequireBaseUrlPlugin()] : []),
      ...(serving ? [new ServedAddressesPlugin()] : []),
    ],
    performance: { hints: false },
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: serving ? devServerHttps() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything served comes from the build (copied assets included); there is no public/ folder.
      static: false,
      // The client is added to the task pane entry above, not to every entry.
      client: false,
      webSocketServer: "ws",
      hot: false,
      liveReload: true,
    },
  };
};
