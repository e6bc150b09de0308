// Reviewing duplicates (SPEC §4): where matching meets a person. Groups that share a row are one
// cluster (one person's rows, or one number's), so a row can never be kept in one group and archived
// in another. Each cluster has one action:
// - archive: rows of one person at one employer; the user keeps one row, the others move to the
//   archive sheet (and can be restored);
// - fixKpj: one KPJ number on two people (DUPLICATE_KPJ): never archivable, the number must be
//   corrected on one of the rows;
// - transfer: the same worker registered under two employers: a mutation to report (the old row is on
//   the deactivation list), not a row to archive.
// The side-by-side table and the archive plan are built here, so the pane and any other surface show
// and refuse the same things.
import { formatDayId } from "../dates";
import { agreedFields, type PairLevels } from "../matching/compare";
import { ACTION_WORDS, DUPLICATE_KINDS, DUPLICATE_WORDS, fill, ROLE_LABELS, type Lang } from "../words";
import type { Audit } from "./audit";
import { cellText } from "./cells";
import type { Role } from "./columns";
import { chooseKeep, compareRows, keepReasonText, type DuplicateGroup, type KeepReason } from "./duplicates";
import { NO_DAY, type LedgerInput } from "./ledger";

export type ReviewAction = "archive" | "fixKpj" | "transfer";

export interface ReviewCluster {
  /** Position in the list (stable for one audit). */
  readonly id: number;
  readonly action: ReviewAction;
  /** The codes of the groups joined in this cluster, most serious first. */
  readonly codes: readonly DuplicateGroup["code"][];
  /** Row indices into the ledger's columns, ascending. */
  readonly members: readonly number[];
  /** The proposed row to keep (for fixKpj: the row whose KPJ most likely stays). */
  readonly keep: number;
  readonly keepReason: KeepReason;
  /** Indices of the groups (into audit.duplicates) this cluster joins. */
  readonly groups: readonly number[];
}

const ACTION_OF: Record<DuplicateGroup["code"], ReviewAction> = {
  DUPLICATE_NIK: "archive",
  DUPLICATE_ROW: "archive",
  POSSIBLE_DUPLICATE: "archive",
  DUPLICATE_KPJ: "fixKpj",
  DUPLICATE_NIK_OTHER_EMPLOYER: "transfer",
  POSSIBLE_DUPLICATE_OTHER_EMPLOYER: "transfer",
};

/** Which groups' codes come first in a cluster's title: exact before possible, transfers first. */
const CODE_ORDER: readonly DuplicateGroup["code"][] = ["DUPLICATE_NIK_OTHER_EMPLOYER", "POSSIBLE_DUPLICATE_OTHER_EMPLOYER", "DUPLICATE_NIK", "DUPLICATE_ROW", "POSSIBLE_DUPLICATE", "DUPLICATE_KPJ"];

/**
 * The clusters of an audit: groups of one person that share a row joined (a transfer anywhere in a
 * cluster makes it a transfer); each DUPLICATE_KPJ group on its own, since its rows are two people.
 */
export function reviewClusters(audit: Audit): ReviewCluster[] {
  const groups = audit.duplicates;
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const groupOfRow = new Map<number, number>();
  groups.forEach((g, i) => {
    if (g.code === "DUPLICATE_KPJ") return;
    for (const k of g.members) {
      const other = groupOfRow.get(k);
      if (other === undefined) groupOfRow.set(k, i);
      else parent[find(i)] = find(other);
    }
  });
  const joined = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const root = find(i);
    const list = joined.get(root);
    if (list) list.push(i);
    else joined.set(root, [i]);
  });
  const clusters: ReviewCluster[] = [];
  for (const indexes of joined.values()) {
    const codes = [...new Set(indexes.map((i) => groups[i].code))].sort((a, b) => CODE_ORDER.indexOf(a) - CODE_ORDER.indexOf(b));
    const members = [...new Set(indexes.flatMap((i) => groups[i].members))].sort((a, b) => a - b);
    const action: ReviewAction = codes.some((c) => ACTION_OF[c] === "transfer") ? "transfer" : ACTION_OF[codes[0]];
    const { keep, reason } = indexes.length === 1 ? { keep: groups[indexes[0]].keep, reason: groups[indexes[0]].keepReason } : chooseKeep(members, audit.parsed.columns);
    clusters.push({ id: 0, action, codes, members, keep, keepReason: reason, groups: indexes });
  }
  return clusters.sort((a, b) => a.members[0] - b.members[0]).map((c, id) => ({ ...c, id }));
}

/** The fields shown side by side, in order. */
export const REVIEW_FIELDS = ["name", "nik", "birthDate", "gender", "npp", "startDate", "kpj"] as const satisfies readonly Role[];
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** What a field's level says, against the kept row: the same, close (a typo), different, or unknown. */
export type Agreement = "same" | "close" | "different" | "unknown";

export interface ReviewCell {
  readonly text: string;
  /** Against the kept row (the kept row's own cells: "same"). */
  readonly agreement: Agreement;
}

export interface ReviewTable {
  /** Worksheet rows, in the cluster's order, and the kept one. */
  readonly rows: readonly number[];
  readonly keep: number;
  /** One line per field: its label and one cell per row. */
  readonly lines: readonly { readonly field: ReviewField; readonly label: string; readonly cells: readonly ReviewCell[] }[];
}

const LEVEL_FIELD: Partial<Record<ReviewField, keyof PairLevels>> = { name: "name", nik: "nik", birthDate: "birthDate", gender: "gender", npp: "npp", kpj: "kpj" };

function agreementOf(field: keyof PairLevels, levels: PairLevels): Agreement {
  const level = levels[field];
  if (level === "missing") return "unknown";
  if (!agreedFields(levels).includes(field)) return "different";
  return level === "equal" || level === "exact" || level === "exactSingle" || level === "exactCommon" ? "same" : "close";
}

/**
 * The cluster's rows side by side, each cell marked by how it compares with the kept row: the
 * proposal, or `keepRow` (a worksheet row of the cluster) when the user chose another.
 */
export function reviewTable(audit: Audit, input: LedgerInput, cluster: ReviewCluster, lang: Lang, keepRow?: number): ReviewTable {
  const { columns, layout } = audit.parsed;
  const text = (k: number, field: ReviewField): string => {
    if (field === "birthDate" || field === "startDate") {
      const day = field === "birthDate" ? columns.birth[k] : columns.start[k];
      return day === NO_DAY ? "" : formatDayId(day);
    }
    const c = layout.roles[field];
    return c === undefined ? "" : cellText(input.values[columns.rows[k] - (input.firstRow ?? 1)]?.[c]);
  };
  const keep = cluster.members.find((k) => columns.rows[k] === keepRow) ?? cluster.keep;
  const levels = new Map(cluster.members.map((k) => [k, k === keep ? null : compareRows(columns, keep, k)]));
  const lines = REVIEW_FIELDS.filter((f) => f !== "startDate" || layout.roles.startDate !== undefined).map((field) => ({
    field,
    label: ROLE_LABELS[field][lang],
    cells: cluster.members.map((k): ReviewCell => {
      const pair = levels.get(k);
      const levelField = LEVEL_FIELD[field];
      let agreement: Agreement = "same";
      if (pair) agreement = levelField ? agreementOf(levelField, pair) : columns.start[k] === columns.start[keep] ? "same" : "different";
      return { text: text(k, field), agreement };
    }),
  }));
  return { rows: cluster.members.map((k) => columns.rows[k]), keep: columns.rows[keep], lines };
}

export function keepReasonOf(cluster: ReviewCluster, lang: Lang): string {
  return keepReasonText(cluster.keepReason, lang);
}

/** Why a choice cannot be archived. */
export type ArchiveRefusal = "fixKpj" | "transfer" | "keepNotInCluster" | "unknownCluster";

export interface ArchivePlan {
  /** Worksheet rows to move, each with the codes that put it there. */
  readonly rows: readonly { readonly row: number; readonly codes: readonly DuplicateGroup["code"][]; readonly keep: number }[];
  readonly refused: readonly { readonly cluster: number; readonly why: ArchiveRefusal }[];
}

/**
 * The rows to archive for the chosen clusters, each keeping its chosen row (the proposal when none is
 * chosen). A cluster of two people (fixKpj) or a transfer is refused, as is a kept row outside its
 * cluster: nothing of a refused cluster moves.
 */
export function archivePlan(audit: Audit, clusters: readonly ReviewCluster[], chosen: ReadonlyMap<number, number | null>): ArchivePlan {
  const { columns } = audit.parsed;
  const rows: { row: number; codes: DuplicateGroup["code"][]; keep: number }[] = [];
  const refused: { cluster: number; why: ArchiveRefusal }[] = [];
  for (const [id, keepRow] of chosen) {
    const cluster = clusters[id];
    if (!cluster || cluster.id !== id) {
      refused.push({ cluster: id, why: "unknownCluster" });
      continue;
    }
    if (cluster.action !== "archive") {
      refused.push({ cluster: id, why: cluster.action });
      continue;
    }
    const keep = keepRow === null ? cluster.keep : cluster.members.find((k) => columns.rows[k] === keepRow);
    if (keep === undefined) {
      refused.push({ cluster: id, why: "keepNotInCluster" });
      continue;
    }
    for (const k of cluster.members) if (k !== keep) rows.push({ row: columns.rows[k], codes: [...cluster.codes], keep: columns.rows[keep] });
  }
  return { rows: rows.sort((a, b) => a.row - b.row), refused };
}

/** Each kind of group in the user's words (a title), and per action what to do: in the catalogue. */
export { ACTION_WORDS, DUPLICATE_KINDS };

/** The archive sheet's reason for a moved row: what the cluster was and which row was kept. */
export function archiveReason(codes: readonly DuplicateGroup["code"][], keepRow: number, lang: Lang): string {
  const kinds = codes.map((c) => DUPLICATE_KINDS[c][lang]).join("; ");
  return fill(DUPLICATE_WORDS.archived[lang], { kinds, row: keepRow }, lang);
}
