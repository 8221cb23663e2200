"use client";

import { useState } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { RoleCode } from "@/lib/domain/codes";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZAccountCreate } from "@/lib/validation/account";
import type { UnitOption } from "./account-filters";
import { OneTimePassword } from "./one-time-password";
import { UnitOptions } from "@/components/ui/unit-options";

export interface CreatedAccount {
  account: { id: string; username: string; fullName: string };
  oneTimePassword: string;
}

type Values = { username: string; fullName: string; role: string; unitId: string };

/**
 * Opens an account: username, name, role (those the manager may hand out) and home unit (of their
 * scope). The answer's one-time password is shown once, with a copy button.
 */
export function AccountCreateForm({
  roles,
  units,
  submit,
}: {
  roles: RoleCode[];
  units: UnitOption[];
  submit: (input: unknown) => Promise<ActionResult<CreatedAccount>>;
}) {
  const t = useTranslate();
  const [created, setCreated] = useState<CreatedAccount | null>(null);
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm<Values, CreatedAccount>({
    schema: ZAccountCreate,
    action: submit,
    defaultValues: { username: "", fullName: "", role: "", unitId: "" },
    onSuccess: (data) => setCreated(data),
    resetOnSuccess: true,
  });

  if (created) {
    return (
      <div className="flex flex-col gap-4" data-testid="account-created">
        <p className="text-sm" role="status">
          {t("accounts.created", { name: created.account.fullName, username: created.account.username })}
        </p>
        <OneTimePassword username={created.account.username} password={created.oneTimePassword} />
        <div className="flex flex-wrap gap-2">
          <IntentLink href={`/accounts/${created.account.id}`} className="text-sm font-semibold text-brand-700 hover:underline">
            {t("accounts.openAccount")}
          </IntentLink>
          <span className="text-stone-400">·</span>
          <button type="button" className="text-sm font-semibold text-brand-700 hover:underline" onClick={() => setCreated(null)}>
            {t("accounts.createAnother")}
          </button>
          <span className="text-stone-400">·</span>
          <IntentLink href="/accounts" className="text-sm font-semibold text-brand-700 hover:underline">
            {t("accounts.backToList")}
          </IntentLink>
        </div>
      </div>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2"
      data-testid="account-create-form"
    >
      <Field id="account-username" label={t("accounts.username")} hint={t("accounts.usernameHint")} error={errorOf("username")} required>
        <input
          {...form.register("username")}
          {...fieldProps("username", "account-username")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={60}
          className={inputClass}
        />
      </Field>
      <Field id="account-fullName" label={t("accounts.fullName")} error={errorOf("fullName")} required>
        <input {...form.register("fullName")} {...fieldProps("fullName", "account-fullName")} autoComplete="off" maxLength={120} className={inputClass} />
      </Field>
      <Field id="account-role" label={t("accounts.role")} error={errorOf("role")} required>
        <select {...form.register("role")} {...fieldProps("role", "account-role")} className={inputClass}>
          <option value="">{t("accounts.chooseRole")}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="account-unitId" label={t("accounts.unit")} error={errorOf("unitId")} required>
        <select {...form.register("unitId")} {...fieldProps("unitId", "account-unitId")} className={inputClass}>
          <option value="">{t("accounts.chooseUnit")}</option>
          <UnitOptions units={units} />
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending} data-testid="account-create-submit">
          {pending ? t("accounts.creating") : t("accounts.create")}
        </Button>
        {formError ? (
          <p className="text-sm text-brand-700" role="alert" data-testid="account-form-error">
            {formError}
          </p>
        ) : null}
      </div>
    </form>
  );
}
