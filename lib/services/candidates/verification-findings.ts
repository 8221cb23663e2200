import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/db/audit";
import { dbFor } from "@/lib/db/scoped";
import { notFound } from "@/lib/errors";
import { toIsoDate } from "@/lib/time";
import { zId } from "@/lib/validation/common";

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

/**
 * A candidate's background-verification findings (thẩm tra lý lịch: requests, replies, the
 * conclusion). They are sensitive, so they are shown only on request, and every opening is logged
 * (who, when) in the same transaction as the read: no findings leave without their log entry.
 */
export async function viewVerificationFindings({ actor, id }: { actor: Actor; id: string }) {
  if (!zId.safeParse(id).success) throw notFound();
  return dbFor(actor.scope).$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { id },
      select: { id: true, unitId: true, verifications: { orderBy: { requestedOn: "asc" } } },
    });
    if (!candidate) throw notFound();
    await recordAudit(tx, { actorId: actor.userId, kind: "VERIFICATION_VIEWED", action: "VIEWED", unitId: candidate.unitId, entityId: candidate.id });
    return {
      items: candidate.verifications.map((v) => ({
        requestedOn: toIsoDate(v.requestedOn),
        completedOn: iso(v.completedOn),
        certifiedOn: iso(v.certifiedOn),
        documentNumber: v.documentNumber,
        conclusion: v.conclusion,
      })),
    };
  });
}

export type TVerificationFindings = Awaited<ReturnType<typeof viewVerificationFindings>>;
