import { describe, expect, it } from "vitest";
import vi from "@/lib/i18n/messages/vi.json";
import en from "@/lib/i18n/messages/en.json";
import { localeFromAcceptLanguage, toLocale } from "@/lib/i18n/locales";
import { KNOWN } from "@/lib/validation/messages";
import { STAGES } from "@/lib/domain/stages";
import { ROLES } from "@/lib/domain/codes";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message files", () => {
  it("English has exactly the keys Vietnamese has", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
  it("every validation key and every stage and role has a label", () => {
    for (const key of KNOWN) expect(vi.validation).toHaveProperty(key);
    for (const stage of STAGES) expect(vi.stage).toHaveProperty(stage);
    for (const role of ROLES) expect(vi.roles).toHaveProperty(role);
  });
});

describe("locale choice", () => {
  it("defaults to Vietnamese", () => {
    expect(toLocale(undefined)).toBe("vi");
    expect(toLocale("fr")).toBe("vi");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).toBe("vi");
    expect(localeFromAcceptLanguage(null)).toBe("vi");
  });
});

describe("pipeline messages", () => {
  it("every reason and deadline kind of the rules has a sentence", async () => {
    const { REASON_CODES } = await import("@/lib/domain/rules/facts");
    const { DEADLINE_KINDS } = await import("@/lib/domain/rules/deadlines");
    for (const code of REASON_CODES) expect(vi.rules).toHaveProperty(code);
    for (const kind of DEADLINE_KINDS) expect(vi.deadline).toHaveProperty(kind);
  });
});
