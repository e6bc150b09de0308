// The task pane: one sticky bar with the ledger, the Audit button and its answer, and a tab per job
// (Periksa · Ganda · Nonaktif · Rekap · Tambah · Perbaikan), in Indonesian or English, in Office's
// light or dark theme; notices sent by the ribbon commands show above it.
import type { Lang } from "../core/messages";
import { preferredLang, rememberLang } from "../excel/language";
import { AuditPanel } from "./audit-panel";
import { applyOfficeTheme, registerFluent } from "./fluent";
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
  const languages = el("div", { class: "languages", role: "group", "aria-labelledby": "languages-label" });
  languages.append(translatable("span", "language", { class: "languages-label", id: "languages-label" }));
  for (const code of ["id", "en"] as const) {
    const button = el("fluent-button", { id: `lang-${code}`, "data-lang": code, appearance: "stealth", "aria-label": code === "id" ? "Bahasa Indonesia" : "English" }, code.toUpperCase());
    button.addEventListener("click", () => setLang(code));
    languages.append(button);
  }
  header.append(el("div", { class: "title-row" }, translatable("h1", "title"), languages), translatable("p", "tagline", { class: "tagline" }));

  const notice = el("p", { id: "notice", class: "message-bar", "data-intent": "info", role: "status", hidden: "" });

  auditPanel = new AuditPanel(createWorkbookPort(host), preferredLang());
  app.replaceChildren(header, notice, auditPanel.root, translatable("footer", "privacy", { class: "footer" }));
  void auditPanel.loadSources();
}

function applyLang(): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    node.textContent = STRINGS[node.dataset.text as StringKey][lang];
  }
  for (const code of ["id", "en"] as const) {
    const button = byId(`lang-${code}`);
    button.setAttribute("aria-pressed", String(code === lang));
    button.setAttribute("appearance", code === lang ? "accent" : "stealth");
  }
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
  registerFluent();
  applyOfficeTheme(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined);
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
