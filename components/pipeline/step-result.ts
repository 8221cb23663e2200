import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";
import type { Translate } from "@/lib/i18n/translate";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** A refused step: the problems of one field beside that field, every unmet rule in the list above the button. */
export function stepRefusal(result: Failure, t: Translate): { fieldErrors: Record<string, string>; reasons: string[]; belowTwoThirds: boolean } {
  const fieldErrors: Record<string, string> = {};
  const reasons: string[] = [];
  for (const detail of result.details) {
    if (detail.path && detail.path !== "version") fieldErrors[detail.path] = translateValidation(t, detail.message);
    else reasons.push(translateValidation(t, detail.message));
  }
  if (!result.details.length) reasons.push(t(`errors.${result.messageKey}`, { eventId: result.eventId ?? "" }));
  const belowTwoThirds = result.details.some((d) => d.code === "VOTE_BELOW_TWO_THIRDS" || d.message.startsWith("rules.VOTE_BELOW_TWO_THIRDS"));
  return { fieldErrors, reasons, belowTwoThirds };
}

/** FormData → a step's body: empty fields left out, introducer rows gathered into a list. */
export function stepInput(form: FormData, base: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...base };
  const introducers = new Map<number, Record<string, string>>();
  for (const [key, raw] of form.entries()) {
    const value = String(raw).trim();
    if (!value) continue;
    const m = /^introducers\.(\d)\.(\w+)$/.exec(key);
    if (m) introducers.set(Number(m[1]), { ...(introducers.get(Number(m[1])) ?? {}), [m[2]!]: value });
    else input[key] = value;
  }
  const rows = [...introducers.values()].filter((r) => r.name);
  if (rows.length) input.introducers = rows;
  return input;
}
