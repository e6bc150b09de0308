// The add-in manifest, checked offline. `office-addin-manifest validate` needs the network, so the
// build and the tests use these checks instead: well-formed XML, the elements Office needs, the
// schema's element order, every `resid` defined exactly once, and (for a deployable manifest) no
// localhost left. Used by webpack.config.js and test/manifest.test.ts.
"use strict";

const { DOMParser } = require("@xmldom/xmldom");

/** The origin every URL of the development manifest starts with. */
const DEV_ORIGIN = "https://localhost:3000";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BASIC_TYPES_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

// OfficeApp's children in the order of the schema (OfficeAppManifestV1_1.xsd: the OfficeApp base
// sequence, then TaskPaneApp's extension). Elements the schema allows but we do not use are listed
// so that adding one later only needs it in the right place.
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
  "Signature",
];

const REQUIRED_CHILDREN = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const REQUIRED_SETS = ["SharedRuntime", "CustomFunctionsRuntime"];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
// Maximum lengths of the schema's ShortString and LongString types.
const SHORT_MAX = 125;
const LONG_MAX = 250;

/**
 * The manifest with every development URL moved to `baseUrl` (a trailing slash is dropped). Throws
 * when `baseUrl` is not an https URL or when any `localhost` is left afterwards.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = String(baseUrl ?? "").trim().replace(/\/+$/, "");
  let parsed;
  try {
    parsed = new URL(base);
  } catch {
    throw new Error(`manifest: base URL "${baseUrl}" is not a URL`);
  }
  // Office loads add-in pages over HTTPS only.
  if (parsed.protocol !== "https:") throw new Error(`manifest: base URL "${baseUrl}" must start with https://`);
  if (/["<>]/.test(base)) throw new Error(`manifest: base URL "${baseUrl}" has characters not allowed in a URL`);
  // Every occurrence, not just the first (the generator's own build replaces only the first one).
  const rewritten = xml.split(DEV_ORIGIN).join(base.replace(/&/g, "&amp;"));
  const left = leftoverLocalhost(rewritten);
  if (left.length > 0) throw new Error(`manifest: localhost is still in the manifest after rewriting: ${left.join("; ")}`);
  return rewritten;
}

/** Each line that still mentions localhost, with its line number. */
function leftoverLocalhost(xml) {
  const found = [];
  xml.split(/\r?\n/).forEach((line, index) => {
    if (/localhost/i.test(line)) found.push(`line ${index + 1}: ${line.trim()}`);
  });
  return found;
}

function childElements(node) {
  const children = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) children.push(child);
  }
  return children;
}

function descendants(node, predicate, found = []) {
  for (const child of childElements(node)) {
    if (predicate(child)) found.push(child);
    descendants(child, predicate, found);
  }
  return found;
}

function byLocalName(node, name) {
  return descendants(node, (el) => el.localName === name);
}

function parse(xml, problems) {
  const messages = [];
  let doc = null;
  try {
    doc = new DOMParser({ onError: (level, message) => messages.push(`${level}: ${message}`) }).parseFromString(xml, "text/xml");
  } catch (error) {
    // A fatal error was reported to onError before being thrown; record it only if it was not.
    const text = `fatalError: ${error && error.message}`;
    if (!messages.some((m) => m.startsWith("fatalError"))) messages.push(text);
  }
  for (const message of messages) problems.push(`XML is not well-formed: ${message}`);
  return messages.length === 0 ? doc : null;
}

function checkOrder(children, problems) {
  let last = -1;
  let lastName = "";
  for (const el of children) {
    const index = OFFICE_APP_ORDER.indexOf(el.localName);
    if (index === -1) {
      problems.push(`<${el.localName}> is not an element OfficeApp allows`);
      continue;
    }
    if (index < last) problems.push(`<${el.localName}> must come before <${lastName}> (schema order of OfficeApp's children)`);
    else {
      last = index;
      lastName = el.localName;
    }
  }
}

function checkRequired(root, children, problems) {
  const present = new Map();
  for (const el of children) present.set(el.localName, (present.get(el.localName) ?? 0) + 1);
  for (const name of REQUIRED_CHILDREN) {
    if (!present.has(name)) problems.push(`<${name}> is missing`);
  }
  for (const [name, count] of present) {
    if (count > 1) problems.push(`<${name}> appears ${count} times`);
  }
  const first = (name) => children.find((el) => el.localName === name);

  const id = first("Id");
  if (id && !GUID.test(id.textContent.trim())) problems.push(`<Id> "${id.textContent.trim()}" is not a GUID`);
  const version = first("Version");
  if (version && !VERSION.test(version.textContent.trim())) problems.push(`<Version> "${version.textContent.trim()}" is not n[.n[.n[.n]]]`);
  for (const name of ["ProviderName", "DefaultLocale", "Permissions"]) {
    const el = first(name);
    if (el && el.textContent.trim() === "") problems.push(`<${name}> is empty`);
  }
  const permissions = first("Permissions");
  if (permissions && permissions.textContent.trim() !== "" && !PERMISSIONS.includes(permissions.textContent.trim())) {
    problems.push(`<Permissions> "${permissions.textContent.trim()}" is not one of ${PERMISSIONS.join(", ")}`);
  }
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = first(name);
    if (el && !el.getAttribute("DefaultValue")) problems.push(`<${name}> has no DefaultValue`);
  }
  const displayName = first("DisplayName");
  if (displayName) checkLength("DisplayName", displayName, SHORT_MAX, problems);
  const description = first("Description");
  if (description) checkLength("Description", description, LONG_MAX, problems);

  const hosts = first("Hosts");
  if (hosts && !childElements(hosts).some((h) => h.localName === "Host" && h.getAttribute("Name") === "Workbook")) {
    problems.push('<Hosts> has no <Host Name="Workbook"/> (Excel)');
  }
  const requirements = first("Requirements");
  if (requirements) {
    const sets = byLocalName(requirements, "Set").map((s) => s.getAttribute("Name"));
    for (const name of REQUIRED_SETS) {
      if (!sets.includes(name)) problems.push(`<Requirements> does not ask for the ${name} set`);
    }
  }
  const settings = first("DefaultSettings");
  if (settings) {
    const source = childElements(settings).find((el) => el.localName === "SourceLocation");
    if (!source || !source.getAttribute("DefaultValue")) problems.push("<DefaultSettings> has no <SourceLocation DefaultValue=…/>");
  }
  const overrides = first("VersionOverrides");
  if (overrides && overrides.getAttribute("xsi:type") !== "VersionOverridesV1_0") {
    problems.push('<VersionOverrides> must be xsi:type="VersionOverridesV1_0" in a task pane add-in');
  }
  return overrides;
}

/** The DefaultValue and each Override Value of a locale-aware setting or resource string. */
function checkLength(label, el, max, problems) {
  const values = [el.getAttribute("DefaultValue"), ...childElements(el).filter((c) => c.localName === "Override").map((c) => c.getAttribute("Value"))];
  for (const value of values) {
    if (value && value.length > max) problems.push(`${label}: "${value.slice(0, 40)}…" is ${value.length} characters, more than ${max}`);
  }
}

function checkResources(root, overrides, problems) {
  const definitions = new Map();
  const resources = overrides ? byLocalName(overrides, "Resources")[0] : undefined;
  if (overrides && !resources) problems.push("<VersionOverrides> has no <Resources>");
  if (resources) {
    for (const el of descendants(resources, (e) => e.namespaceURI === BASIC_TYPES_NS && e.hasAttribute("id"))) {
      const id = el.getAttribute("id");
      definitions.set(id, (definitions.get(id) ?? 0) + 1);
      if (!el.getAttribute("DefaultValue")) problems.push(`resource "${id}" has no DefaultValue`);
    }
    for (const [group, max] of [["ShortStrings", SHORT_MAX], ["LongStrings", LONG_MAX]]) {
      for (const list of byLocalName(resources, group)) {
        for (const el of childElements(list)) checkLength(`resource "${el.getAttribute("id")}"`, el, max, problems);
      }
    }
  }
  const used = new Set();
  for (const el of descendants(root, (e) => e.hasAttribute("resid"))) {
    const resid = el.getAttribute("resid");
    if (used.has(resid)) continue;
    used.add(resid);
    const count = definitions.get(resid) ?? 0;
    if (count === 0) problems.push(`resid "${resid}" (on <${el.localName}>) is not defined in <Resources>`);
    else if (count > 1) problems.push(`resid "${resid}" is defined ${count} times in <Resources>`);
  }
}

// The shared runtime only starts when the runtime, the custom functions' page and the commands'
// function file are one and the same page.
function checkSharedRuntime(overrides, problems) {
  if (!overrides) return;
  const runtimes = byLocalName(overrides, "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`expected exactly one <Runtime> in <VersionOverrides>, found ${runtimes.length}`);
    return;
  }
  const runtime = runtimes[0];
  const page = runtime.getAttribute("resid");
  if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime> must have lifetime="long" for a shared runtime');
  const pageSource = byLocalName(overrides, "Page").flatMap((p) => childElements(p)).find((el) => el.localName === "SourceLocation");
  if (!pageSource) problems.push("the custom functions have no <Page><SourceLocation/></Page>");
  else if (pageSource.getAttribute("resid") !== page) problems.push(`the custom functions' <Page> uses "${pageSource.getAttribute("resid")}", not the runtime's "${page}"`);
  for (const file of byLocalName(overrides, "FunctionFile")) {
    if (file.getAttribute("resid") !== page) problems.push(`<FunctionFile> uses "${file.getAttribute("resid")}", not the runtime's "${page}"`);
  }
  if (!byLocalName(overrides, "Namespace").length) problems.push("the custom functions have no <Namespace>");
  if (!byLocalName(overrides, "Metadata").length) problems.push("the custom functions have no <Metadata>");
}

// Office loads nothing over plain http.
function checkHttps(root, problems) {
  for (const el of descendants(root, () => true)) {
    for (const name of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(name);
      if (value && /^http:/i.test(value)) problems.push(`<${el.localName}> ${name}="${value}" is not https`);
    }
  }
}

/**
 * Problems found in a manifest, as sentences; an empty list means it passed.
 * @param {string} xml
 * @param {{ production?: boolean }} [options] production: also report any localhost left.
 * @returns {string[]}
 */
function checkManifest(xml, options = {}) {
  const problems = [];
  const production = Boolean(options.production);
  if (production) {
    // Checked on the raw text first: a manifest that does not parse still must not ship localhost.
    for (const line of leftoverLocalhost(xml)) problems.push(`localhost in a production manifest, ${line}`);
  }
  const doc = parse(xml, problems);
  if (!doc) return problems;
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    problems.push(`the root element must be <OfficeApp xmlns="${OFFICE_APP_NS}">`);
    return problems;
  }
  if (root.getAttribute("xsi:type") !== "TaskPaneApp") problems.push('<OfficeApp> must be xsi:type="TaskPaneApp"');
  const children = childElements(root);
  checkOrder(children, problems);
  const overrides = checkRequired(root, children, problems);
  checkResources(root, overrides, problems);
  checkSharedRuntime(overrides, problems);
  checkHttps(root, problems);
  return problems;
}

module.exports = { DEV_ORIGIN, rewriteManifestUrls, checkManifest };
