import { z } from "zod";
import { DOSSIER_ITEMS } from "@/lib/domain/rules/dossier-items";
import { msg } from "./messages";
import { MAX_INT4, orRequired, zChoice, zInt, zOptionalDate, zOptionalText } from "./common";

/** One paper of the dossier checklist: its status, number and date (the checklist's form and PUT /api/v1/candidates/{id}/checklist). */
export const ZDossierItemUpdate = z
  .object({
    code: z.enum(DOSSIER_ITEMS.map((i) => i.code) as [string, ...string[]], { error: orRequired(msg("invalidOption")) }),
    status: zChoice(["MISSING", "RECEIVED", "CHECKED"]),
    number: zOptionalText(40),
    date: zOptionalDate,
    note: zOptionalText(500),
    /** The paper's version as the caller read it (0: not on record yet); a different one is a CONFLICT. Absent: set it whatever it is. */
    version: zInt(0, MAX_INT4).optional(),
  })
  .strict();

export type TDossierItemUpdateInput = z.input<typeof ZDossierItemUpdate>;
