import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function Pagination({ page, pageSize, total, params }: { page: number; pageSize: number; total: number; params: Record<string, string> }) {
  const t = await getTranslations("list");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => `?${new URLSearchParams({ ...params, page: String(p) }).toString()}`;
  return (
    <nav className="flex items-center justify-between gap-2 text-sm" aria-label={t("pagination")}>
      {page > 1 ? (
        <ButtonLink href={href(page - 1)} variant="secondary" data-testid="page-prev">
          ← {t("previous")}
        </ButtonLink>
      ) : (
        <span />
      )}
      <span className="text-stone-600" data-testid="page-of">
        {t("pageOf", { page, pages })}
      </span>
      {page < pages ? (
        <ButtonLink href={href(page + 1)} variant="secondary" data-testid="page-next">
          {t("next")} →
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
