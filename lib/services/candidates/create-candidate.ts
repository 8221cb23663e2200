import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { appendEvent, insertCandidate } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { ruleSetFor } from "@/lib/domain/rules/rule-sets";
import { foldVi, viSortKey } from "@/lib/domain/text";
import { forbidden } from "@/lib/errors";
import { fromIsoDate, todayVn } from "@/lib/time";
import { ZCandidateCreate } from "@/lib/validation/candidate";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertNationalIdFree, assertWritableBranch, personalColumns, rethrowUnique } from "./candidate-record";
import { getCandidate } from "./get-candidate";

/** Adds a person to a branch's source list (stage SOURCE), with a CREATED history event. */
export async function createCandidate({ actor, input }: { actor: Actor; input: unknown }) {
  if (!can(actor.role, "candidate.write")) throw forbidden();
  const data = parseOrThrow(ZCandidateCreate, input);
  await assertWritableBranch(actor, data.unitId);
  const { sourceDate, ...fields } = data;
  const since = sourceDate ?? todayVn();
  const id = await dbFor(actor.scope)
    .$transaction(async (tx) => {
      await assertNationalIdFree(tx, data.nationalId);
      const created = await insertCandidate(tx, {
        ...fields,
        ...personalColumns(fields),
        birthDate: fromIsoDate(data.birthDate),
        searchName: foldVi(data.fullName),
        sortKey: viSortKey(data.fullName),
        stage: "SOURCE",
        stageSince: fromIsoDate(since),
        // The rule set in force when the process begins stays with the candidate.
        ruleSetCode: ruleSetFor(since).code,
      });
      await appendEvent(tx, {
        candidateId: created.id,
        actorId: actor.userId,
        kind: "CREATED",
        toStage: "SOURCE",
        changes: sourceDate ? { sourceDate: { from: null, to: sourceDate } } : undefined,
      });
      return created.id;
    })
    .catch(rethrowUnique);
  return getCandidate({ actor, id });
}
