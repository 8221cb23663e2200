"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { StageBadgeClient } from "@/components/candidates/stage-badge-client";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { StageCode } from "@/lib/domain/stages";
import { translateValidation } from "@/lib/i18n/translate-validation";

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Line = { candidateId: string; ok: boolean; code?: string; details?: { path: string; message: string }[] };
interface Enrolment {
  candidateId: string;
  fullName: string;
  stage: StageCode;
  unitName: string;
  result: string;
  certificateNumber: string | null;
}

/** Enrol many at once, then record results and certificate numbers for the whole class. */
export function EnrolmentManager(props: {
  courseId: string;
  kind: "AWARENESS" | "NEW_MEMBER";
  enrolments: Enrolment[];
  eligible: { id: string; fullName: string; unitName: string }[];
  defaults: { date: string; certificateDate: string };
  enrol: (courseId: string, input: unknown) => Promise<ActionResult<{ lines: Line[] }>>;
  record: (courseId: string, input: unknown) => Promise<ActionResult<{ lines: Line[] }>>;
}) {
  const t = useTranslations() as unknown as Translate;
  const router = useRouter();
  const [lines, setLines] = useState<(Line & { name: string })[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const names = new Map([...props.enrolments.map((e) => [e.candidateId, e.fullName] as const), ...props.eligible.map((e) => [e.id, e.fullName] as const)]);
  const enrolled = new Set(props.enrolments.map((e) => e.candidateId));

  const done = (result: ActionResult<{ lines: Line[] }>) => {
    if (result.ok) {
      setLines(result.data.lines.map((l) => ({ ...l, details: l.details, name: names.get(l.candidateId) ?? l.candidateId })));
      setError(null);
      router.refresh();
    } else setError(result.details.map((d) => `${d.path}: ${translateValidation(t, d.message)}`).join(" ") || t(`errors.${result.messageKey}`, { eventId: "" }));
  };

  function onEnrol(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => done(await props.enrol(props.courseId, { candidateIds: form.getAll("candidateId"), date: form.get("date") })));
  }

  function onResults(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const results = props.enrolments
      .filter((e) => form.get(`result.${e.candidateId}`))
      .map((e) => ({ candidateId: e.candidateId, result: form.get(`result.${e.candidateId}`), certificateNumber: form.get(`number.${e.candidateId}`) || null, certificateDate: form.get("certificateDate") || null }));
    startTransition(async () => done(await props.record(props.courseId, { results })));
  }

  const waiting = props.eligible.filter((c) => !enrolled.has(c.id));
  return (
    <div className="flex flex-col gap-5">
      {lines ? (
        <ul className="rounded-md border border-stone-200 p-2 text-sm" data-testid="class-results">
          {lines.map((l) => (
            <li key={l.candidateId} className={l.ok ? "text-emerald-800" : "text-brand-800"}>
              {l.ok ? "✓" : "✗"} {l.name}
              {l.ok ? "" : `: ${(l.details ?? []).map((d) => translateValidation(t, d.message)).join("; ") || t(`errors.${l.code ?? "INTERNAL"}`, { eventId: "" })}`}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p className="text-sm text-brand-700">{error}</p> : null}
      {props.enrolments.length ? (
        <form onSubmit={onResults} className="flex flex-col gap-2" data-testid="results-form">
          <table className="w-full text-sm">
            <tbody className="divide-y divide-stone-100">
              {props.enrolments.map((e) => (
                <tr key={e.candidateId}>
                  <td className="py-2 font-semibold">{e.fullName}</td>
                  <td className="py-2 text-stone-600">{e.unitName}</td>
                  <td className="py-2">
                    <StageBadgeClient stage={e.stage} />
                  </td>
                  <td className="py-2">
                    <select name={`result.${e.candidateId}`} defaultValue="" className="min-h-9 rounded-md border border-stone-300 px-2" aria-label={`${t("classes.result")} ${e.fullName}`}>
                      <option value="">{t(`classes.resultValue.${e.result}`)}</option>
                      {["PASSED", "FAILED", "ABSENT"].map((r) => (
                        <option key={r} value={r}>
                          {t(`classes.resultValue.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="py-2">
                    <input name={`number.${e.candidateId}`} defaultValue={e.certificateNumber ?? ""} placeholder={t("pipeline.field.certificateNumber")} className="min-h-9 w-36 rounded-md border border-stone-300 px-2" aria-label={`${t("pipeline.field.certificateNumber")} ${e.fullName}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-xs font-semibold text-stone-600">
              {t("pipeline.field.certificateDate")}
              <input name="certificateDate" defaultValue={props.defaults.certificateDate} className={inputClass} />
            </label>
            <Button type="submit" disabled={pending} data-testid="results-submit">
              {t("classes.saveResults")}
            </Button>
          </div>
        </form>
      ) : null}
      {waiting.length ? (
        <form onSubmit={onEnrol} className="flex flex-col gap-2 border-t border-stone-200 pt-4" data-testid="enrol-form">
          <p className="text-sm font-semibold">{t("classes.enrolTitle")}</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {waiting.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="candidateId" value={c.id} className="h-4 w-4 accent-brand-700" />
                {c.fullName} <span className="text-stone-500">· {c.unitName}</span>
              </label>
            ))}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-xs font-semibold text-stone-600">
              {t("pipeline.field.date")}
              <input name="date" defaultValue={props.defaults.date} className={inputClass} />
            </label>
            <Button type="submit" disabled={pending} data-testid="enrol-submit">
              {t("classes.enrol")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
