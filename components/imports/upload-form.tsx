"use client";

import { useState, type FormEvent } from "react";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useTranslate } from "@/lib/i18n/use-translate";

interface ApiError {
  error?: { message?: string; details?: { message?: string }[] };
}

/**
 * Uploads a spreadsheet to POST /api/v1/imports/{kind} (a file may be up to 30 MB, past what a
 * server action takes), then opens the preview. A refused file shows the API's message, in the
 * reader's language (Accept-Language is the page's locale), with each detail (the columns missing).
 */
export function UploadForm({ kind, label }: { kind: "candidates" | "units"; label: string }) {
  const t = useTranslate();
  const locale = useLocale();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string[] | null>(null);
  const id = `import-file-${kind}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError([t("imports.chooseFile")]);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/v1/imports/${kind}`, { method: "POST", body: data, headers: { "accept-language": locale } });
      const body = (await res.json().catch(() => ({}))) as { importId?: string } & ApiError;
      if (res.ok && body.importId) {
        router.push(`/imports/${body.importId}`);
        return;
      }
      const details = (body.error?.details ?? []).map((d) => d.message).filter((m): m is string => Boolean(m));
      setError([body.error?.message ?? t("errors.INTERNAL", { eventId: "" }), ...(details.length > 1 ? details : [])]);
    } catch {
      setError([t("errors.NETWORK")]);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" data-testid={`upload-${kind}`}>
      <label htmlFor={id} className="text-sm font-semibold text-stone-700">
        {label}
      </label>
      <input
        id={id}
        name="file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:text-sm`}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("imports.uploading") : t("imports.upload")}
      </Button>
      {error ? (
        <div id={`${id}-error`} className="text-sm text-brand-700" aria-live="polite" data-testid={`upload-error-${kind}`}>
          {error.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
