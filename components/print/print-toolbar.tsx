"use client";

import { useEffect } from "react";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * The screen-only bar above the sheets: what is being printed, the print button and, for lists, the
 * Excel file. Opened with `print=1` (the app's print links), it opens the browser's print dialog by
 * itself once the fonts are in, so that printing a whole batch is one click.
 */
export function PrintToolbar({
  heading,
  detail,
  autoPrint,
  excelHref,
  backHref,
}: {
  heading: string;
  detail: string;
  autoPrint: boolean;
  excelHref?: string;
  backHref: string;
}) {
  const t = useTranslate("print");
  useEffect(() => {
    if (!autoPrint) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [autoPrint]);
  return (
    <div className="no-print sticky top-0 z-10 border-b border-stone-300 bg-white/95 px-4 py-3 font-sans shadow-sm" data-testid="print-toolbar">
      <div className="mx-auto flex max-w-[210mm] flex-wrap items-center gap-3">
        <a href={backHref} className="text-sm text-stone-600 hover:underline">
          ← {t("back")}
        </a>
        <div className="min-w-0 flex-1">
          <p className="truncate font-semibold">{heading}</p>
          <p className="text-xs text-stone-600">{detail}</p>
        </div>
        {excelHref ? (
          <a
            href={excelHref}
            className="inline-flex min-h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-semibold hover:bg-stone-100"
            data-testid="print-excel"
          >
            {t("excel")}
          </a>
        ) : null}
        <button
          type="button"
          onClick={() => window.print()}
          className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
          data-testid="print-button"
        >
          {t("print")}
        </button>
      </div>
      <p className="mx-auto mt-1 max-w-[210mm] text-xs text-stone-500">{t("hint")}</p>
    </div>
  );
}
