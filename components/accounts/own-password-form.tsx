"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ownPasswordSchema } from "@/lib/validation/account";
import { PasswordRules } from "./password-rules";
import { FormMessage } from "@/components/forms/form-message";

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * The person's own password: the current one (or the one-time one), the new one twice. The rules
 * are checked as the server checks them (the schema is shared). After the change this browser stays
 * signed in (its session is re-issued) and goes on to the candidate list; where that was not
 * possible, to the sign-in page.
 */
export function OwnPasswordForm({ username, submit }: { username: string; submit: (input: unknown) => Promise<ActionResult<{ sessionRenewed: boolean }>> }) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<Values, { sessionRenewed: boolean }>({
    schema: ownPasswordSchema(username),
    action: submit,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    notice: (data) => (data.sessionRenewed ? t("password.changed") : t("password.signInAgain")),
    refresh: false,
    onSuccess: (data) => router.replace(data.sessionRenewed ? "/candidates" : "/login"),
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      data-testid="own-password-form"
    >
      {/* A hidden username lets the browser's password manager file the new password under the right account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <Field id="currentPassword" label={t("password.current")} error={errorOf("currentPassword")} required>
        <input
          {...form.register("currentPassword")}
          {...fieldProps("currentPassword")}
          type="password"
          autoComplete="current-password"
          className={inputClass}
        />
      </Field>
      <Field id="newPassword" label={t("password.new")} error={errorOf("newPassword")} required>
        <input {...form.register("newPassword")} {...fieldProps("newPassword")} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field id="confirmPassword" label={t("password.confirm")} error={errorOf("confirmPassword")} required>
        <input {...form.register("confirmPassword")} {...fieldProps("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <PasswordRules />
      <Button type="submit" disabled={pending} data-testid="own-password-submit">
        {pending ? t("password.submitting") : t("password.submit")}
      </Button>
      <FormMessage error={formError} notice={notice} className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" testId="own-password-message" />
    </form>
  );
}
