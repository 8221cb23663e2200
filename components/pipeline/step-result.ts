import type { FieldValues } from "react-hook-form";
import type { ActionFailure } from "@/components/forms/use-action-form";
import type { Translate } from "@/lib/i18n/translate";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { decodeMsg } from "@/lib/validation/messages";
import type { StepField } from "./step-fields";

/** The two introducer rows of the branch vote, and the inputs of each (named `introducers.<row>.<key>`). */
export const INTRODUCER_ROWS = [0, 1] as const;
export const INTRODUCER_KEYS = ["kind", "name", "officialSince", "knownSince", "documentDate"] as const;
export const INTRODUCER_KINDS = ["PARTY_MEMBER", "YOUTH_UNION", "TRADE_UNION"] as const;

/** The fields a step form sends: the step's own, except the roll, which is shown and not sent. */
export function sentFieldNames(fields: readonly StepField[]): string[] {
  return fields.filter((f) => f.kind !== "roll").map((f) => f.name);
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : value === undefined || value === null ? "" : String(value));

/**
 * Form values → a step's body: only the fields shown (`names`; values of inputs no longer shown
 * stay in the form and are not sent), empty ones left out (the schema refuses "" for a required
 * date, and a missing optional field means "not given"), introducer rows with a name gathered
 * into a list.
 */
export function stepBody(values: FieldValues, names: readonly string[], introducers: boolean, base: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { ...base };
  for (const name of names) {
    const value = text(values[name]);
    if (value) body[name] = value;
  }
  if (introducers) {
    const rows = INTRODUCER_ROWS.map((i) => {
      const typed = (values.introducers as Record<string, unknown>[] | undefined)?.[i] ?? {};
      const row: Record<string, string> = {};
      for (const key of INTRODUCER_KEYS) {
        const value = text(typed[key]);
        if (value) row[key] = value;
      }
      return row;
    }).filter((row) => row.name);
    if (rows.length) body.introducers = rows;
  }
  return body;
}

/** Which error paths a step form shows beside a field: its fields (the roll too), and the introducer inputs. */
export function stepFieldPaths(fields: readonly StepField[], introducers: boolean): (path: string) => boolean {
  const names = new Set(fields.map((f) => f.name));
  const introducerInput = new RegExp(`^introducers\\.[${INTRODUCER_ROWS.join("")}]\\.(${INTRODUCER_KEYS.join("|")})$`);
  return (path) => names.has(path) || (introducers && introducerInput.test(path));
}

/**
 * Who corrects the roll a refused vote counted against, and where: the server marks the reasons
 * that come from the roll (lib/domain/unit-rules.ts withRollUnit) with whose roll it is (the
 * branch's official members, the grassroots committee's size) and, when the caller may open it,
 * the unit whose page holds it.
 */
export interface RollHint {
  kind: "rollHint";
  body: "branch" | "committee";
  /** The unit to link to (/units/{id}); null when the caller may not open its page. */
  unitId: string | null;
}

/** A line of a refusal: a translated sentence, or the roll hint (shown once, after the sentences). */
export type RefusalLine = string | RollHint;

export function rollHintOf(details: readonly { message: string }[]): RollHint | null {
  for (const d of details) {
    const { params } = decodeMsg(d.message);
    if (params.rollBody === "branch" || params.rollBody === "committee") {
      const unitId = typeof params.rollUnit === "string" && /^[0-9a-f-]{36}$/i.test(params.rollUnit) ? params.rollUnit : null;
      return { kind: "rollHint", body: params.rollBody, unitId };
    }
  }
  return null;
}

/**
 * A refused step: every unmet rule (a detail without a field on the form) for the list above the
 * button, the others being shown beside their fields by the form hook, then who may correct the
 * roll when the roll was the cause; whether the vote fell short of 2/3 (it may then be kept on
 * record as a failed vote).
 */
export function stepRefusal(result: ActionFailure, t: Translate, isField: (path: string) => boolean): { reasons: RefusalLine[]; belowTwoThirds: boolean } {
  const reasons: RefusalLine[] = result.details.filter((d) => !(d.path && isField(d.path))).map((d) => translateValidation(t, d.message));
  if (!result.details.length) reasons.push(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
  const hint = rollHintOf(result.details);
  if (hint) reasons.push(hint);
  const belowTwoThirds = result.details.some((d) => d.code === "VOTE_BELOW_TWO_THIRDS" || d.message.startsWith("rules.VOTE_BELOW_TWO_THIRDS"));
  return { reasons, belowTwoThirds };
}
