import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { PrintError } from "@/components/print/print-error";
import { PrintSheets } from "@/components/print/print-sheets";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { requireActor } from "@/lib/auth/require-actor";
import { LIST_KINDS, type ListKind } from "@/lib/domain/print/lists";
import { isAppError } from "@/lib/errors";
import { toLocale } from "@/lib/i18n/locales";
import { getTranslate } from "@/lib/i18n/translate";
import { listData, listDocument } from "@/lib/services/paperwork/lists";
import { backHrefOf, pickStrings, withoutViewParams } from "../../search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslate("meta"))("print") };
}

type Search = Record<string, string | string[] | undefined>;

/** One of the organizers' lists in the party layout, with its Excel file a click away. */
export default async function ListPrintPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const { kind } = await params;
  if (!(LIST_KINDS as readonly string[]).includes(kind)) notFound();
  const query = pickStrings(await searchParams);
  const locale = toLocale(await getLocale());
  const t = await getTranslate();
  const back = backHrefOf(query, kind === "roster" && query.classId ? `/classes/${query.classId}` : "/paperwork");
  const input = withoutViewParams(query);
  const list = await listData({ actor, kind: kind as ListKind, input, locale }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error)) return error;
    throw error;
  });
  if (isAppError(list)) return <PrintError error={list} t={t} backHref={back} />;
  const excel = `/api/v1/lists/${kind}?${new URLSearchParams({ ...input, format: "xlsx" }).toString()}`;
  return (
    <>
      <PrintToolbar
        heading={[list.title, list.subtitle].filter(Boolean).join(" · ")}
        detail={t("print.listTotal", { count: list.rows.length })}
        autoPrint={query.print === "1"}
        excelHref={excel}
        backHref={back}
      />
      <PrintSheets doc={listDocument(list, locale)} t={t} />
    </>
  );
}
