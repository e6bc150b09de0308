// Precision and recall of the duplicate stage against a ledger whose rows' people are known (the
// matching benchmark in src/fixtures/same-person.ts): which rows the audit put in one group, against who
// they really are.
import type { AuditReport } from "../ledger/audit";

export interface MatchingScore {
  readonly recallByKind: Record<string, { found: number; of: number }>;
  readonly falseLinksByKind: Record<string, { linked: number; of: number }>;
  /** Linked pairs of rows that are one person, over all linked pairs. */
  readonly precision: number;
  readonly recall: number;
}

export function scoreMatching(report: AuditReport, personOfRow: ReadonlyMap<number, number>, positives: readonly { kind: string; rows: readonly [number, number] }[], negatives: readonly { kind: string; rows: readonly [number, number] }[]): MatchingScore {
  // Groups that share a row are one cluster (one person's rows), as the review shows them.
  const parent = new Map<number, number>();
  const find = (r: number): number => {
    let root = r;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const clusters = report.duplicates.filter((g) => g.code !== "DUPLICATE_KPJ"); // two people, one number
  for (const g of clusters) {
    for (const r of g.rows) if (!parent.has(r)) parent.set(r, r);
    for (const r of g.rows.slice(1)) parent.set(find(r), find(g.rows[0]));
  }
  const together = (a: number, b: number) => parent.has(a) && parent.has(b) && find(a) === find(b);
  const recallByKind: MatchingScore["recallByKind"] = {};
  let found = 0;
  for (const p of positives) {
    const entry = (recallByKind[p.kind] ??= { found: 0, of: 0 });
    entry.of++;
    if (together(p.rows[0], p.rows[1])) {
      entry.found++;
      found++;
    }
  }
  const falseLinksByKind: MatchingScore["falseLinksByKind"] = {};
  for (const n of negatives) {
    const entry = (falseLinksByKind[n.kind] ??= { linked: 0, of: 0 });
    entry.of++;
    if (together(n.rows[0], n.rows[1])) entry.linked++;
  }
  let linked = 0;
  let right = 0;
  const members = new Map<number, number[]>();
  for (const r of parent.keys()) {
    const root = find(r);
    const list = members.get(root);
    if (list) list.push(r);
    else members.set(root, [r]);
  }
  for (const rows of members.values()) {
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) {
        linked++;
        if (personOfRow.get(rows[i]) === personOfRow.get(rows[j])) right++;
      }
  }
  return { recallByKind, falseLinksByKind, precision: linked === 0 ? 1 : right / linked, recall: positives.length === 0 ? 1 : found / positives.length };
}
