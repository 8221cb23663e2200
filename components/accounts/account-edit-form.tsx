"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import type { RoleCode } from "@/lib/domain/codes";
import { useTranslate } from "@/lib/i18n/use-translate";
import { ZAccountPatch } from "@/lib/validation/account";
import type { UnitOption } from "./account-filters";
import { UnitOptions } from "@/components/ui/unit-options";
import { FormMessage } from "@/components/forms/form-message";

type Values = { fullName: string; role: string; unitId: string; active: boolean };

export interface EditableAccount {
  id: string;
  username: string;
  fullName: string;
  role: RoleCode;
  unitId: string;
  active: boolean;
  version: number;
  self: boolean;
}

/**
 * Edits an account: name, role, home unit, active. On one's own account the role and the active
 * switch are locked (the server refuses them too). The version the page was read at goes with the
 * body, so a change made meanwhile by someone else is reported instead of overwritten.
 */
export function AccountEditForm({
  account,
  roles,
  units,
  submit,
}: {
  account: EditableAccount;
  roles: RoleCode[];
  units: UnitOption[];
  submit: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<Values>({
    schema: ZAccountPatch,
    action: submit,
    toBody: (values) => ({ ...values, version: account.version }),
    defaultValues: { fullName: account.fullName, role: account.role, unitId: account.unitId, active: account.active },
    notice: t("accounts.saved"),
  });
  // The current role stays choosable even when it is not one the manager could hand out.
  const roleChoices = roles.includes(account.role) ? roles : [account.role, ...roles];
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2"
      data-testid="account-edit-form"
    >
      <Field id="edit-fullName" label={t("accounts.fullName")} error={errorOf("fullName")} required>
        <input {...form.register("fullName")} {...fieldProps("fullName", "edit-fullName")} maxLength={120} className={inputClass} />
      </Field>
      <Field id="edit-role" label={t("accounts.role")} error={errorOf("role")} hint={account.self ? t("accounts.selfHint") : undefined}>
        <select {...form.register("role")} {...fieldProps("role", "edit-role")} disabled={account.self} className={inputClass}>
          {roleChoices.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="edit-unitId" label={t("accounts.unit")} error={errorOf("unitId")}>
        <select {...form.register("unitId")} {...fieldProps("unitId", "edit-unitId")} className={inputClass}>
          {units.some((u) => u.id === account.unitId) ? null : <option value={account.unitId}>{account.unitId}</option>}
          <UnitOptions units={units} />
        </select>
      </Field>
      <div className="flex flex-col gap-1">
        <label className="flex min-h-10 items-center gap-2 text-sm font-semibold text-stone-700">
          <input type="checkbox" {...form.register("active")} disabled={account.self} className="size-5" data-testid="edit-active" />
          {t("accounts.activeLabel")}
        </label>
        <p className="text-xs text-stone-500">{t("accounts.activeHint")}</p>
        {errorOf("active") ? <p className="text-sm text-brand-700">{errorOf("active")}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending} data-testid="account-edit-submit">
          {pending ? t("accounts.saving") : t("accounts.save")}
        </Button>
        <FormMessage error={formError} notice={notice} testId="account-edit-message" />
      </div>
    </form>
  );
}
