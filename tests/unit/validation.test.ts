import { describe, expect, it } from "vitest";
import { parseFlexibleDate } from "@/lib/validation/common";
import { decodeMsg, msg } from "@/lib/validation/messages";
import { ZCandidateCreate, ZCandidatePatch } from "@/lib/validation/candidate";
import { translateValidation } from "@/lib/i18n/translate-validation";
import { formatVnDate, todayVn } from "@/lib/time";

describe("dates typed by people and sent by programs", () => {
  it("reads dd/MM/yyyy and ISO, and refuses impossible dates", () => {
    expect(parseFlexibleDate("5/9/2002")).toBe("2002-09-05");
    expect(parseFlexibleDate("29/02/2024")).toBe("2024-02-29");
    expect(parseFlexibleDate("2024-02-29")).toBe("2024-02-29");
    expect(parseFlexibleDate("29/02/2023")).toBeNull();
    expect(parseFlexibleDate("31/04/2024")).toBeNull();
    expect(parseFlexibleDate("2024/02/01")).toBeNull();
  });
  it("shows dates as dd/MM/yyyy and knows today's date in Vietnam", () => {
    expect(formatVnDate("2026-01-05")).toBe("05/01/2026");
    // 18:30 UTC on 24 November is already 25 November in Hà Nội (UTC+7).
    expect(todayVn(new Date("2026-11-24T18:30:00Z"))).toBe("2026-11-25");
    expect(todayVn(new Date("2026-11-24T16:59:00Z"))).toBe("2026-11-24");
  });
});

describe("validation messages", () => {
  it("carry a key and parameters both sides can translate", () => {
    expect(decodeMsg(msg("tooLong", { max: 120 }))).toEqual({ key: "tooLong", params: { max: "120" } });
    const t = (key: string, params?: Record<string, string | number>) => `${key}:${JSON.stringify(params ?? {})}`;
    expect(translateValidation(t, "tooLong|max=120")).toBe('validation.tooLong:{"max":"120"}');
  });
});

describe("the candidate schema", () => {
  const valid = {
    unitId: "3f1c1f0e-8a55-4a53-9c55-2b1e0e6f2a11",
    fullName: "  Nguyễn Thị Hồng  ",
    sex: "FEMALE",
    birthDate: "01/06/2001",
    educationLevel: "UNIVERSITY",
    occupationGroup: "INTELLECTUAL",
    religion: "",
    youthUnionMember: "on",
  };
  it("normalises what forms send", () => {
    const parsed = ZCandidateCreate.parse(valid);
    expect(parsed).toMatchObject({ fullName: "Nguyễn Thị Hồng", birthDate: "2001-06-01", religion: null, youthUnionMember: true, ethnicity: "Kinh" });
  });
  it("says 'required' for a missing field and names the problem otherwise", () => {
    const result = ZCandidateCreate.safeParse({ ...valid, sex: undefined, unitId: "abc", fullName: "N9uyen" });
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({ sex: "required", unitId: "uuid", fullName: "nameFormat" });
  });
  it("requires the version on an edit and rejects fields that are not personal", () => {
    expect(ZCandidatePatch.safeParse({ phone: "0912345678" }).success).toBe(false);
    expect(ZCandidatePatch.safeParse({ version: 3, stage: "OFFICIAL" }).success).toBe(false);
    expect(ZCandidatePatch.parse({ version: 3, phone: "0912 345 678" })).toEqual({ version: 3, phone: "0912 345 678" });
  });
});
