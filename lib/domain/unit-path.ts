/**
 * A unit's materialised path is "/root/…/parent/self/": the ids of every unit from the root of its
 * tree down to itself. Queries match subtrees by its prefix; these read the ids back out of it.
 */
export function unitIdsOnPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** The root of the unit's tree (the bloc), or null for an empty path. */
export function rootIdOfPath(path: string): string | null {
  return unitIdsOnPath(path)[0] ?? null;
}
