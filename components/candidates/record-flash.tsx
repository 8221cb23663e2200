"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

interface Flash {
  message: string | null;
  say: (message: string | null) => void;
}

const FlashContext = createContext<Flash>({ message: null, say: () => {} });

/**
 * What the last action on the record did ("Đã lưu thay đổi.", "Đã ghi nhận: …"), said once near the
 * top of the record. It lives above the step forms, so that a success does not sit inside the next
 * step's form once the page shows the new stage, and it outlives the page's refresh after a move.
 * `initial` is the message a redirect brought (the edit page's ?saved=1).
 */
export function RecordFlashProvider({ initial, children }: { initial: string | null; children: ReactNode }) {
  const [message, say] = useState<string | null>(null);
  // Said a moment after the page shows, not rendered with it: a status region announces a change of
  // its text, not the text it was inserted with. The address keeps its ?saved=1: the search is part
  // of the page's identity in the router, and dropping it would mount the page afresh, message lost.
  useEffect(() => {
    if (!initial) return;
    const timer = setTimeout(() => say(initial), 100);
    return () => clearTimeout(timer);
  }, [initial]);
  return <FlashContext.Provider value={{ message, say }}>{children}</FlashContext.Provider>;
}

/** The status line, always in the page (empty when there is nothing to say) so that screen readers hear each new message. */
export function RecordFlash() {
  const { message } = useContext(FlashContext);
  return (
    <div role="status" data-testid="record-flash">
      {message ? <p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm font-semibold text-emerald-900">{message}</p> : null}
    </div>
  );
}

/** Says what an action did in the record's status line; null clears it (a new attempt). */
export function useRecordFlash(): (message: string | null) => void {
  return useContext(FlashContext).say;
}
