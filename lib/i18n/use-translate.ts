import { useTranslations } from "next-intl";
import type { Translate } from "./translate";

/**
 * Client (and non-async server) components: the reader's translator, namespace optional, typed as
 * Translate so that keys built at run time (`stage.${code}`) need no cast. See translate.ts for why
 * next-intl's translator is assignable as it is.
 */
export function useTranslate(namespace?: string): Translate {
  return useTranslations(namespace);
}
