import { z } from "zod";
import { AUDIT_KINDS } from "@/lib/domain/audit-kinds";
import { zChoice, zDate, zId, zInt } from "./common";
import { msg } from "./messages";

/** A filter form's empty choice ("all") is the same as no filter. */
const blank = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** GET /api/v1/audit and the audit page: unit subtree, person, kind, date range (dd/mm/yyyy or ISO), page. */
export const ZAuditQuery = z
  .object({
    unitId: blank(zId),
    actorId: blank(zId),
    kind: blank(zChoice(AUDIT_KINDS)),
    from: blank(zDate),
    to: blank(zDate),
    page: zInt(1, 100000).default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: msg("endBeforeStart") });
export type TAuditQuery = z.output<typeof ZAuditQuery>;
