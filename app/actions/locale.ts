"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";

/** Remembers the reader's language for a year; anything unknown falls back to Vietnamese. */
export async function setLocale(value: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, toLocale(value), { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
