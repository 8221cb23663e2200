import { getTranslations } from "next-intl/server";

/**
 * The sentences of a forecast's reason (lib/domain/quotas/forecast-reason.ts), already translated.
 * The first one says where the unit stands; the working behind it folds away, so that eight units
 * at risk read as a list on a phone rather than two thousand pixels of sentences.
 */
export async function ReasonList({ sentences }: { sentences: string[] }) {
  const t = await getTranslations("dashboard");
  const [first, ...rest] = sentences;
  return (
    <div data-testid="forecast-reason">
      <ul className="ml-5 list-disc text-stone-700">{first ? <li>{first}</li> : null}</ul>
      {rest.length ? (
        <details className="mt-1">
          <summary className="flex min-h-6 cursor-pointer items-center font-semibold text-stone-800">{t("reasonMore", { count: rest.length })}</summary>
          <ul className="ml-5 list-disc text-stone-700">
            {rest.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
