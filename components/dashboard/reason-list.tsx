/** The sentences of a forecast's reason (lib/domain/quotas/forecast-reason.ts), already translated. */
export function ReasonList({ sentences }: { sentences: string[] }) {
  return (
    <ul className="ml-5 list-disc text-stone-700" data-testid="forecast-reason">
      {sentences.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ul>
  );
}
