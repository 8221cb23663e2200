import "server-only";
import { STAGES_WITH_DEADLINES } from "@/lib/domain/rules/next-actions";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { findCandidatesInStages } from "@/lib/db/candidates";
import { dbFor } from "@/lib/db/scoped";
import { loadHolidays } from "@/lib/db/holidays";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { openDeadlines, translateRuleRef } from "@/lib/domain/rules/deadlines";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { todayVn } from "@/lib/time";
import { zInt } from "@/lib/validation/common";
import { parseOrThrow } from "@/lib/validation/parse";

const ZDeadlineQuery = z.object({
  within: zInt(0, 366).default(30),
});

/** Stages that carry a deadline (domain.md): only their candidates are read. */

/**
 * What needs doing in the caller's scope: overdue deadlines and those due within N days, soonest
 * first. Each names its rule (a stable code) and the reference in the reader's `locale` (the API
 * passes Accept-Language, pages their own locale; the user's saved language otherwise).
 */
export async function listDeadlines({
  actor,
  input,
  today = todayVn(),
  locale = toLocale(actor.locale),
}: {
  actor: Actor;
  input: unknown;
  today?: string;
  locale?: Locale;
}) {
  const { within } = parseOrThrow(ZDeadlineQuery, input);
  const t = translatorFor(locale);
  const candidates = await findCandidatesInStages(actor.scope, STAGES_WITH_DEADLINES);
  const [holidays, facts] = await Promise.all([
    loadHolidays(),
    loadPipelineFactsMany(
      dbFor(actor.scope),
      candidates.map((c) => c.id),
    ),
  ]);
  const items = [];
  for (const c of candidates) {
    const loaded = facts.get(c.id);
    if (!loaded) continue;
    for (const d of openDeadlines(loaded.facts, today, holidays, within)) {
      items.push({
        candidateId: c.id,
        fullName: c.fullName,
        unitName: c.unit.name,
        stage: c.stage,
        kind: d.kind,
        dueDate: d.dueDate,
        overdue: d.overdue,
        daysLeft: d.daysLeft,
        ruleSetCode: d.ruleSetCode,
        rule: d.rule,
        regulation: d.regulation,
        ruleRef: translateRuleRef(t, d),
      });
    }
  }
  items.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return { items, within, today };
}
