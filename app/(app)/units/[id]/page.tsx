import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RollHistory } from "@/components/units/roll-history";
import { UnitCreateForm } from "@/components/units/unit-create-form";
import { UnitEditForm } from "@/components/units/unit-edit-form";
import { UnitMergeForm } from "@/components/units/unit-merge-form";
import { UnitMoveForm } from "@/components/units/unit-move-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getUnit } from "@/lib/services/units/get-unit";
import { unitChoices } from "@/lib/services/units/unit-tree";
import { formatVnDate, todayVn } from "@/lib/time";
import { createUnitAction, mergeUnitAction, updateUnitAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("unit") };
}

/** One unit: its details and roll, the forms the caller may use (edit, move, merge, add a sub-unit), the roll's history. */
export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  // Outside the scope looks exactly like a missing unit.
  const unit = await getUnit({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("units");
  const today = formatVnDate(todayVn());
  const choices = await unitChoices({ actor, unit });
  const fact = (label: string, value: ReactNode, testId?: string) => (
    <div className="flex flex-col">
      <dt className="text-xs text-stone-500">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      <IntentLink href="/units" className="inline-flex min-h-10 items-center self-start text-sm text-stone-600 hover:underline">
        ← {t("back")}
      </IntentLink>
      <div>
        <h1 className="text-2xl font-semibold" data-testid="unit-name">
          {unit.name}
        </h1>
        <p className="text-sm text-stone-600">
          {unit.code} · {t(`kind.${unit.kind}`)}
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("details")}>
          <dl className="grid grid-cols-2 gap-3">
            {fact(
              t("parent"),
              unit.parent ? (
                actor.scope.readable.has(unit.parent.id) ? (
                  <IntentLink href={`/units/${unit.parent.id}`} className="inline-block py-1 text-brand-700 underline hover:text-brand-800">
                    {unit.parent.name}
                  </IntentLink>
                ) : (
                  unit.parent.name
                )
              ) : (
                t("noParent")
              ),
            )}
            {fact(t("place"), unit.place ?? t("placeInherited"))}
            {fact(t("candidates"), unit.counts.candidates)}
            {fact(t("users"), unit.counts.users)}
            {fact(t("decidesAdmission"), unit.flags.decidesAdmission ? t("yes") : t("no"))}
            {fact(t("runsAwarenessTest"), unit.flags.runsAwarenessTest ? t("yes") : t("no"))}
          </dl>
        </Card>
        <Card title={t("roll")}>
          <dl className="grid grid-cols-2 gap-3" data-testid="unit-roll">
            {fact(t("officialMembers"), unit.roll.officialMembers, "roll-official")}
            {fact(t("totalMembers"), unit.roll.totalMembers, "roll-total")}
            {fact(t("committeeMembers"), unit.roll.committeeMembers)}
            {fact(t("hasYouthUnion"), unit.roll.hasYouthUnion ? t("yes") : t("no"))}
          </dl>
          <p className="mt-2 text-xs text-stone-500">
            {unit.roll.effectiveFrom ? t("rollSince", { date: formatVnDate(unit.roll.effectiveFrom) }) : t("rollFromUnit")}
          </p>
        </Card>
      </div>
      {unit.may.fields.length ? (
        <Card title={t("edit")}>
          <UnitEditForm unit={unit} fields={unit.may.fields} today={today} submit={updateUnitAction} />
        </Card>
      ) : null}
      <Card title={t("rollHistory")}>
        <RollHistory history={unit.rollHistory} />
      </Card>
      <Card title={t("children")}>
        {unit.children.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="unit-children">
            {unit.children.map((c) => (
              <li key={c.id}>
                <IntentLink href={`/units/${c.id}`} className="inline-block py-1 text-brand-700 underline hover:text-brand-800">
                  {c.name}
                </IntentLink>{" "}
                <span className="text-xs text-stone-500">
                  {c.code} · {t(`kind.${c.kind}`)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t("noChildren")}</p>
        )}
        {unit.may.createChildKinds.length ? (
          <div className="mt-4 border-t border-stone-200 pt-4">
            <h3 className="mb-2 text-sm font-semibold">{t("create")}</h3>
            <UnitCreateForm parentId={unit.id} kinds={unit.may.createChildKinds} today={today} submit={createUnitAction} />
          </div>
        ) : null}
      </Card>
      {unit.may.fields.includes("parent") || unit.may.merge ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {unit.may.fields.includes("parent") ? (
            <Card title={t("move")}>
              <UnitMoveForm unit={unit} targets={choices.moveTargets} submit={updateUnitAction} />
            </Card>
          ) : null}
          {unit.may.merge ? (
            <Card title={t("merge")}>
              <UnitMergeForm unit={unit} targets={choices.mergeTargets} today={today} submit={mergeUnitAction} />
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
