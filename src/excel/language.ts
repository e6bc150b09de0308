// The user's language: their choice in the task pane when they made one, else Office's display
// language (Indonesian for id-*, English otherwise). Stored in localStorage, which the task pane and
// the custom functions share in the add-in's shared runtime (module state is not shared: each is its
// own bundle).
import type { Lang } from "../core/messages";

const STORAGE_KEY = "ledger-bpjs.lang";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage can be blocked by browser privacy settings
  }
}

function officeDisplayLanguage(): string | null {
  try {
    return typeof Office === "undefined" ? null : (Office.context?.displayLanguage ?? null);
  } catch {
    return null;
  }
}

export function preferredLang(): Lang {
  const stored = storedSetting(STORAGE_KEY);
  if (stored === "id" || stored === "en") return stored;
  const display = officeDisplayLanguage();
  if (display === null) return "id";
  return /^id/i.test(display) ? "id" : "en";
}

export function rememberLang(lang: Lang): void {
  storeSetting(STORAGE_KEY, lang);
}

/** A setting the user chose earlier ("" when none, or when the browser blocks storage). */
export function storedSetting(key: string): string {
  try {
    return storage()?.getItem(key) ?? "";
  } catch {
    return "";
  }
}

/** Keeps a setting for next time; where storage is blocked or full, the choice lasts this session only. */
export function storeSetting(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // quota exceeded or blocked: nothing to keep it in
  }
}
