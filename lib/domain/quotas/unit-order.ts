import { compareVi } from "@/lib/domain/text";

/**
 * The order a unit and its direct children are read in on the quotas page: the unit itself first
 * (its own figure frames its children's), then the children by name in Vietnamese alphabetical
 * order, not by code (a code says nothing to the reader, and "DUK" would sort the bloc among its
 * children).
 */
export function parentThenChildren<T extends { id: string; name: string }>(units: readonly T[], parentId: string): T[] {
  const parent = units.filter((u) => u.id === parentId);
  const children = units.filter((u) => u.id !== parentId).sort((a, b) => compareVi(a.name, b.name));
  return [...parent, ...children];
}
