import type { PrintDocument, TickCell } from "@/lib/domain/print/document";

function Tick({ value }: { value: string }) {
  const tick = value as TickCell;
  if (tick === "NOT_APPLICABLE") return <span data-tick="NOT_APPLICABLE">—</span>;
  return (
    <span className="tick-box" data-tick={tick} role="img" aria-label={tick === "CHECKED" ? "☑" : "☐"}>
      {tick === "CHECKED" ? (
        <svg viewBox="0 0 10 10" width="100%" height="100%" aria-hidden>
          <path d="M2 5.2 4.2 7.4 8.2 2.6" fill="none" stroke="#000" strokeWidth="1.4" />
        </svg>
      ) : null}
    </span>
  );
}

/** The rows of the paper's table that fall on one sheet, under the table's head (repeated on every sheet). */
export function PaperTable({ table, rows }: { table: PrintDocument["table"]; rows: number[] }) {
  return (
    <table className="paper-table mt-3">
      <colgroup>
        {table.widthsMm.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((index) => (
          <tr key={index} data-testid="paper-row">
            {table.rows[index]!.map((cell, i) => (
              <td key={i} className={i === 0 || i === table.tickColumn ? "text-center" : undefined}>
                {i === table.tickColumn ? <Tick value={cell} /> : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
