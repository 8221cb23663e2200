"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/api/action-result";
import { useTranslate } from "@/lib/i18n/use-translate";
import { CourseForm } from "./course-form";

/** The class list opens with the list: the form to open a class waits behind one button. */
export function CourseFormDisclosure({ units, submit }: { units: { id: string; name: string }[]; submit: (input: unknown) => Promise<ActionResult<string>> }) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opening moves the keyboard to the form's first field, so the form is where one types next.
    if (open) panel.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, [open]);
  return (
    <div className="flex flex-col gap-3">
      {open ? null : (
        <Button
          type="button"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          className="min-h-11 w-full sm:min-h-10 sm:w-auto sm:self-start"
          data-testid="course-form-open"
        >
          + {t("classes.openNew")}
        </Button>
      )}
      {open ? (
        <div id="course-form-panel" ref={panel}>
          <Card
            title={t("classes.openNew")}
            actions={
              <Button type="button" variant="ghost" aria-expanded onClick={() => setOpen(false)} data-testid="course-form-close">
                {t("classes.closeForm")}
              </Button>
            }
          >
            <CourseForm units={units} submit={submit} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
