/**
 * Statistics over the whole history of a subtree (the furthest stage each candidate reached, for
 * the funnel) take a second at province scale and barely move within an hour, while a user
 * drilling down and back, or switching periods, asks for them again and again. They are kept for
 * an hour per unit and day; the live figures (pipeline, admissions, quotas, time in stage) never
 * are, and the forecast's stage statistics come from a roll-up table instead (StageExitRollup).
 */
const TTL_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 200;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function memoHistory<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = compute().catch((error: unknown) => {
    entries.delete(key);
    throw error;
  });
  entries.delete(key);
  entries.set(key, { at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** For tests. */
export function clearHistoryMemo(): void {
  entries.clear();
}
