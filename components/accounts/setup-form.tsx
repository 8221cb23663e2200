"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZSetup } from "@/lib/validation/account";
import { PasswordRules } from "./password-rules";

type Values = { unitName: string; unitCode: string; username: string; fullName: string; password: string; confirmPassword: string };

/**
 * The first run: the root unit (only when the database has none) and the first administrator with
 * a password they choose. Then off to the sign-in page.
 */
export function SetupForm({
  askUnit,
  defaults,
  submit,
}: {
  askUnit: boolean;
  defaults: { unitName: string; unitCode: string };
  submit: (input: unknown) => Promise<ActionResult<{ username: string }>>;
}) {
  const t = useTranslate();
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<Values, { username: string }>({
    schema: ZSetup,
    action: submit,
    toBody: (values) => (askUnit ? values : { ...values, unitName: undefined, unitCode: undefined }),
    defaultValues: { unitName: defaults.unitName, unitCode: defaults.unitCode, username: "", fullName: "", password: "", confirmPassword: "" },
    refresh: false,
    onSuccess: () => router.replace("/login"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-lg border border-stone-200 bg-white p-5 shadow-sm" data-testid="setup-form">
      {askUnit ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-base font-semibold">{t("setup.unitSection")}</legend>
          <p className="text-sm text-stone-600">{t("setup.unitHint")}</p>
          <Field id="unitName" label={t("setup.unitName")} error={errorOf("unitName")} required>
            <input {...form.register("unitName")} {...fieldProps("unitName")} maxLength={200} className={inputClass} />
          </Field>
          <Field id="unitCode" label={t("setup.unitCode")} error={errorOf("unitCode")} required>
            <input {...form.register("unitCode")} {...fieldProps("unitCode")} maxLength={40} autoCapitalize="characters" className={inputClass} />
          </Field>
        </fieldset>
      ) : null}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold">{t("setup.adminSection")}</legend>
        <Field id="fullName" label={t("setup.fullName")} error={errorOf("fullName")} required>
          <input {...form.register("fullName")} {...fieldProps("fullName")} maxLength={120} autoComplete="name" className={inputClass} />
        </Field>
        <Field id="username" label={t("setup.username")} hint={t("accounts.usernameHint")} error={errorOf("username")} required>
          <input
            {...form.register("username")}
            {...fieldProps("username")}
            maxLength={60}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            className={inputClass}
          />
        </Field>
        <Field id="password" label={t("setup.password")} error={errorOf("password")} required>
          <input {...form.register("password")} {...fieldProps("password")} type="password" autoComplete="new-password" className={inputClass} />
        </Field>
        <Field id="confirmPassword" label={t("setup.confirm")} error={errorOf("confirmPassword")} required>
          <input {...form.register("confirmPassword")} {...fieldProps("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />
        </Field>
        <PasswordRules />
      </fieldset>
      <Button type="submit" disabled={pending} data-testid="setup-submit">
        {pending ? t("setup.submitting") : t("setup.submit")}
      </Button>
      {formError ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800" role="alert" data-testid="setup-error">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
