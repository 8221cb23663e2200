"use client";

import { useCallback, useId, useState, type ChangeEvent, type ComponentProps, type FocusEvent, type Ref } from "react";
import { readDateInput, weekdayOf } from "@/lib/domain/date-input";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatVnDate } from "@/lib/time";

type Props = Omit<ComponentProps<"input">, "type">;

// The setter React's own value tracking does not intercept: writing through it and then firing an
// "input" event is how a program's change reaches onChange like a keystroke (react-hook-form included).
function writeValue(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function assignRef(ref: Ref<HTMLInputElement> | undefined, node: HTMLInputElement | null): (() => void) | void {
  if (typeof ref === "function") return ref(node);
  if (ref) ref.current = node;
}

/**
 * A date field a phone keypad can fill: "11071982", "11.07.1982", "11-07-1982" and "11/07/1982"
 * all work (lib/domain/date-input.ts). Below the field it says what it understood, so a slip
 * (a month for a day) shows before saving; on leaving the field the text becomes "11/07/1982".
 * A drop-in <input>: takes react-hook-form's register(...) spread, or a name and defaultValue in
 * a plain (even server-rendered GET) form.
 */
export function DateInput({ ref, onChange, onBlur, id, "aria-describedby": describedBy, className, ...props }: Props) {
  const t = useTranslate("dateInput");
  const ownId = useId();
  const inputId = id ?? ownId;
  const readingId = `${inputId}-reading`;
  const [text, setText] = useState(String(props.value ?? props.defaultValue ?? ""));
  const shown = props.value !== undefined ? String(props.value) : text;

  // The value may be set without a keystroke: react-hook-form writes its defaults when it gets the
  // ref, and a form reset (after a save) empties the field. Both must refresh the reading.
  const attach = useCallback(
    (node: HTMLInputElement | null) => {
      const detachOuter = assignRef(ref, node);
      if (!node) return;
      setText(node.value);
      const form = node.form;
      const onReset = () => setTimeout(() => setText(node.value), 0);
      form?.addEventListener("reset", onReset);
      return () => {
        form?.removeEventListener("reset", onReset);
        if (typeof detachOuter === "function") detachOuter();
        else assignRef(ref, null);
      };
    },
    [ref],
  );

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.currentTarget.value);
    onChange?.(event);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const reading = readDateInput(input.value);
    if (reading.ok && formatVnDate(reading.iso) !== input.value) writeValue(input, formatVnDate(reading.iso));
    onBlur?.(event);
  };

  const reading = readDateInput(shown);
  let message: string | null = null;
  if (reading.ok) message = t("readAs", { date: formatVnDate(reading.iso), weekday: t(`weekday.${weekdayOf(reading.iso)}`) });
  else if (reading.problem !== "empty") message = t(`problem.${reading.problem}`);

  return (
    <span className="flex min-w-0 flex-col gap-1">
      <input
        {...props}
        ref={attach}
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-describedby={[describedBy, readingId].filter(Boolean).join(" ")}
        onChange={handleChange}
        onBlur={handleBlur}
        className={className}
      />
      <span id={readingId} className={`text-xs ${reading.ok ? "text-emerald-800" : "text-stone-600"}`} aria-live="polite" data-testid="date-reading">
        {message}
      </span>
    </span>
  );
}
