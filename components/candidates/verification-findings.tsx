"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import type { TVerificationFindings } from "@/lib/services/candidates/verification-findings";
import { formatVnDate } from "@/lib/time";

/**
 * The verification findings stay closed until asked for: opening them is logged (who, when), and
 * the page says so before the click.
 */
export function VerificationFindings({ candidateId, open }: { candidateId: string; open: (id: string) => Promise<ActionResult<TVerificationFindings>> }) {
  const t = useTranslate("verification");
  const tAll = useTranslate();
  const [result, setResult] = useState<ActionResult<TVerificationFindings> | null>(null);
  const [pending, start] = useTransition();
  if (result?.ok) {
    return result.data.items.length ? (
      <ul className="flex flex-col gap-2 text-sm" data-testid="verification-findings">
        {result.data.items.map((v, i) => (
          <li key={i} className="rounded-md border border-stone-200 p-2">
            <p className="text-stone-600">
              {t("requested", { date: formatVnDate(v.requestedOn) })}
              {v.completedOn ? ` · ${t("completed", { date: formatVnDate(v.completedOn) })}` : ""}
              {v.certifiedOn ? ` · ${t("certified", { date: formatVnDate(v.certifiedOn) })}` : ""}
              {v.documentNumber ? ` · ${v.documentNumber}` : ""}
            </p>
            <p className="whitespace-pre-line">{v.conclusion || t("noConclusion")}</p>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-stone-600" data-testid="verification-findings">
        {t("none")}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-stone-600">{t("logged")}</p>
      <div>
        <button
          type="button"
          disabled={pending}
          onClick={() => start(async () => setResult(await open(candidateId)))}
          className="inline-flex min-h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60"
          data-testid="open-verification"
        >
          {t("open")}
        </button>
      </div>
      {result && !result.ok ? (
        <p role="alert" className="text-sm text-brand-800">
          {tAll(`errors.${result.messageKey}`)}
        </p>
      ) : null}
    </div>
  );
}
