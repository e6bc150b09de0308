import { readFileSync } from "node:fs";
import * as path from "node:path";

interface ManifestTools {
  DEV_ORIGIN: string;
  rewriteManifestUrls(xml: string, baseUrl: string): string;
  checkManifest(xml: string, options?: { production?: boolean }): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_ORIGIN, rewriteManifestUrls, checkManifest } = require("../scripts/manifest.js") as ManifestTools;

const MANIFEST = readFileSync(path.join(__dirname, "../manifest.xml"), "utf8");
const BASE = "https://addins.example.co.id/ledger-bpjs";

/** The manifest with `from` replaced by `to` exactly once (so a broken copy is broken on purpose). */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, "g")) ?? []).length;
  if (count !== 1) throw new Error(`test edit: expected one occurrence of ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("manifest.xml as committed", () => {
  it("passes every check", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  it("runs the task pane, the functions and the ribbon in one runtime on taskpane.html", () => {
    expect(MANIFEST).toContain('<Runtime resid="Taskpane.Url" lifetime="long" />');
    expect(MANIFEST).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />');
    expect(MANIFEST).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url" \/>\s*<\/Page>/);
    expect(MANIFEST).toContain('<FunctionFile resid="Taskpane.Url" />');
  });

  it("declares the BPJS namespace, functions.js and functions.json for the custom functions", () => {
    expect(MANIFEST).toContain('<bt:String id="Functions.Namespace" DefaultValue="BPJS" />');
    expect(MANIFEST).toContain('<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js" />');
    expect(MANIFEST).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json" />');
  });

  it("still points at localhost, which a production check reports", () => {
    const problems = checkManifest(MANIFEST, { production: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.includes("localhost"))).toBe(true);
  });
});

describe("rewriteManifestUrls", () => {
  it("moves every development URL to the base URL, drops its trailing slash, and leaves a valid production manifest", () => {
    const rewritten = rewriteManifestUrls(MANIFEST, `${BASE}/`);
    expect(rewritten).not.toMatch(/localhost/i);
    expect(occurrences(rewritten, BASE)).toBe(occurrences(MANIFEST, DEV_ORIGIN));
    expect(occurrences(MANIFEST, DEV_ORIGIN)).toBeGreaterThan(1); // more than the first one is moved
    expect(rewritten).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${BASE}/functions.js" />`);
    expect(rewritten).not.toContain("ledger-bpjs//");
    expect(checkManifest(rewritten, { production: true })).toEqual([]);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => rewriteManifestUrls(MANIFEST, "http://addins.example.co.id")).toThrow(/https/);
    expect(() => rewriteManifestUrls(MANIFEST, "addins.example.co.id")).toThrow(/not a URL/);
  });

  it("throws when localhost is left, whether from the base URL or from another origin in the manifest", () => {
    expect(() => rewriteManifestUrls(MANIFEST, "https://localhost:8443")).toThrow(/localhost/);
    const otherPort = edit(MANIFEST, '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html" />', '<SupportUrl DefaultValue="https://localhost:3001/help.html" />');
    expect(() => rewriteManifestUrls(otherPort, BASE)).toThrow(/localhost:3001/);
  });
});

describe("checkManifest catches a broken manifest", () => {
  it("a resid that no resource defines", () => {
    const broken = edit(MANIFEST, '<Label resid="MonthlyRecap.Label" />', '<Label resid="MonthlyRecap.Caption" />');
    expect(checkManifest(broken)).toEqual(['resid "MonthlyRecap.Caption" (on <Label>) is not defined in <Resources>']);
  });

  it("a resource defined twice", () => {
    const broken = edit(MANIFEST, '<bt:String id="Group.Label" DefaultValue="Ledger BPJS" />', '<bt:String id="Group.Label" DefaultValue="Ledger BPJS" />\n        <bt:String id="Group.Label" DefaultValue="Buku BPJS" />');
    expect(checkManifest(broken)).toEqual(['resid "Group.Label" is defined 2 times in <Resources>']);
  });

  it("top-level elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const broken = edit(edit(MANIFEST, permissions, ""), "  <Hosts>\n    <Host Name=", `${permissions}  <Hosts>\n    <Host Name=`);
    expect(checkManifest(broken)).toEqual(["<Hosts> must come before <Permissions> (schema order of OfficeApp's children)", "<Requirements> must come before <Permissions> (schema order of OfficeApp's children)", "<DefaultSettings> must come before <Permissions> (schema order of OfficeApp's children)"]);
  });

  it("unbalanced XML", () => {
    const problems = checkManifest(edit(MANIFEST, "    </Resources>\n", ""));
    expect(problems).toEqual([expect.stringMatching(/^XML is not well-formed: fatalError: .*mismatch: "Resources" != "VersionOverrides"/)]);
  });

  it("a missing closing tag at the end", () => {
    const problems = checkManifest(edit(MANIFEST, "</OfficeApp>", ""));
    expect(problems).toEqual([expect.stringMatching(/^XML is not well-formed: .*unclosed/)]);
  });

  it("localhost left in a production manifest, even in one URL", () => {
    const rewritten = rewriteManifestUrls(MANIFEST, BASE);
    const leftover = edit(rewritten, `<bt:Url id="Functions.Metadata.Url" DefaultValue="${BASE}/functions.json" />`, '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.json" />');
    const problems = checkManifest(leftover, { production: true });
    expect(problems).toEqual([expect.stringMatching(/^localhost in a production manifest, line \d+: <bt:Url id="Functions.Metadata.Url"/)]);
    expect(checkManifest(leftover)).toEqual([]); // a development check allows it
  });

  it("an Id that is not a GUID", () => {
    const broken = edit(MANIFEST, /<Id>[^<]*<\/Id>/, "<Id>ledger-bpjs</Id>");
    expect(checkManifest(broken)).toEqual(['<Id> "ledger-bpjs" is not a GUID']);
  });

  it("a required element left out", () => {
    const broken = edit(MANIFEST, /\s*<SupportUrl [^>]*\/>/, "");
    expect(checkManifest(broken)).toEqual(["<SupportUrl> is missing"]);
  });

  it("requirements without the shared runtime", () => {
    const broken = edit(MANIFEST, /\s*<Set Name="SharedRuntime" MinVersion="1.1" \/>/, "");
    expect(checkManifest(broken)).toEqual(["<Requirements> does not ask for the SharedRuntime set"]);
  });

  it("commands that would start a runtime of their own", () => {
    const broken = edit(MANIFEST, '<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />').replace(
      "      </bt:Urls>",
      '        <bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html" />\n      </bt:Urls>',
    );
    expect(checkManifest(broken)).toEqual(['<FunctionFile> uses "Commands.Url", not the runtime\'s "Taskpane.Url"']);
  });

  it("a plain-http URL", () => {
    const broken = edit(MANIFEST, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />', '<IconUrl DefaultValue="http://localhost:3000/assets/icon-32.png" />');
    expect(checkManifest(broken)).toEqual(['<IconUrl> DefaultValue="http://localhost:3000/assets/icon-32.png" is not https']);
  });

  it("a label longer than Office allows", () => {
    const broken = edit(MANIFEST, 'DefaultValue="Monthly recap"', `DefaultValue="${"Monthly recap ".repeat(10)}"`);
    expect(checkManifest(broken)).toEqual([expect.stringMatching(/^resource "MonthlyRecap.Label": .* 140 characters, more than 125$/)]);
  });
});
