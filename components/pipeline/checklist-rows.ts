import { DOSSIER_ITEMS, type ChecklistItem, type ExcludedItem } from "@/lib/domain/rules/dossier";

export type ChecklistRow = { kind: "paper"; item: ChecklistItem } | { kind: "excluded"; item: ExcludedItem };

/** A: before the branch vote; B: added once the branch agrees; C: the conversion file (domain.md, dossier checklist). */
export type ChecklistGroupKey = "A" | "B" | "C";

/**
 * The papers of the file and those it does not need, together in form order (A1 … C8) and grouped
 * by part, so that every number is there: a paper that does not apply shows as such instead of
 * leaving a gap.
 */
export function checklistGroups(items: readonly ChecklistItem[], excluded: readonly ExcludedItem[]): { key: ChecklistGroupKey; rows: ChecklistRow[] }[] {
  const byCode = new Map<string, ChecklistRow>([
    ...items.map((item): [string, ChecklistRow] => [item.code, { kind: "paper", item }]),
    ...excluded.map((item): [string, ChecklistRow] => [item.code, { kind: "excluded", item }]),
  ]);
  const rows = DOSSIER_ITEMS.flatMap((i) => byCode.get(i.code) ?? []);
  return (["A", "B", "C"] as const).map((key) => ({ key, rows: rows.filter((r) => r.item.code.startsWith(key)) })).filter((g) => g.rows.length > 0);
}

/** How far the file is: papers handed in (received or checked) of those it needs, and those needed now still missing. */
export function checklistCounts(items: readonly ChecklistItem[]): { received: number; total: number; dueMissing: number } {
  return {
    received: items.filter((i) => i.status !== "MISSING").length,
    total: items.length,
    dueMissing: items.filter((i) => i.dueNow && i.status === "MISSING").length,
  };
}
