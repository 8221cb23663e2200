import type { PrintDocument } from "@/lib/domain/print/document";

/**
 * The first page's header block (HD 36-HD/VPTW): on the left the superior organisation, the issuing
 * body in bold and a star; on the right the Party's name, underlined by a rule of its own length,
 * and the place and date line in italics. Party titles stay in Vietnamese in every language.
 */
export function PartyHeader({ header }: { header: PrintDocument["header"] }) {
  return (
    <div className="grid grid-cols-[45%_55%] gap-2 text-center" data-testid="party-header">
      <div className="flex flex-col items-center leading-snug">
        {header.superior ? <div>{header.superior}</div> : null}
        <div className="font-bold">{header.issuer}</div>
        <div>*</div>
      </div>
      <div className="flex flex-col items-center leading-snug">
        <div className="inline-block border-b border-black pb-0.5 font-bold">ĐẢNG CỘNG SẢN VIỆT NAM</div>
        <div className="mt-3 italic">{header.placeDate}</div>
      </div>
    </div>
  );
}
