import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { PrintError } from "@/components/print/print-error";
import { PrintSheets } from "@/components/print/print-sheets";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { getTranslate } from "@/lib/i18n/translate";
import { checklistBatch } from "@/lib/services/paperwork/checklists";
import type { BatchSource } from "@/lib/services/paperwork/selection";
import { backHrefOf, pickStrings, withoutViewParams } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslate("meta"))("print") };
}

type Search = Record<string, string | string[] | undefined>;

/**
 * Dossier checklists to print, one candidate's or a batch's (a class, a ceremony, the candidate
 * list as filtered): each candidate on sheets of their own, numbered within their file.
 */
export default async function ChecklistsPrintPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const params = pickStrings(await searchParams);
  const locale = toLocale(await getLocale());
  const t = await getTranslate();
  const back = backHrefOf(params, params.candidateId ? `/candidates/${params.candidateId}` : params.classId ? `/classes/${params.classId}` : "/candidates");
  const batch = await checklistBatch({ actor, input: withoutViewParams(params), locale }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error)) return error;
    throw error;
  });
  if (isAppError(batch)) return <PrintError error={batch} t={t} backHref={back} />;
  const heading = `${t(`print.title.${batch.kind}`)} · ${sourceLabel(t, batch.source)}`;
  return (
    <>
      <PrintToolbar heading={heading} detail={t("print.batch", { count: batch.documents.length })} autoPrint={params.print === "1"} backHref={back} />
      {batch.documents.length ? (
        batch.documents.map((doc) => <PrintSheets key={doc.key} doc={doc} t={t} />)
      ) : (
        <p className="mx-auto max-w-xl p-6 text-center font-sans" data-testid="print-empty">
          {t("print.empty")}
        </p>
      )}
    </>
  );
}

function sourceLabel(t: Awaited<ReturnType<typeof getTranslate>>, source: BatchSource): string {
  if (source.type === "class") return t("print.source.class", { name: source.name });
  return [t(`print.source.${source.type}`), "unitName" in source ? source.unitName : null].filter(Boolean).join(" · ");
}
