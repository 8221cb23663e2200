import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { UnitKindCode } from "@/lib/domain/codes";
import { childKindsOf, editableUnitFields, mayCreateUnit, mayMergeUnit, type RollEntry } from "@/lib/domain/unit-rules";

export interface UnitDetailSource {
  id: string;
  code: string;
  name: string;
  kind: UnitKindCode;
  parentId: string | null;
  path: string;
  depth: number;
  place: string | null;
  active: boolean;
  version: number;
  decidesAdmission: boolean;
  runsAwarenessTest: boolean;
  officialMembers: number;
  totalMembers: number;
  committeeMembers: number;
  hasYouthUnion: boolean;
  parent: { id: string; name: string; kind: UnitKindCode } | null;
  children: { id: string; code: string; name: string; kind: UnitKindCode }[];
  counts: { candidates: number; users: number };
}

export type RollHistoryEntry = RollEntry & { note: string | null; recordedAt: string };

/** What the caller may do to a unit: the fields they may change, whether they may dissolve it, the kinds they may add under it. */
export function unitRights(actor: Actor, unit: { id: string; kind: UnitKindCode }) {
  const writable = actor.scope.writable.has(unit.id);
  const isHome = unit.id === actor.unitId;
  return {
    fields: writable ? [...editableUnitFields(actor.role, isHome)] : [],
    merge: writable && mayMergeUnit(actor.role, isHome),
    createChildKinds: writable && mayCreateUnit(actor.role) ? [...childKindsOf(unit.kind)] : [],
  };
}

/**
 * One unit as the API and the unit page see it (an explicit shape: a new column never reaches a
 * client by accident): the roll in force today (the latest entry effective on or before today;
 * the unit's columns when it has none), the committee size, the flags, the roll's whole history
 * (latest first, entries ahead of today included) and what the caller may do.
 */
export function toUnitDetail(actor: Actor, unit: UnitDetailSource, history: RollHistoryEntry[], today: string) {
  const current = history.find((e) => e.effectiveFrom <= today) ?? history.at(-1) ?? null;
  const roll = current
    ? {
        effectiveFrom: current.effectiveFrom,
        officialMembers: current.officialMembers,
        totalMembers: current.totalMembers,
        committeeMembers: current.committeeMembers,
        hasYouthUnion: current.hasYouthUnion,
      }
    : {
        effectiveFrom: null,
        officialMembers: unit.officialMembers,
        totalMembers: unit.totalMembers,
        committeeMembers: unit.committeeMembers,
        hasYouthUnion: unit.hasYouthUnion,
      };
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    parent: unit.parent,
    depth: unit.depth,
    place: unit.place,
    active: unit.active,
    version: unit.version,
    flags: { decidesAdmission: unit.decidesAdmission, runsAwarenessTest: unit.runsAwarenessTest, hasYouthUnion: roll.hasYouthUnion },
    roll,
    committeeMembers: roll.committeeMembers,
    rollHistory: history.map((e) => ({
      effectiveFrom: e.effectiveFrom,
      officialMembers: e.officialMembers,
      totalMembers: e.totalMembers,
      committeeMembers: e.committeeMembers,
      hasYouthUnion: e.hasYouthUnion,
      note: e.note,
      recordedAt: e.recordedAt,
      upcoming: e.effectiveFrom > today,
    })),
    children: unit.children,
    counts: unit.counts,
    may: unitRights(actor, unit),
  };
}

export type TUnitDetail = ReturnType<typeof toUnitDetail>;
