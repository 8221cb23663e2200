import { decodeMsg } from "@/lib/validation/messages";
import { formatParams } from "./format-params";
import type { Translate } from "./translate";

/** Turns an encoded validation message ("tooLong|max=120") into the reader's language (browser or server). */
export function translateValidation(t: Translate, encoded: string): string {
  const { key, params } = decodeMsg(encoded);
  try {
    // Keys with a namespace ("rules.AGE_TOO_LOW") are used as they are; bare ones are validation messages.
    return t(key.includes(".") ? key : `validation.${key}`, formatParams(params));
  } catch {
    return t("validation.invalid");
  }
}
