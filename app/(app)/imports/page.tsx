import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/imports/upload-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { MAX_UPLOAD_BYTES } from "@/lib/api/multipart";
import { MAX_IMPORT_ROWS } from "@/lib/domain/import-rows";
import { importKindsFor, listMyImports } from "@/lib/services/imports/read-imports";
import { formatVnDateTime } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("imports") };
}

const LINK =
  "inline-flex min-h-11 sm:min-h-10 items-center rounded-md border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-800 hover:bg-stone-100";
const API = { CANDIDATES: "candidates", UNITS: "units" } as const;

/**
 * Loading Excel sheets (issue 11): download a template, upload the filled file, then the preview
 * page shows every row; nothing is written until the preview is clean and confirmed.
 */
export default async function ImportsPage() {
  const actor = await requireActor();
  const kinds = importKindsFor(actor);
  if (kinds.length === 0) notFound();
  const t = await getTranslations("imports");
  const recent = await listMyImports({ actor });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {kinds.map((kind) => (
          <Card key={kind} title={t(`kind.${kind}`)}>
            <div className="flex flex-col gap-3" data-testid={`import-${API[kind]}`}>
              <p className="text-sm text-stone-600">{t(`help.${kind}`)}</p>
              <a href={`/api/v1/imports/${API[kind]}/template`} download className={`${LINK} self-start`} data-testid={`template-${API[kind]}`}>
                {t("template")}
              </a>
              <UploadForm kind={API[kind]} label={t("file", { maxRows: MAX_IMPORT_ROWS.toLocaleString("vi-VN"), maxMb: MAX_UPLOAD_BYTES / (1024 * 1024) })} />
            </div>
          </Card>
        ))}
      </div>
      <Card title={t("recent")}>
        {recent.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noRecent")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200 text-sm" data-testid="recent-imports">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <IntentLink href={`/imports/${r.id}`} className="font-semibold break-all text-brand-700 hover:underline">
                  {r.fileName}
                </IntentLink>
                <span className="text-stone-600">
                  {t("recentLine", { kind: t(`kind.${r.kind}`), rows: r.total, date: formatVnDateTime(r.createdAt) })} ·{" "}
                  <span className={r.status === "COMMITTED" ? "font-semibold text-green-700" : r.invalid > 0 ? "text-brand-700" : "text-stone-700"}>
                    {t(`status.${r.status}`)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
