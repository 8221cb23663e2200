import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CommitButton } from "@/components/imports/commit-button";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { translateValidation } from "@/lib/i18n/translate";
import { getMyImport } from "@/lib/services/imports/read-imports";
import { formatVnDateTime } from "@/lib/time";
import { commitImportAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("importPreview") };
}

/** How many rows the page lists: every row with a problem up to this, else the first rows as a sample. */
const SHOWN = 500;
const SAMPLE = 50;

/** The preview of one of the caller's imports: counts, every problem in the reader's language, and the commit. */
export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const record = await getMyImport({ actor, id }).catch((error) => (isAppError(error) && error.code === "NOT_FOUND" ? null : Promise.reject(error)));
  if (!record) notFound();
  const t = await getTranslations();
  const { summary } = record;
  const withProblems = record.rows.filter((r) => r.problems.length > 0);
  const shown = withProblems.length ? withProblems.slice(0, SHOWN) : record.rows.slice(0, SAMPLE);
  // The column in the reader's language; a field without a label (a whole-row problem) as the file names it.
  const column = (field: string) => (t.has(`imports.column.${field}`) ? t(`imports.column.${field}`) : (summary.columns[field] ?? field));
  const committed = record.status === "COMMITTED";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold break-all">{t("imports.previewTitle", { fileName: record.fileName })}</h1>
        <p className="text-sm text-stone-600">
          {t(`imports.kind.${record.kind}`)} · {formatVnDateTime(record.createdAt)}
        </p>
      </div>
      <Card>
        <div className="flex flex-col gap-3" data-testid="import-summary">
          <p className="font-semibold">{t("imports.summary", { total: summary.total, valid: summary.valid, invalid: summary.invalid })}</p>
          {committed ? (
            <p className="text-sm text-green-800" data-testid="import-committed">
              {t("imports.committedAt", { at: formatVnDateTime(record.committedAt ?? record.createdAt) })}
            </p>
          ) : summary.invalid > 0 ? (
            <p className="text-sm text-brand-700" data-testid="import-has-errors">
              {t("imports.hasErrors", { invalid: summary.invalid })}
            </p>
          ) : (
            <p className="text-sm text-stone-700">{t("imports.allValid")}</p>
          )}
          {record.kind === "CANDIDATES" ? <p className="text-xs text-stone-500">{t("imports.noStepsNote")}</p> : null}
          <div className="flex flex-wrap gap-2">
            {committed ? null : (
              <CommitButton
                importId={record.id}
                count={summary.valid}
                disabled={!record.mayCommit}
                commit={commitImportAction}
                next={record.kind === "CANDIDATES" ? "/candidates" : "/units"}
              />
            )}
            {committed ? (
              <ButtonLink href={record.kind === "CANDIDATES" ? "/candidates" : "/units"}>
                {t(record.kind === "CANDIDATES" ? "imports.toCandidates" : "imports.toUnits")}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/imports" variant="secondary">
              {t("imports.another")}
            </ButtonLink>
          </div>
        </div>
      </Card>
      <Card
        title={
          withProblems.length
            ? t("imports.problemRows", { count: withProblems.length })
            : t("imports.sampleRows", { shown: shown.length, total: summary.total })
        }
      >
        {withProblems.length > SHOWN ? (
          <p className="mb-2 text-sm text-stone-600">{t("imports.truncated", { shown: SHOWN, total: withProblems.length })}</p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="import-rows">
            <thead className="hidden border-b border-stone-200 text-stone-600 sm:table-header-group">
              <tr>
                <th className="py-2 pr-3 font-semibold">{t("imports.row")}</th>
                <th className="py-2 pr-3 font-semibold">{t("imports.who")}</th>
                <th className="py-2 pr-3 font-semibold">{t("imports.rowStatus")}</th>
                <th className="py-2 font-semibold">{t("imports.problems")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {shown.map((r) => (
                <tr key={r.row} className="flex flex-col gap-1 py-2 sm:table-row" data-testid={`import-row-${r.row}`}>
                  <td className="pr-3 tabular-nums sm:py-2">
                    <span className="sm:hidden">{t("imports.row")} </span>
                    {r.row}
                  </td>
                  <td className="pr-3 font-semibold break-words sm:py-2">{r.label}</td>
                  <td className="pr-3 sm:py-2">
                    {r.problems.length ? <span className="text-brand-700">{t("imports.bad")}</span> : <span className="text-green-700">{t("imports.ok")}</span>}
                  </td>
                  <td className="sm:py-2">
                    <ul className="flex flex-col gap-0.5">
                      {r.problems.map((p, i) => (
                        <li key={i}>{t("imports.problemIn", { column: column(p.field), message: translateValidation(t, p.message) })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
