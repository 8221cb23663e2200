/**
 * A text cell that a spreadsheet would read as a formula ("=HYPERLINK(…)", "+1", "-2+3", "@SUM…",
 * or one starting with a tab or carriage return) is written with a leading apostrophe, which Excel
 * and LibreOffice show as plain text (OWASP "CSV injection"). Numbers stay numbers.
 */
export function neutraliseFormula<T>(cell: T): T | string {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
