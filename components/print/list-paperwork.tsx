import { getTranslations } from "next-intl/server";
import { MAX_PRINT_BATCH } from "@/lib/domain/print/lists";

const LINK =
  "inline-flex min-h-10 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-700";

/**
 * Under the candidate list's filters: print every listed candidate's checklist (one per page) and
 * export the list as filtered, every row and not only this page, as Excel or CSV.
 */
export async function ListPaperwork({ filters, total }: { filters: Record<string, string>; total: number }) {
  const t = await getTranslations("print");
  // The list's filters only: the page number does not narrow a batch or an export.
  const query = new URLSearchParams(Object.entries(filters).filter(([k]) => ["unitId", "stage", "q"].includes(k)));
  const tooMany = total > MAX_PRINT_BATCH;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="list-paperwork">
      {total > 0 && !tooMany ? (
        <a href={`/print/checklists?${query}&print=1`} target="_blank" className={LINK} data-testid="print-batch">
          {t("printBatch", { count: total })}
        </a>
      ) : null}
      {tooMany ? (
        <p className="text-sm text-stone-600" data-testid="print-batch-too-many">
          {(await getTranslations("errors"))("BATCH_TOO_LARGE", { count: total, max: MAX_PRINT_BATCH })}
        </p>
      ) : null}
      <a href={`/api/v1/candidates/export?${query}&format=xlsx`} className={LINK} data-testid="export-xlsx">
        {t("exportXlsx")}
      </a>
      <a href={`/api/v1/candidates/export?${query}&format=csv`} className={LINK} data-testid="export-csv">
        {t("exportCsv")}
      </a>
    </div>
  );
}
