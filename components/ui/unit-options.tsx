/**
 * The units of a tree as <option>s, each indented under its parent. Indentation counts from the
 * shallowest unit listed, so a secretary's list does not start half-way across the select.
 */
export function UnitOptions({ units }: { units: readonly { id: string; name: string; depth: number }[] }) {
  const top = Math.min(...units.map((u) => u.depth));
  return units.map((u) => (
    <option key={u.id} value={u.id}>
      {"\u00a0\u00a0".repeat(u.depth - top)}
      {u.name}
    </option>
  ));
}
