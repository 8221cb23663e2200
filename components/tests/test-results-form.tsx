"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Line = { candidateId: string; ok: boolean; details?: { path: string; message: string }[] };

/** One row per candidate waiting for the test: pass, or essay and retest. */
export function TestResultsForm({ sessionId, candidates, submit }: { sessionId: string; candidates: { id: string; fullName: string; unitName: string }[]; submit: (id: string, input: unknown) => Promise<ActionResult<{ lines: Line[] }>> }) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (candidates.length === 0) return <p className="text-sm text-stone-600">{t("tests.noneWaiting")}</p>;
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const results = candidates.filter((c) => form.get(`outcome.${c.id}`)).map((c) => ({ candidateId: c.id, outcome: form.get(`outcome.${c.id}`), essayNote: form.get(`essay.${c.id}`) || null }));
        startTransition(async () => {
          const result = await submit(sessionId, { results });
          if (result.ok) {
            const failed = result.data.lines.filter((l) => !l.ok);
            setMessage(failed.length ? failed.map((l) => (l.details ?? []).map((d) => translateValidation(t, d.message)).join("; ")).join(" | ") : t("pipeline.done"));
            router.refresh();
          } else setMessage(result.details.map((d) => translateValidation(t, d.message)).join(" "));
        });
      }}
    >
      {candidates.map((c) => (
        <div key={c.id} className="grid gap-2 border-b border-stone-100 py-2 text-sm sm:grid-cols-[2fr_1fr_2fr]">
          <span>
            <span className="font-semibold">{c.fullName}</span> · {c.unitName}
          </span>
          <select name={`outcome.${c.id}`} defaultValue="" className="min-h-9 rounded-md border border-stone-300 px-2" aria-label={c.fullName}>
            <option value="">—</option>
            {["PASSED", "ESSAY_RETEST", "ABSENT"].map((o) => (
              <option key={o} value={o}>
                {t(`tests.outcome.${o}`)}
              </option>
            ))}
          </select>
          <input name={`essay.${c.id}`} placeholder={t("tests.essay")} className="min-h-9 rounded-md border border-stone-300 px-2" />
        </div>
      ))}
      {message ? <p className="text-sm">{message}</p> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t("classes.saveResults")}
        </Button>
      </div>
    </form>
  );
}
