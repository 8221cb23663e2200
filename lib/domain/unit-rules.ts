import { CANDIDATE_UNIT_KINDS, type RoleCode, type UnitKindCode } from "./codes";
import type { IsoDate } from "./rules/dates";
import type { Reason, ReasonCode } from "./rules/facts";
import { unitIdsOnPath } from "./unit-path";

/**
 * The unit tree's own rules, pure: which kind of unit sits under which, who may change what about
 * a unit, when two units may be merged, which roll is in force on a date, and whether a new roll
 * contradicts votes already on record. lib/services/units applies them; nothing here reads a clock.
 */

// ───────────────────────────── Placement ─────────────────────────────

/**
 * The kinds a unit of each kind may hold directly (domain.md Part 1, "Units"; Part 2 §2.1): a
 * superior committee holds grassroots organisations (and, above the grassroots, other committees
 * with superior powers, e.g. a commune committee under the province); a grassroots committee holds
 * partial committees and branches; a partial committee holds branches; branches hold no unit.
 */
export const CHILD_KINDS = {
  SUPERIOR_COMMITTEE: ["SUPERIOR_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_BRANCH"],
  GRASSROOTS_COMMITTEE: ["PARTIAL_COMMITTEE", "BRANCH"],
  PARTIAL_COMMITTEE: ["BRANCH"],
  GRASSROOTS_BRANCH: [],
  BRANCH: [],
} as const satisfies Record<UnitKindCode, readonly UnitKindCode[]>;

/** Kinds that may stand at the top of a tree (a bloc or a province). */
export const ROOT_KINDS: readonly UnitKindCode[] = ["SUPERIOR_COMMITTEE"];

/** Whether a unit of `kind` may sit directly under a unit of `parentKind` (null: as a root). */
export function kindFitsUnder(parentKind: UnitKindCode | null, kind: UnitKindCode): boolean {
  const allowed: readonly UnitKindCode[] = parentKind === null ? ROOT_KINDS : CHILD_KINDS[parentKind];
  return allowed.includes(kind);
}

/** The kinds a new unit under `parentKind` may have, in the order of the code list. */
export function childKindsOf(parentKind: UnitKindCode): readonly UnitKindCode[] {
  return CHILD_KINDS[parentKind];
}

/** Whether `path` (a unit's materialised path) lies inside the subtree of the unit `ancestorId` (itself included). */
export function isInSubtree(path: string, ancestorId: string): boolean {
  return unitIdsOnPath(path).includes(ancestorId);
}

// ───────────────────────────── Who may change what ─────────────────────────────

/** What an edit of a unit touches: its name, code and place; its place in the tree; its roll. */
export const UNIT_FIELDS = ["name", "code", "place", "parent", "roll"] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

interface RoleUnitRights {
  /** Add units under a unit of the writable scope. */
  create: boolean;
  /** Fields the role may change on the units of its writable scope other than its home unit. */
  fields: readonly UnitField[];
  /** Fields the role may change on its own home unit. */
  homeFields: readonly UnitField[];
  /** Dissolve a unit of the writable scope into another one. */
  merge: boolean;
  /** Dissolve its own home unit. */
  mergeHome: boolean;
}

const EVERY_FIELD = UNIT_FIELDS;

/**
 * Who may change units, as one table the compiler checks against the role list (the scope, i.e.
 * which units, stays lib/auth's answer). Administrators change everything. Superior and grassroots
 * staff keep their own subtree: names, codes, rolls, moves and merges, but never their own unit's
 * place in the tree nor its dissolution (that is the level above's decision, and it would move the
 * ground they stand on). A branch secretary keeps the roll of their own branch and nothing else:
 * the roll is a fact the branch knows first (a member transferred in or out), a vote is checked
 * against it, and every change is in the audit log with who made it and from when it applies.
 * A viewer changes nothing.
 */
export const UNIT_RIGHTS = {
  ADMIN: { create: true, fields: EVERY_FIELD, homeFields: EVERY_FIELD, merge: true, mergeHome: true },
  SUPERIOR_STAFF: { create: true, fields: EVERY_FIELD, homeFields: ["name", "code", "place", "roll"], merge: true, mergeHome: false },
  GRASSROOTS_STAFF: { create: true, fields: EVERY_FIELD, homeFields: ["name", "code", "place", "roll"], merge: true, mergeHome: false },
  BRANCH_SECRETARY: { create: false, fields: [], homeFields: ["roll"], merge: false, mergeHome: false },
  VIEWER: { create: false, fields: [], homeFields: [], merge: false, mergeHome: false },
} as const satisfies Record<RoleCode, RoleUnitRights>;

/** Deny by default: an unknown role (an old session) has no right at all. */
function rightsOf(role: string): RoleUnitRights | null {
  return Object.hasOwn(UNIT_RIGHTS, role) ? (UNIT_RIGHTS as Record<string, RoleUnitRights>)[role]! : null;
}

/** The fields `role` may change on a unit of its writable scope (`isHome`: the role's own home unit). */
export function editableUnitFields(role: string, isHome: boolean): readonly UnitField[] {
  const rights = rightsOf(role);
  if (!rights) return [];
  return isHome ? rights.homeFields : rights.fields;
}

export function mayCreateUnit(role: string): boolean {
  return rightsOf(role)?.create ?? false;
}

export function mayMergeUnit(role: string, isHome: boolean): boolean {
  const rights = rightsOf(role);
  return rights ? (isHome ? rights.mergeHome : rights.merge) : false;
}

/** Why an edit of `fields` is refused: null when allowed, else the error's message key (403). */
export type UnitEditRefusal = "FORBIDDEN" | "UNIT_OWN_HOME" | "UNIT_ROLL_ONLY";

export function unitEditRefusal(role: string, isHome: boolean, fields: readonly UnitField[]): UnitEditRefusal | null {
  const allowed = editableUnitFields(role, isHome);
  const denied = fields.filter((f) => !allowed.includes(f));
  if (denied.length === 0) return null;
  if (allowed.length === 1 && allowed[0] === "roll") return "UNIT_ROLL_ONLY";
  if (isHome && editableUnitFields(role, false).some((f) => denied.includes(f))) return "UNIT_OWN_HOME";
  return "FORBIDDEN";
}

// ───────────────────────────── Merging ─────────────────────────────

/**
 * Kinds that hold the same things, so that one can take the other's place: the units that hold
 * candidates, the committees that hold branches, the committees above the grassroots.
 */
const MERGE_FAMILIES: readonly (readonly UnitKindCode[])[] = [CANDIDATE_UNIT_KINDS, ["GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE"], ["SUPERIOR_COMMITTEE"]];

export type MergeProblem = "mergeIntoSelf" | "mergeIntoDescendant" | "mergeKindMismatch";

export interface MergeUnit {
  id: string;
  kind: UnitKindCode;
  path: string;
}

/**
 * Why `source` cannot be dissolved into `target` (validation message keys; none: it can). The
 * target must hold the same things as the source (its candidates, or its branches), every active
 * child of the source must fit under the target, and the target cannot lie inside the source's
 * own subtree (its children would be moved under one of themselves).
 */
export function mergeProblems(source: MergeUnit, target: MergeUnit, childKinds: readonly UnitKindCode[]): MergeProblem[] {
  if (source.id === target.id) return ["mergeIntoSelf"];
  if (isInSubtree(target.path, source.id)) return ["mergeIntoDescendant"];
  const family = MERGE_FAMILIES.find((f) => f.includes(source.kind));
  const sameFamily = family?.includes(target.kind) ?? false;
  return sameFamily && childKinds.every((k) => kindFitsUnder(target.kind, k)) ? [] : ["mergeKindMismatch"];
}

// ───────────────────────────── Moving candidates ─────────────────────────────

export type MoveDateProblem = { key: "dateInFuture" } | { key: "transferBeforeStep"; latestStep: IsoDate };

/**
 * The date a candidate changes unit (a transfer, or a merge of the unit): not later than today,
 * and not before the date of the step they are in. A step dated after the transfer would belong
 * to the new unit, but it was recorded, and is counted, in the old one.
 */
export function moveDateProblem(date: IsoDate, today: IsoDate, latestStep: IsoDate | null): MoveDateProblem | null {
  if (date > today) return { key: "dateInFuture" };
  if (latestStep !== null && date < latestStep) return { key: "transferBeforeStep", latestStep };
  return null;
}

// ───────────────────────────── Rolls ─────────────────────────────

/** A unit's roll: official members (base of the branch's 2/3), all members, committee size, Youth Union. */
export interface RollValues {
  officialMembers: number;
  totalMembers: number;
  committeeMembers: number;
  hasYouthUnion: boolean;
}

export interface RollEntry extends RollValues {
  effectiveFrom: IsoDate;
}

export const ROLL_KEYS = ["officialMembers", "totalMembers", "committeeMembers", "hasYouthUnion"] as const satisfies readonly (keyof RollValues)[];

/**
 * The roll in force on `date`: the latest entry effective on or before it. Before the first entry
 * (a vote dated before the unit's first roll was recorded) the first entry, the earliest roll
 * known; null without any entry (the caller then falls back to the unit's own columns).
 */
export function rollInForce<T extends { effectiveFrom: IsoDate }>(entries: readonly T[], date: IsoDate): T | null {
  let found: T | null = null;
  let earliest: T | null = null;
  for (const e of entries) {
    if (earliest === null || e.effectiveFrom < earliest.effectiveFrom) earliest = e;
    if (e.effectiveFrom <= date && (found === null || e.effectiveFrom > found.effectiveFrom)) found = e;
  }
  return found ?? earliest;
}

/** The first entry after `date` (exclusive): a roll effective from `date` governs the votes until then. */
export function nextRollChange(entries: readonly { effectiveFrom: IsoDate }[], date: IsoDate): IsoDate | null {
  let next: IsoDate | null = null;
  for (const e of entries) if (e.effectiveFrom > date && (next === null || e.effectiveFrom < next)) next = e.effectiveFrom;
  return next;
}

/** A vote on record: which body voted, when, and how many of its members voted (or were present). */
export interface RecordedVote {
  body: "branch" | "committee";
  date: IsoDate;
  /** For + against, or those present when more. */
  voters: number;
}

export type RollProblem =
  { path: "totalMembers"; key: "totalBelowOfficial" } | { path: "officialMembers" | "committeeMembers"; key: "rollBelowVotes"; votes: number; date: IsoDate };

/**
 * A roll that contradicts the record: more official members than members, or fewer members than
 * took part in a vote it governs (votes by the branch count against the official members, votes
 * by the committee against its size). `votes` are the votes dated while this roll is in force.
 */
export function rollProblems(roll: RollValues, votes: readonly RecordedVote[]): RollProblem[] {
  const problems: RollProblem[] = [];
  if (roll.totalMembers < roll.officialMembers) problems.push({ path: "totalMembers", key: "totalBelowOfficial" });
  const largest = (body: RecordedVote["body"]) =>
    votes.filter((v) => v.body === body).reduce<RecordedVote | null>((max, v) => (max === null || v.voters > max.voters ? v : max), null);
  const branch = largest("branch");
  if (branch && branch.voters > roll.officialMembers)
    problems.push({ path: "officialMembers", key: "rollBelowVotes", votes: branch.voters, date: branch.date });
  const committee = largest("committee");
  if (committee && committee.voters > roll.committeeMembers)
    problems.push({ path: "committeeMembers", key: "rollBelowVotes", votes: committee.voters, date: committee.date });
  return problems;
}

/** The roll after an edit: the values given, the others as they were on that date. */
export function mergeRoll(before: RollValues, given: Partial<RollValues>): RollValues {
  return {
    officialMembers: given.officialMembers ?? before.officialMembers,
    totalMembers: given.totalMembers ?? before.totalMembers,
    committeeMembers: given.committeeMembers ?? before.committeeMembers,
    hasYouthUnion: given.hasYouthUnion ?? before.hasYouthUnion,
  };
}

/** The fields whose value differs, as { field: { from, to } } (what the audit log records). */
export function rollChanges(before: RollValues, after: RollValues): Partial<Record<keyof RollValues, { from: number | boolean; to: number | boolean }>> {
  const changes: Partial<Record<keyof RollValues, { from: number | boolean; to: number | boolean }>> = {};
  for (const key of ROLL_KEYS) if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  return changes;
}

/**
 * Two units become one: their members add up, the committee stays the target's (a merge does not
 * enlarge an executive committee; the next congress elects it), a Youth Union in either remains.
 */
export function mergedRoll(target: RollValues, source: RollValues): RollValues {
  return {
    officialMembers: target.officialMembers + source.officialMembers,
    totalMembers: target.totalMembers + source.totalMembers,
    committeeMembers: target.committeeMembers,
    hasYouthUnion: target.hasYouthUnion || source.hasYouthUnion,
  };
}

// ───────────────────────────── Refusals that name the roll ─────────────────────────────

/** The unmet rules of a vote that come from the roll on record (a wrong roll makes them fail). */
export const ROLL_REASON_CODES = [
  "ROLL_MISMATCH",
  "COMMITTEE_SIZE_MISMATCH",
  "BRANCH_TOO_SMALL",
  "VOTES_EXCEED_ROLL",
  "PRESENT_EXCEEDS_ROLL",
  "VOTE_BELOW_TWO_THIRDS",
] as const satisfies readonly ReasonCode[];

/** Whose roll a vote counts against: the branch's official members, or the grassroots committee's size. */
export type RollBody = "branch" | "committee";

/** The vote that leaves a stage counts against the committee's size at the committee review, otherwise against the branch's roll. */
export function rollBodyOfStage(stage: string): RollBody {
  return stage === "COMMITTEE_REVIEW" ? "committee" : "branch";
}

/**
 * The roll reasons of a refusal, marked with the unit whose roll they were counted against
 * (`rollUnit`, when the caller may open that unit's page) and whose roll it is (`rollBody`), so
 * that the page showing the refusal can say who corrects the roll and link to it. The rules'
 * codes and their own parameters are unchanged.
 */
export function withRollUnit(reasons: readonly Reason[], roll: { unitId: string | null; body: RollBody }): Reason[] {
  return reasons.map((r) =>
    (ROLL_REASON_CODES as readonly string[]).includes(r.code)
      ? { ...r, params: { ...r.params, rollBody: roll.body, ...(roll.unitId ? { rollUnit: roll.unitId } : {}) } }
      : r,
  );
}
