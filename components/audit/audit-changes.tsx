/** The fields an entry changed, "field: before → after", as the history stores them ({ field: { from, to } }). */
export function AuditChanges({ changes }: { changes: unknown }) {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return null;
  const lines = Object.entries(changes as Record<string, unknown>).map(([field, value]) => {
    const change = value as { from?: unknown; to?: unknown } | null;
    const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
    return change && typeof change === "object" && ("from" in change || "to" in change)
      ? `${field}: ${show(change.from)} → ${show(change.to)}`
      : `${field}: ${show(value)}`;
  });
  if (!lines.length) return null;
  return (
    <ul className="mt-1 list-none text-xs break-words text-stone-700">
      {lines.slice(0, 8).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
