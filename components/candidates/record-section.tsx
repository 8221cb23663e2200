"use client";

import { useState, type ReactNode } from "react";

interface Props {
  /** Prefix of the heading's and body's ids. */
  id: string;
  title: string;
  /** One line that stands for the section while it is closed (how many papers are in, the next deadline…). */
  summary?: ReactNode;
  children: ReactNode;
  /** Open on a phone from the start. */
  defaultOpen?: boolean;
  "data-testid"?: string;
}

/**
 * A part of the candidate record below who the person is and what comes next. On a phone it is a
 * disclosure, closed unless asked (the record would otherwise run to four screens); from the `lg`
 * width on, where there is room, it is always open and its heading is plain text. The body is in the
 * HTML either way, so nothing waits for scripts on a desktop and nothing shifts once they run.
 */
export function RecordSection({ id, title, summary, children, defaultOpen = false, "data-testid": testId }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = `${id}-body`;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-stone-200 bg-white shadow-sm" data-testid={testId}>
      <h2 id={`${id}-heading`} className="text-base font-semibold text-stone-900">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-4 py-3 text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 lg:hidden"
          data-section-toggle={id}
        >
          <span className="flex min-w-0 flex-col">
            <span>{title}</span>
            {summary ? <span className="text-sm font-normal text-stone-600">{summary}</span> : null}
          </span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-5 w-5 shrink-0 text-stone-500 transition-transform ${open ? "rotate-180" : ""}`}>
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
        <span className="hidden px-5 pt-5 lg:block">{title}</span>
      </h2>
      <div id={bodyId} className={`${open ? "block" : "hidden"} px-4 pb-4 lg:block lg:px-5 lg:pt-3 lg:pb-5`}>
        {children}
      </div>
    </section>
  );
}
