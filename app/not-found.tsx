import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto flex max-w-md flex-col items-start gap-3 px-4 py-16">
      <h1 className="text-xl font-semibold" data-testid="not-found">
        {t("notFoundTitle")}
      </h1>
      <p className="text-stone-600">{t("notFoundBody")}</p>
      <ButtonLink href="/candidates">{t("backHome")}</ButtonLink>
    </main>
  );
}
