// The "check a NIK" panel: what a typed NIK says, as the user types. Text only ever reaches the page
// through textContent: a pasted value is shown, never interpreted.
import { ageOn, formatDayId, today, type Day } from "../core/dates";
import type { Gender } from "../core/gender";
import { inspectNik, nikRegion } from "../core/ids/nik";
import { LABELS, message, type Lang } from "../core/messages";
import { el as make } from "./dom";
import { STRINGS } from "./strings";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  return make(tag, className ? { class: className } : {}, ...(text === undefined ? [] : [text]));
}

/**
 * Renders the verdict for `value` into `target`, replacing what was there; with the birth date and
 * gender typed beside it (the entry form), their mismatches too. Returns whether the NIK is valid.
 */
export function renderNikResult(target: HTMLElement, value: string, lang: Lang, beside: { birthDate?: Day | null; gender?: Gender | null } = {}): boolean {
  target.replaceChildren();
  if (value.trim() === "") return false;
  const refDate = today();
  const result = inspectNik(value, { refDate, birthDate: beside.birthDate ?? undefined, gender: beside.gender ?? undefined });
  const hasWarnings = result.findings.some((f) => f.severity !== "error");
  const verdictKey = !result.valid ? "invalid" : hasWarnings ? "validWithWarnings" : "valid";
  target.append(el("p", `verdict verdict-${result.valid ? (hasWarnings ? "warning" : "ok") : "error"}`, STRINGS[verdictKey][lang]));

  if (result.findings.length > 0) {
    const list = el("ul", "findings");
    for (const f of result.findings) {
      const item = el("li", `finding finding-${f.severity}`);
      item.dataset.code = f.code;
      item.append(el("span", "finding-code", f.code), el("span", "finding-message", message(f, lang)));
      list.append(item);
    }
    target.append(list);
  }

  if (result.birthDate === null) return result.valid;
  const region = nikRegion(result);
  const facts = el("dl", "facts");
  const fact = (key: keyof typeof STRINGS, text: string) => {
    facts.append(el("dt", undefined, STRINGS[key][lang]), el("dd", `fact-${key}`, text));
  };
  const unknown = STRINGS.unknown[lang];
  fact("province", region?.province ?? unknown);
  fact("regency", region?.regency ?? unknown);
  fact("district", region?.district ? region.district + (region.legacy ? ` (${STRINGS.legacyArea[lang]})` : "") : unknown);
  fact("birthDate", formatDayId(result.birthDate));
  fact("gender", result.gender === "P" ? LABELS.female[lang] : LABELS.male[lang]);
  fact("age", `${ageOn(result.birthDate, refDate)} ${STRINGS.years[lang]}`);
  target.append(facts);
  return result.valid;
}
