import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/db/audit";
import type { ScopedTx } from "@/lib/db/scoped";
import { rollEntries, votesRecordedBy, writeRoll } from "@/lib/db/unit-writes";
import { mergeRoll, nextRollChange, rollChanges, rollInForce, rollProblems, type RollValues } from "@/lib/domain/unit-rules";
import { validationFailed } from "@/lib/errors";
import { msg } from "@/lib/validation/messages";

/** The date of the first entry of every unit's roll history (migration 20261201144148_go_live). */
const INITIAL_ROLL_DATE = "1990-01-01";

/**
 * A change of a unit's roll from `effectiveFrom` on, inside the caller's transaction (the unit
 * already locked and found writable): the figures not given stay as they were on that date; the
 * new roll must not count fewer members than took part in a vote it governs (from its date until
 * the next roll entry); the entry is written (a correction when one of that date exists) and
 * audited. Returns the unit's columns as of `today` when they change (Unit's own columns hold
 * the roll in force today), or null when nothing changed.
 */
export async function changeRoll(
  tx: ScopedTx,
  actor: Actor,
  unit: { id: string } & RollValues,
  change: { effectiveFrom: string; given: Partial<RollValues>; note: string | null; today: string; action?: string },
): Promise<{ columns: Partial<RollValues> } | null> {
  const entries = await rollEntries(tx, unit.id);
  const actual: RollValues = {
    officialMembers: unit.officialMembers,
    totalMembers: unit.totalMembers,
    committeeMembers: unit.committeeMembers,
    hasYouthUnion: unit.hasYouthUnion,
  };
  // A unit without any roll entry: its columns, all members including the official ones (as the
  // migration that started every unit's history read them).
  const columns: RollValues = { ...actual, totalMembers: Math.max(actual.totalMembers, actual.officialMembers) };
  if (!entries.length && change.effectiveFrom > INITIAL_ROLL_DATE) {
    // A unit without any roll entry gets the one every unit got when rolls became history (its
    // roll as it stood, from 1990), so that votes before this change still read the old roll.
    await writeRoll(tx, unit.id, INITIAL_ROLL_DATE, columns, null, "initial");
    entries.push({ effectiveFrom: INITIAL_ROLL_DATE, ...columns });
  }
  const before = rollInForce(entries, change.effectiveFrom) ?? columns;
  const after = mergeRoll(before, change.given);
  const changes = rollChanges(before, after);
  if (!Object.keys(changes).length) return null;
  const votes = await votesRecordedBy(tx, unit.id, change.effectiveFrom, nextRollChange(entries, change.effectiveFrom));
  const problems = rollProblems(after, votes);
  if (problems.length)
    throw validationFailed(
      problems.map((p) => ({ path: p.path, message: p.key === "rollBelowVotes" ? msg("rollBelowVotes", { votes: p.votes, date: p.date }) : msg(p.key) })),
    );
  await writeRoll(tx, unit.id, change.effectiveFrom, after, actor.userId, change.note);
  await recordAudit(tx, {
    actorId: actor.userId,
    kind: "UNIT",
    action: change.action ?? "ROLL_CHANGED",
    unitId: unit.id,
    entityId: unit.id,
    changes: { effectiveFrom: { from: null, to: change.effectiveFrom }, ...changes, ...(change.note ? { note: { from: null, to: change.note } } : {}) },
  });
  const today = rollInForce(
    [...entries.filter((e) => e.effectiveFrom !== change.effectiveFrom), { effectiveFrom: change.effectiveFrom, ...after }],
    change.today,
  )!;
  const next: Partial<RollValues> = {};
  for (const key of ["officialMembers", "totalMembers", "committeeMembers", "hasYouthUnion"] as const)
    if (today[key] !== actual[key]) Object.assign(next, { [key]: today[key] });
  return { columns: next };
}
