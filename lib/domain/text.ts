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

// ── Sort keys ──────────────────────────────────────────────────────────────────────────────────
// The database cannot sort Vietnamese everywhere (PGlite has no working ICU collation), so each
// name carries a key that sorts correctly byte by byte ("C" collation) and matches
// Intl.Collator("vi"): letters first (ă, â, đ, ê, ô, ơ, ư are letters of their own), then tones.
const ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const TONES: Record<string, string> = { "\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5" };
const MODIFIERS: Record<string, string> = { "\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b" };

function letters(word: string): { primary: string; tones: string } {
  let primary = "";
  let tones = "";
  for (const ch of word.toLowerCase()) {
    const [base = "", ...marks] = ch.normalize("NFD");
    const modifier = marks.find((m) => MODIFIERS[m]) ?? "";
    const tone = marks.map((m) => TONES[m]).find(Boolean) ?? "0";
    const letter = (base + modifier).normalize("NFC");
    const index = ALPHABET.indexOf(letter);
    if (index >= 0) primary += String.fromCharCode(0x41 + index);
    else if (/[0-9]/.test(base)) primary += base;
    else continue; // punctuation does not affect order
    tones += tone;
  }
  return { primary, tones };
}

/** A key whose plain byte order is Vietnamese name order: given name, then the whole name, then tones. */
export function viSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const given = letters(words.at(-1) ?? "");
  const whole = words.map((w) => letters(w));
  return [given.primary, whole.map((w) => w.primary).join(" "), given.tones + whole.map((w) => w.tones).join("")].join("!");
}
