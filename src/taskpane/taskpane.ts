// The task pane: audit a ledger, check one NIK as you type, in Indonesian or English, and show notices
// sent by the ribbon commands.
import type { Lang } from "../core/messages";
import { preferredLang, rememberLang } from "../excel/language";
import { AuditPanel } from "./audit-panel";
import { renderNikResult } from "./nik-checker";
import { createWorkbookPort } from "./workbook-port";
import { byId, el } from "./dom";
import { STRINGS, type StringKey } from "./strings";

interface Notice {
  readonly id: string;
  readonly en: string;
}

let lang: Lang = "id";
let lastNotice: Notice | null = null;
let auditPanel: AuditPanel | null = null;

function translatable<K extends keyof HTMLElementTagNameMap>(tag: K, key: StringKey, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  return el(tag, { ...attrs, "data-text": key });
}

function build(app: HTMLElement, host: string | null): void {
  const header = el("header", { class: "header" });
  const languages = el("div", { class: "languages", role: "group" });
  languages.append(translatable("span", "language", { class: "languages-label" }));
  for (const code of ["id", "en"] as const) {
    const button = el("button", { type: "button", id: `lang-${code}`, "data-lang": code }, code.toUpperCase());
    button.addEventListener("click", () => setLang(code));
    languages.append(button);
  }
  header.append(translatable("h1", "title"), translatable("p", "tagline", { class: "tagline" }), languages);

  const notice = el("p", { id: "notice", class: "notice", role: "status", hidden: "" });

  const nik = el("section", { class: "card", "aria-labelledby": "nik-heading" });
  const input = el("input", { id: "nik-input", type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: "64" });
  input.addEventListener("input", () => renderNikResult(byId("nik-result"), input.value, lang));
  nik.append(
    translatable("h2", "nikHeading", { id: "nik-heading" }),
    translatable("label", "nikLabel", { for: "nik-input" }),
    input,
    translatable("p", "nikHint", { class: "hint" }),
    el("div", { id: "nik-result", "aria-live": "polite" }),
  );

  const functions = el("section", { class: "card" });
  functions.append(translatable("h2", "functionsHeading"), translatable("p", "functionsText", { class: "hint" }));

  auditPanel = new AuditPanel(createWorkbookPort(host), preferredLang());
  app.replaceChildren(header, notice, auditPanel.root, nik, functions, translatable("footer", "privacy", { class: "footer" }));
  void auditPanel.loadSources();
}

function applyLang(): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    node.textContent = STRINGS[node.dataset.text as StringKey][lang];
  }
  byId<HTMLInputElement>("nik-input").placeholder = STRINGS.nikPlaceholder[lang];
  for (const code of ["id", "en"] as const) byId(`lang-${code}`).setAttribute("aria-pressed", String(code === lang));
  renderNikResult(byId("nik-result"), byId<HTMLInputElement>("nik-input").value, lang);
  auditPanel?.setLang(lang);
  if (lastNotice) showNotice(lastNotice);
}

function setLang(next: Lang): void {
  lang = next;
  rememberLang(next);
  applyLang();
}

function showNotice(notice: Notice): void {
  lastNotice = notice;
  const node = byId("notice");
  node.textContent = notice[lang];
  node.hidden = false;
}

function start(host: string | null): void {
  build(byId("app"), host);
  lang = preferredLang();
  applyLang();
  // Ribbon commands run in this same runtime and talk to the pane through this event.
  window.addEventListener("ledger-bpjs:notice", (event) => {
    const detail = (event as CustomEvent<Notice>).detail;
    if (detail && typeof detail.id === "string" && typeof detail.en === "string") showNotice(detail);
  });
}

// Outside Office (a plain browser, the browser tests) Office.js still resolves onReady, with no host.
if (typeof Office !== "undefined") Office.onReady((info) => start(info.host ? String(info.host) : null));
else document.addEventListener("DOMContentLoaded", () => start(null));
