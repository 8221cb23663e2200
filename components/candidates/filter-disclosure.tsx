"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * On a phone the filters fold away behind one button that says how many are on, so the list starts
 * on the first screen; from md up they always show, their fields taking their places in the form's
 * grid (display: contents).
 */
export function FilterDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="min-h-11 self-start md:hidden"
        data-testid="filter-toggle"
      >
        {label}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </Button>
      <div id={panelId} className={`${open ? "grid" : "hidden"} gap-3 md:contents`} data-testid="filter-panel">
        {children}
      </div>
    </>
  );
}
