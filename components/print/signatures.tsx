import type { PrintDocument } from "@/lib/domain/print/document";

/**
 * Side by side: who checked the paper (where it has a checker) and the issuing body's signer, each
 * with room to sign (about 25 mm) and a dotted line for the name; both dotted lines sit level.
 */
export function Signatures({ doc }: { doc: PrintDocument }) {
  const block = (lines: string[], testId: string, name?: string | null) => (
    <div className="flex flex-col items-center text-center" data-testid={testId}>
      {lines.map((line) => (
        <div key={line} className="font-bold">
          {line}
        </div>
      ))}
      <div className="italic">{doc.signHint}</div>
      <div className="min-h-[25mm] flex-1" />
      <div className={name ? "font-bold" : undefined}>{name || "……………………………"}</div>
    </div>
  );
  return (
    <div className="mt-4 grid grid-cols-2 items-stretch gap-4">
      {doc.checkerTitle ? block([doc.checkerTitle], "checker", doc.checkerName) : <div />}
      {block([doc.header.signer.body, doc.header.signer.title], "signer")}
    </div>
  );
}
