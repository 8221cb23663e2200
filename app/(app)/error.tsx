"use client";

import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * The error screen of every signed-in page, inside the app's layout (header and menu stay). A
 * server error reaches the browser as a generic Error with a `digest`: the id under which the
 * server logged it, shown as the incident id for the administrator. Never the error's own text.
 */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslate("errors");
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    // The browser console only; the server has logged the real cause under the digest.
    console.error(error);
  }, [error]);

  return (
    <section className="mx-auto flex max-w-md flex-col items-start gap-3 py-10" role="alert" data-testid="page-error">
      <h1 className="text-xl font-semibold">{t("pageErrorTitle")}</h1>
      <p className="text-stone-600">{t("pageErrorBody")}</p>
      {digest ? (
        <p className="text-sm text-stone-500" data-testid="page-error-id">
          {t("pageErrorId", { eventId: digest })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => retry()}>
          {t("retry")}
        </Button>
        <ButtonLink href="/candidates" variant="secondary">
          {t("backHome")}
        </ButtonLink>
      </div>
    </section>
  );
}
