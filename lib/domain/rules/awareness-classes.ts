import { compareVi } from "../text";
import type { IsoDate } from "./dates";

/** An awareness class as the step's form offers it. */
export interface ClassPeriod {
  id: string;
  name: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

export type ClassState = "ONGOING" | "UPCOMING" | "ENDED";

/** Where a class stands on `date`: under way (its first to its last day), still to start, or over. */
export function classStateOn(c: Pick<ClassPeriod, "startDate" | "endDate">, date: IsoDate): ClassState {
  if (c.endDate < date) return "ENDED";
  return c.startDate > date ? "UPCOMING" : "ONGOING";
}

/**
 * The awareness classes a sympathiser can be enrolled in on `date` (domain.md: SYMPATHIZER is left
 * when enrolled in a class): those not over by then, in the order they start, so the classes under
 * way and the next to open come first. A class that has ended can no longer be joined.
 */
export function classesOpenOn<T extends ClassPeriod>(classes: readonly T[], date: IsoDate): T[] {
  return classes
    .filter((c) => classStateOn(c, date) !== "ENDED")
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || compareVi(a.name, b.name) || a.id.localeCompare(b.id));
}
