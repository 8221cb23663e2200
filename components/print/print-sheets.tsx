import type { PrintDocument } from "@/lib/domain/print/document";
import type { Translate } from "@/lib/i18n/translate";
import { PaperTable } from "./paper-table";
import { PartyHeader } from "./party-header";
import { Signatures } from "./signatures";

/**
 * A printed paper's sheets as laid out by lib/domain/print/sheets.ts: the header and title on the
 * first, the table's rows on as many as they need (with the head repeated), the closing lines and
 * the signatures last. Each sheet's footer names the person and says "Trang x/y", numbered within
 * this paper, so that a batch's sheets can be told apart once printed.
 */
export function PrintSheets({ doc, t }: { doc: PrintDocument; t: Translate }) {
  return (
    <>
      {doc.sheets.map((blocks, sheetIndex) => {
        const rows = blocks.flatMap((b) => (b.type === "row" ? [b.index] : []));
        return (
          <article key={sheetIndex} className="sheet" data-testid="sheet" data-document={doc.key}>
            <div className="sheet-body">
              {blocks.some((b) => b.type === "intro") ? (
                <>
                  <PartyHeader header={doc.header} />
                  <h1 className="mt-6 text-center text-[14pt] font-bold" data-testid="print-title">
                    {doc.title}
                  </h1>
                  {doc.subtitle ? <p className="text-center">{doc.subtitle}</p> : null}
                </>
              ) : null}
              {blocks.some((b) => b.type === "particulars") ? (
                <dl className="mt-4 grid grid-cols-[52mm_1fr]" data-testid="particulars">
                  {doc.particulars.map((p) => (
                    <div key={p.label} className="contents">
                      <dt>{p.label}:</dt>
                      <dd className="break-words">{p.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {rows.length ? <PaperTable table={doc.table} rows={rows} /> : null}
              {blocks.some((b) => b.type === "closing") ? (
                <div className="mt-3">
                  {doc.closing.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              ) : null}
              {blocks.some((b) => b.type === "signatures") ? <Signatures doc={doc} /> : null}
            </div>
            <footer className="sheet-footer">
              <span data-testid="sheet-name">{doc.footerName ?? ""}</span>
              <span data-testid="sheet-page">{t("print.page", { page: sheetIndex + 1, pages: doc.sheets.length })}</span>
            </footer>
          </article>
        );
      })}
    </>
  );
}
