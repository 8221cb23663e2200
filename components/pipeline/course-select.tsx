"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { useEffect, type ComponentProps } from "react";
import { useWatch } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import { parseDateInput } from "@/lib/domain/date-input";
import { classesOpenOn, classStateOn, type ClassPeriod } from "@/lib/domain/rules/awareness-classes";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";
import type { StepFormBinding } from "./step-field-inputs";

type Props = Omit<ComponentProps<"select">, "children"> & {
  binding: StepFormBinding;
  courses: ClassPeriod[];
  /** Today as the step's date field shows it (dd/mm/yyyy): the date to read while the field cannot be read. */
  today: string;
  mayOpenClasses: boolean;
};

/**
 * The awareness class a sympathiser is enrolled in: only those still open on the step's date (under
 * way or still to start, the soonest first), so a class that is over is not offered for an
 * enrolment today, while one recorded late, dated back, still finds the class that ran then. With
 * none open it says so, and who opens classes.
 */
export function CourseSelect({ binding, courses, today, mayOpenClasses, ...select }: Props) {
  const t = useTranslate();
  const typed = useWatch({ control: binding.form.control, name: "date" }) as string | undefined;
  const on = parseDateInput(typed ?? "") ?? parseDateInput(today) ?? "";
  const open = classesOpenOn(courses, on);
  const name = select.name ?? "courseId";
  const chosen = useWatch({ control: binding.form.control, name }) as string | undefined;
  const { setValue } = binding.form;

  // A class chosen, then the date moved past its end: it is no longer on offer, nor sent.
  useEffect(() => {
    if (chosen && !open.some((c) => c.id === chosen)) setValue(name, "");
  }, [chosen, open, name, setValue]);

  return (
    <>
      <select {...select} className={inputClass}>
        <option value="">{open.length ? t("form.choose") : t("record.class.noneOption")}</option>
        {open.map((c) => (
          <option key={c.id} value={c.id}>
            {t("record.class.option", {
              name: c.name,
              start: formatVnDate(c.startDate),
              end: formatVnDate(c.endDate),
              state: t(`record.class.state.${classStateOn(c, on)}`),
            })}
          </option>
        ))}
      </select>
      {open.length === 0 ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-open-class">
          {t(mayOpenClasses ? "record.class.noneStaff" : "record.class.noneSecretary")}{" "}
          <IntentLink href="/classes" className="font-semibold underline">
            {t("record.class.seeClasses")}
          </IntentLink>
        </p>
      ) : null}
    </>
  );
}
