import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { canWrite } from "@/lib/auth/scope-rules";
import { prisma } from "@/lib/db/client";
import { findUnitInScope } from "@/lib/db/units";
import { targetFromPercent } from "@/lib/domain/quotas/attainment";
import { conflict, forbidden, validationFailed } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZQuotaPut, ZQuotaQuery } from "@/lib/validation/quota";

/** Whether the caller may set (approve) the unit's quota, or only propose it. */
function authority(actor: Actor, unitId: string): "APPROVE" | "PROPOSE" | null {
  if (!canWrite(actor.scope, unitId)) return null;
  // Quotas come from above: a committee sets them for the units under it; its own comes from its
  // superior (the bloc's own figure, assigned by the province, is entered by its staff).
  const ownUnit = unitId === actor.unitId && actor.role !== "ADMIN" && actor.role !== "SUPERIOR_STAFF";
  if (can(actor.role, "quota.write") && !ownUnit) return "APPROVE";
  return can(actor.role, "quota.propose") || can(actor.role, "quota.write") ? "PROPOSE" : null;
}

/** Sets or proposes a unit's quota for a period, keeping the history of every change. */
export async function putQuota({ actor, input }: { actor: Actor; input: unknown }) {
  const q = parseOrThrow(ZQuotaPut, input);
  const unit = await findUnitInScope(actor.scope, q.unitId);
  if (!unit) throw validationFailed([{ path: "unitId", message: msg("unitOutOfScope") }]);
  const may = authority(actor, q.unitId);
  if (!may) throw forbidden();
  if (q.status === "APPROVED" && may !== "APPROVE") throw validationFailed([{ path: "status", message: msg("quotaOwnUnit") }]);
  const { totalMembers } = await prisma.unit.findUniqueOrThrow({ where: { id: q.unitId }, select: { totalMembers: true } });
  const target = q.mode === "PERCENT_OF_MEMBERS" ? targetFromPercent(q.percent!, totalMembers) : q.target!;
  const data = {
    mode: q.mode,
    target,
    percent: q.mode === "PERCENT_OF_MEMBERS" ? q.percent : null,
    baseMembers: q.mode === "PERCENT_OF_MEMBERS" ? totalMembers : null,
    categoryTargets: q.categoryTargets ?? undefined,
    documentNumber: q.documentNumber,
    documentDate: q.documentDate ? fromIsoDate(q.documentDate) : null,
  };
  const key = { unitId: q.unitId, startYear: q.period.startYear, endYear: q.period.endYear, status: q.status };
  const saved = await prisma.$transaction(async (tx) => {
    const before = await tx.quota.findUnique({ where: { unitId_startYear_endYear_status: key } });
    if (before?.locked) throw conflict("PERIOD_LOCKED");
    const after = before
      ? await tx.quota.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.quota.create({ data: { ...key, ...data } });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of ["mode", "target", "documentNumber"] as const) if (before?.[field] !== after[field]) changes[field] = { from: before?.[field] ?? null, to: after[field] };
    if (q.mode === "PERCENT_OF_MEMBERS") changes.percent = { from: before?.percent?.toString() ?? null, to: q.percent };
    if (Object.keys(changes).length) await tx.quotaChange.create({ data: { quotaId: after.id, actorId: actor.userId, changes: JSON.parse(JSON.stringify(changes)) } });
    return after;
  });
  return { id: saved.id, unitId: saved.unitId, period: q.period.label, status: saved.status, mode: saved.mode, target: saved.target, version: saved.version };
}

/** The quotas of a unit and of its direct children for a period (approved and proposed). */
export async function listQuotas({ actor, input }: { actor: Actor; input: unknown }) {
  const { period, unitId } = parseOrThrow(ZQuotaQuery, input);
  const rootId = unitId ?? actor.scope.rootUnitIds[0];
  const parent = rootId ? await findUnitInScope(actor.scope, rootId) : null;
  if (!parent) return { period: period.label, items: [] };
  const units = await prisma.unit.findMany({ where: { OR: [{ id: parent.id }, { parentId: parent.id }], active: true }, select: { id: true, name: true, kind: true, parentId: true }, orderBy: { code: "asc" } });
  const quotas = await prisma.quota.findMany({
    where: { unitId: { in: units.map((u) => u.id) }, startYear: period.startYear, endYear: period.endYear },
    include: { changes: { orderBy: { at: "desc" }, take: 5, include: { actor: { select: { fullName: true } } } } },
  });
  return {
    period: period.label,
    items: units.map((u) => {
      const of = (status: "APPROVED" | "PROPOSED") => quotas.find((q) => q.unitId === u.id && q.status === status) ?? null;
      const shape = (q: (typeof quotas)[number] | null) =>
        q && {
          id: q.id,
          target: q.target,
          mode: q.mode,
          percent: q.percent ? Number(q.percent) : null,
          categoryTargets: q.categoryTargets,
          documentNumber: q.documentNumber,
          documentDate: q.documentDate ? toIsoDate(q.documentDate) : null,
          locked: q.locked,
          history: q.changes.map((c) => ({ at: c.at.toISOString(), actorName: c.actor?.fullName ?? null, changes: c.changes })),
        };
      return { unitId: u.id, name: u.name, kind: u.kind, isParent: u.id === parent.id, approved: shape(of("APPROVED")), proposed: shape(of("PROPOSED")), authority: authority(actor, u.id) };
    }),
  };
}
