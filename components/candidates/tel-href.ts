/**
 * A phone number as typed on the record ("0912 345 678", "+84 912.345.678") as a tel: address a
 * phone can dial: its digits, with the leading "+" of an international number; null when there is
 * no number to call.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}
