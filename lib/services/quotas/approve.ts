import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { closeProposal, createQuota, findQuota, findQuotaById, updateQuotaIfVersion } from "@/lib/db/quotas";
import { dbFor } from "@/lib/db/scoped";
import { findUnitInScope } from "@/lib/db/units";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZQuotaApprove } from "@/lib/validation/quota";
import { quotaAuthority } from "./authority";
import { diff, recordChange } from "./history";
import { assertPeriodOpen } from "./period-lock";

/**
 * The superior approves a unit's proposal: in one transaction the approved figure becomes the
 * proposed one (mode, percentage, category targets, document), the proposal is closed as accepted
 * and stays visible, and both rows get a history entry.
 */
export async function approveProposal({ actor, input }: { actor: Actor; input: unknown }) {
  const a = parseOrThrow(ZQuotaApprove, input);
  const unit = await findUnitInScope(actor.scope, a.unitId);
  if (!unit) throw notFound(); // a unit named in the body that the caller may not write does not exist for them (API.md)
  if (quotaAuthority(actor, unit.id) !== "APPROVE") throw forbidden();
  const period = { unitId: unit.id, startYear: a.period.startYear, endYear: a.period.endYear };
  return dbFor(actor.scope).$transaction(async (tx) => {
    await assertPeriodOpen(tx, actor.scope, unit, a.period);
    const proposal = await findQuota(tx, { ...period, status: "PROPOSED" });
    if (!proposal) throw notFound();
    if (proposal.acceptedAt) throw conflict("PROPOSAL_CLOSED");
    // The version the approver saw: a proposal changed since then is not approved unseen.
    if (!(await closeProposal(tx, proposal.id, a.version))) throw conflict("STALE_VERSION");
    const accepted = await findQuotaById(tx, proposal.id);
    const figure = {
      mode: proposal.mode,
      target: proposal.target,
      percent: proposal.percent,
      baseMembers: proposal.baseMembers,
      categoryTargets: proposal.categoryTargets ?? undefined,
      documentNumber: proposal.documentNumber,
      documentDate: proposal.documentDate,
    };
    const before = await findQuota(tx, { ...period, status: "APPROVED" });
    const approved = before
      ? await updateQuotaIfVersion(tx, before.id, before.version, figure)
      : await createQuota(tx, { ...period, status: "APPROVED", ...figure });
    if (!approved) throw conflict("STALE_VERSION");
    await recordChange(tx, {
      quotaId: approved.id,
      actorId: actor.userId,
      kind: "APPROVE",
      changes: { ...diff(before, approved), proposal: { from: null, to: proposal.version } },
    });
    await recordChange(tx, { quotaId: accepted.id, actorId: actor.userId, kind: "ACCEPT", changes: diff(proposal, accepted) });
    return {
      id: approved.id,
      unitId: unit.id,
      period: a.period.label,
      status: approved.status,
      target: approved.target,
      version: approved.version,
      proposal: { id: accepted.id, state: "ACCEPTED", version: accepted.version },
    };
  });
}
