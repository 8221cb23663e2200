"use client";

import { useState } from "react";
import { useAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { OneTimePassword } from "./one-time-password";

/**
 * Gives the account a new one-time password after a confirmation: the person's sessions end and
 * they must choose a new password at their next sign-in. The password is shown here once.
 */
export function PasswordResetButton({
  username,
  fullName,
  reset,
}: {
  username: string;
  fullName: string;
  reset: () => Promise<ActionResult<{ oneTimePassword: string }>>;
}) {
  const t = useTranslate("accounts");
  const { run, pending, formError } = useAction();
  const [password, setPassword] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          data-testid="password-reset"
          onClick={() => {
            if (window.confirm(t("resetConfirm", { name: fullName }))) void run(reset, { onSuccess: (data) => setPassword(data.oneTimePassword) });
          }}
        >
          {t("reset")}
        </Button>
        {formError ? (
          <span className="text-sm text-brand-700" role="alert">
            {formError}
          </span>
        ) : null}
      </div>
      {password ? <OneTimePassword username={username} password={password} /> : null}
    </div>
  );
}
