// The safe-fixes card: what would change, previewed cell by cell before anything is written, with
// Apply and Undo. The rules of what is safe live in src/core/ledger/fixes.ts.
import { formatDayId, dayOfExcelSerial } from "../core/dates";
import type { CellFix, FixKind } from "../core/ledger/fixes";
import { cellText } from "../core/ledger/cells";
import { ROLE_LABELS, type Lang } from "../core/messages";
import { el } from "./dom";
import { FIX_KIND_WORDS } from "../core/words";
import { STRINGS } from "./strings";

const SHOWN = 12;

export interface FixesHandlers {
  apply(): void;
  undo(): void;
}

function shown(fix: CellFix, value: unknown): string {
  if (fix.kind === "dateText" && value === fix.after && typeof value === "number") {
    const day = dayOfExcelSerial(value);
    return day === null ? String(value) : formatDayId(day);
  }
  return `"${cellText(value)}"`;
}

export function renderFixes(fixes: readonly CellFix[], lang: Lang, handlers: FixesHandlers): HTMLElement {
  const t = (key: keyof typeof STRINGS) => STRINGS[key][lang];
  // A card of its own tab, always open: Undo stays in reach after the fixes are applied.
  const card = el("section", { class: "card fixes", id: "fixes" }, el("h2", {}, `${t("fixesHeading")} (${fixes.length})`), el("p", { class: "hint" }, t("fixesHint")));
  const counts = new Map<FixKind, number>();
  for (const f of fixes) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  card.append(el("ul", { class: "fix-kinds" }, ...[...counts].map(([kind, n]) => el("li", { "data-kind": kind }, `${n} × ${FIX_KIND_WORDS[kind][lang]}`))));
  const preview = el("ul", { class: "fix-preview" });
  for (const f of fixes.slice(0, SHOWN)) {
    preview.append(el("li", {}, `${t("row")} ${f.row} · ${ROLE_LABELS[f.role][lang]}: ${shown(f, f.before)} → ${shown(f, f.after)}`));
  }
  // The rest are applied with these; their originals go to the fix archive (not the findings sheet).
  if (fixes.length > SHOWN) preview.append(el("li", { class: "hint" }, `+${fixes.length - SHOWN} ${t("moreFixes")}`));
  const apply = el("button", { type: "button", id: "fixes-apply", class: "primary" }, `${t("fixesApply")} (${fixes.length})`);
  if (fixes.length === 0) apply.setAttribute("disabled", "");
  apply.addEventListener("click", () => handlers.apply());
  const undo = el("button", { type: "button", id: "fixes-undo" }, t("fixesUndo"));
  undo.addEventListener("click", () => handlers.undo());
  card.append(preview, el("div", { class: "row" }, apply, undo));
  return card;
}
