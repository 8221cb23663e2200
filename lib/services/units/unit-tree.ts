import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findUnitTree, rollsInScope } from "@/lib/db/units";
import type { UnitKindCode } from "@/lib/domain/codes";
import { foldVi } from "@/lib/domain/text";
import { isInSubtree, kindFitsUnder, mergeProblems } from "@/lib/domain/unit-rules";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import { todayVn } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZUnitTreeQuery } from "@/lib/validation/unit";
import type { TUnitDetail } from "./unit-dto";

type TreeRow = Awaited<ReturnType<typeof findUnitTree>>[number];

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, "vi", { numeric: true });

/** Parents before children, siblings in code order (the path's ids would sort siblings at random). */
function depthFirst(rows: TreeRow[]): TreeRow[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, TreeRow[]>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: TreeRow[] = [];
  const visit = (parent: string | null) => {
    for (const r of (children.get(parent) ?? []).sort(byCode)) {
      out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

/**
 * The tree of the caller's subtree for the units page: every unit with its roll in force today,
 * indented from the caller's top unit, in code order. A search (`q`, with or without accents, on
 * the name or the code) keeps the matching units and the units above them, so each match is seen
 * where it sits.
 */
export async function unitTree({ actor, input, today = todayVn() }: { actor: Actor; input: unknown; today?: string }) {
  const { q } = parseOrThrow(ZUnitTreeQuery, input);
  const [units, rolls] = await Promise.all([findUnitTree(actor.scope), rollsInScope(actor.scope, today)]);
  const top = units.length ? Math.min(...units.map((u) => u.depth)) : 0;
  const folded = q ? foldVi(q) : null;
  const matches = folded ? units.filter((u) => foldVi(u.name).includes(folded) || foldVi(u.code).includes(folded)) : units;
  const shown = new Set(folded ? matches.flatMap((u) => unitIdsOnPath(u.path)) : units.map((u) => u.id));
  const matched = new Set(matches.map((u) => u.id));
  const items = depthFirst(units.filter((u) => shown.has(u.id))).map((u) => {
    const roll = rolls.get(u.id);
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parentId: u.parentId,
      level: u.depth - top,
      match: folded ? matched.has(u.id) : false,
      officialMembers: roll?.officialMembers ?? u.officialMembers,
      totalMembers: roll ? roll.totalMembers : Math.max(u.totalMembers, u.officialMembers),
      committeeMembers: roll?.committeeMembers ?? u.committeeMembers,
    };
  });
  return { q, total: units.length, matches: folded ? matches.length : null, items };
}

export type TUnitTree = Awaited<ReturnType<typeof unitTree>>;

/**
 * The units a unit may move under and be merged into, among those the caller may write: a parent
 * whose kind may hold it and outside its own subtree; a unit that may take its place
 * (lib/domain/unit-rules.ts mergeProblems). Empty where the caller may not do either.
 */
export async function unitChoices({ actor, unit }: { actor: Actor; unit: Pick<TUnitDetail, "id" | "kind" | "parentId" | "children" | "may"> }) {
  if (!unit.may.fields.includes("parent") && !unit.may.merge) return { moveTargets: [], mergeTargets: [] };
  const units = depthFirst(await findUnitTree(actor.scope)).filter((u) => actor.scope.writable.has(u.id));
  const self = units.find((u) => u.id === unit.id);
  const path = self?.path ?? "";
  const childKinds = [...new Set(unit.children.map((c) => c.kind as UnitKindCode))];
  const option = (u: TreeRow) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind });
  return {
    moveTargets: unit.may.fields.includes("parent")
      ? units.filter((u) => u.id !== unit.parentId && !isInSubtree(u.path, unit.id) && kindFitsUnder(u.kind, unit.kind)).map(option)
      : [],
    mergeTargets: unit.may.merge ? units.filter((u) => mergeProblems({ id: unit.id, kind: unit.kind, path }, u, childKinds).length === 0).map(option) : [],
  };
}
