"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useState } from "react";
import { useAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * Writes the previewed rows (all or none). Disabled while the preview has a problem; after a success
 * the page refreshes into its committed state, with a link to where the rows went.
 */
export function CommitButton({
  importId,
  count,
  disabled,
  commit,
  next,
}: {
  importId: string;
  count: number;
  disabled: boolean;
  commit: (importId: unknown) => Promise<ActionResult<{ created: number }>>;
  next: string;
}) {
  const t = useTranslate();
  const { run, pending, formError, notice } = useAction();
  const [done, setDone] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        disabled={disabled || pending || done}
        onClick={() => run(() => commit(importId), { notice: (data) => t("imports.committed", { count: data.created }), onSuccess: () => setDone(true) })}
        data-testid="import-commit"
      >
        {pending ? t("imports.committing") : t("imports.commit", { count })}
      </Button>
      {formError ? (
        <p className="text-sm text-brand-700" aria-live="polite" data-testid="import-commit-error">
          {formError}
        </p>
      ) : null}
      {notice ? (
        <p className="text-sm text-green-800" aria-live="polite" data-testid="import-commit-notice">
          {notice}{" "}
          <IntentLink href={next} className="font-semibold underline">
            {t(next === "/candidates" ? "imports.toCandidates" : "imports.toUnits")}
          </IntentLink>
        </p>
      ) : null}
    </div>
  );
}
