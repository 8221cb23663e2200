import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { canWrite } from "@/lib/auth/scope-rules";
import { appendEvent, lockCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { loadPipelineFacts } from "@/lib/db/pipeline-facts";
import { stageModule } from "@/lib/domain/pipeline/registry";
import type { Reason } from "@/lib/domain/rules/facts";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { checkFailedVoteDate } from "@/lib/domain/rules/step-dates";
import { checkSuppliedRoll, checkTwoThirds } from "@/lib/domain/rules/votes";
import { forbidden, notFound, validationFailed } from "@/lib/errors";
import { fromIsoDate, todayVn, toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";
import { ZFailedVote } from "@/lib/validation/failed-vote";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { markRollReasons } from "./roll-hint";
import { reasonMessage, refused } from "./transition-candidate";

/**
 * A branch vote that did not reach 2/3 is a fact to keep: the candidate stays where they are and
 * the resolution is recorded as not passed. Three failed conversion votes raise the escalation flag.
 */
export async function recordFailedVote({ actor, id, input, today = todayVn() }: { actor: Actor; id: string; input: unknown; today?: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  const vote = parseOrThrow(ZFailedVote, input);
  await dbFor(actor.scope).$transaction(async (tx) => {
    const c = await lockCandidate(tx, id);
    if (!c) throw notFound();
    if (!canWrite(actor.scope, c.unitId)) throw forbidden();
    const loaded = await loadPipelineFacts(tx, id, { on: vote.date });
    if (!loaded) throw notFound();
    // The vote the stage's module says is still to come (none once the conversion resolution passed).
    const kind = stageModule(c.stage)?.failedVote?.(loaded.facts) ?? null;
    if (!kind) throw refused([{ code: "NOT_A_MOVE" }]);
    const at = (path: string) => (r: Reason) => ({ path, code: r.code, message: reasonMessage(markRollReasons(actor, loaded.chain, "branch", [r])[0]!) });
    const wrongDate = checkFailedVoteDate(vote.date, toIsoDate(c.stageSince), today);
    if (wrongDate.length) throw validationFailed(wrongDate.map(at("date")));
    // The base is the roll on record, as for a vote that passes (lib/domain/rules/votes.ts).
    const roll = loaded.facts.unit.officialMembers;
    const wrongRoll = checkSuppliedRoll(vote.membersOnRoll, roll);
    if (wrongRoll.length) throw validationFailed(wrongRoll.map(at("membersOnRoll")));
    const votesFor = vote.votesFor ?? 0;
    const votesAgainst = vote.votesAgainst ?? 0;
    const outcome = checkTwoThirds(roll, votesFor, votesAgainst, ruleSetByCode(c.ruleSetCode));
    if (outcome.some((r) => r.code === "VOTES_EXCEED_ROLL")) throw validationFailed(outcome.map(at("votesFor")));
    // A vote that passes is a move, not a failure: it goes through the transition with its checks.
    if (outcome.length === 0) throw validationFailed([{ path: "votesFor", message: msg("votePassed") }]);
    await tx.resolution.create({
      data: {
        candidateId: id,
        kind,
        unitId: c.unitId,
        number: vote.resolutionNumber,
        date: fromIsoDate(vote.date),
        membersOnRoll: roll,
        votesFor,
        votesAgainst,
        passed: false,
      },
    });
    await appendEvent(tx, {
      candidateId: id,
      actorId: actor.userId,
      kind: "RECORD",
      reason: null,
      changes: { failedVote: { from: null, to: `${votesFor}/${roll}` }, kind: { from: null, to: kind } },
    });
  });
  return { ok: true };
}
