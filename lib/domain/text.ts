/**
 * Vietnamese text helpers. Search folds both the stored name and the query the same way so that
 * "nguyen van" finds "Nguyễn Văn" (and "Đức" is found by "duc").
 */
export function foldVi(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese alphabetical order (ă, â, đ… are letters of their own). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Vietnamese names are sorted by given name (the last word), then by the whole name, as on party
 * rolls: "Trần Văn An" comes before "Nguyễn Thị Bình".
 */
export function compareViNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).at(-1) ?? "";
  return compareVi(given(a), given(b)) || compareVi(a, b);
}
