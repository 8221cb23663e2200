import type { ReactNode } from "react";

/** A labelled form control with its hint and error, linked for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
  required,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  required?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-stone-700">
        {label}
        {required ? <span className="text-brand-700"> *</span> : null}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-testid={`error-${id}`} className="text-sm text-brand-700" aria-live="polite">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "min-h-10 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-brand-700 sm:text-sm";
