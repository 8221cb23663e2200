import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findCandidate } from "@/lib/db/candidates";
import { notFound } from "@/lib/errors";
import { zId } from "@/lib/validation/common";
import { translateRuleRef } from "@/lib/domain/rules/deadlines";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { loadCandidateDeadlines } from "./candidate-deadlines";
import { toCandidateDetail } from "./candidate-dto";

/**
 * One candidate with its deadlines; NOT_FOUND for a malformed id, a missing one, or one outside the
 * scope alike. Each deadline's rule reference is in `locale` (the API passes Accept-Language),
 * otherwise in the user's own language.
 */
export async function getCandidate({ actor, id, today, locale }: { actor: Actor; id: string; today?: string; locale?: Locale }) {
  if (!zId.safeParse(id).success) throw notFound();
  const row = await findCandidate(actor.scope, id);
  if (!row) throw notFound();
  const deadlines = await loadCandidateDeadlines(actor.scope, id, today);
  const t = translatorFor(locale ?? toLocale(actor.locale));
  return toCandidateDetail(
    row,
    deadlines.map((d) => ({ ...d, ruleRef: translateRuleRef(t, d) })),
  );
}
