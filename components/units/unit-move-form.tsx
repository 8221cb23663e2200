"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { FormMessage } from "@/components/forms/form-message";

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  kind: string;
}

/** Moves the unit (with its subtree) under another parent the caller may write and whose kind may hold it. */
export function UnitMoveForm({
  unit,
  targets,
  submit,
}: {
  unit: { id: string; version: number };
  targets: UnitOption[];
  submit: (id: string, input: unknown) => Promise<ActionResult<number>>;
}) {
  const t = useTranslate();
  const { form, onSubmit, pending, formError, notice, errorOf, fieldProps } = useActionForm<{ parentId: string }, number>({
    toBody: (v) => ({ version: unit.version, parentId: v.parentId }),
    action: (body) => submit(unit.id, body),
    defaultValues: { parentId: targets[0]?.id ?? "" },
    isField: (path) => path === "parentId",
    notice: t("units.moved"),
  });
  if (!targets.length) return <p className="text-sm text-stone-600">{t("units.noMoveTargets")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="unit-move-form">
      <p className="text-xs text-stone-600">{t("units.moveHelp")}</p>
      <Field id="unit-move-parent" label={t("units.moveTo")} error={errorOf("parentId")} required>
        <select {...form.register("parentId")} {...fieldProps("parentId", "unit-move-parent")} defaultValue={targets[0]?.id} className={inputClass}>
          {targets.map((u) => (
            <option key={u.id} value={u.id}>
              {u.code} · {u.name} ({t(`units.kind.${u.kind}`)})
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending} data-testid="unit-move-submit">
          {t("units.moveSubmit")}
        </Button>
        <FormMessage error={formError} notice={notice} />
      </div>
    </form>
  );
}
