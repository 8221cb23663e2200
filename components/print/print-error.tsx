import type { AppError } from "@/lib/errors";
import { formatParams } from "@/lib/i18n/format-params";
import type { Translate } from "@/lib/i18n/translate";
import { translateValidation } from "@/lib/i18n/translate-validation";

/** Why a print view cannot be shown (too large a batch, a bad parameter), in the reader's language, with the way back. */
export function PrintError({ error, t, backHref }: { error: AppError; t: Translate; backHref: string }) {
  return (
    <div className="mx-auto max-w-xl p-6 font-sans">
      <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="print-error">
        <p className="font-semibold">{t(`errors.${error.messageKey}`, formatParams(error.params))}</p>
        {error.details.length ? (
          <ul className="mt-2 ml-5 list-disc text-sm">
            {error.details.map((d) => (
              <li key={`${d.path}-${d.message}`}>
                {d.path}: {translateValidation(t, d.message)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <a href={backHref} className="mt-4 inline-block text-sm text-stone-700 underline">
        ← {t("print.back")}
      </a>
    </div>
  );
}
