import { describe, expect, it } from "vitest";
import { parseFlexibleDate } from "@/lib/validation/common";
import { decodeMsg, msg } from "@/lib/validation/messages";
import { ZCandidateCreate, ZCandidateListQuery, ZCandidatePatch } from "@/lib/validation/candidate";
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
  it("says 'choose one' for a missing choice and names the problem otherwise", () => {
    const result = ZCandidateCreate.safeParse({ ...valid, sex: undefined, unitId: "abc", fullName: "N9uyen" });
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({ sex: "requiredChoice", unitId: "uuid", fullName: "nameFormat" });
  });
  it("requires the version on an edit and rejects fields that are not personal", () => {
    expect(ZCandidatePatch.safeParse({ phone: "0912345678" }).success).toBe(false);
    expect(ZCandidatePatch.safeParse({ version: 3, stage: "OFFICIAL" }).success).toBe(false);
    expect(ZCandidatePatch.parse({ version: 3, phone: "0912 345 678" })).toEqual({ version: 3, phone: "0912 345 678" });
  });
});

describe("text as people and programs really send it", () => {
  const valid = {
    unitId: "3f1c1f0e-8a55-4a53-9c55-2b1e0e6f2a11",
    fullName: "Nguyễn Thị Hồng",
    sex: "FEMALE",
    birthDate: "01/06/2001",
    educationLevel: "UNIVERSITY",
    occupationGroup: "INTELLECTUAL",
  };
  const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

  it("refuses a NUL or another control character in any text field, with a translatable message", () => {
    const result = ZCandidateCreate.safeParse({ ...valid, occupation: "Kỹ sư\u0000", residence: "Tổ 5\u0007", ethnicity: "Kinh\u009b" });
    expect(messages(result)).toEqual({ occupation: "controlChars", residence: "controlChars", ethnicity: "controlChars" });
    // One message per field: the control character, not also the name format.
    expect(ZCandidateCreate.safeParse({ ...valid, fullName: "Nguyễn\u0000 Văn A" }).error?.issues.map((i) => i.message)).toEqual(["controlChars"]);
  });

  it("keeps line breaks and tabs in the multi-line note only", () => {
    expect(ZCandidateCreate.parse({ ...valid, note: "Dòng 1\r\nDòng 2\tcột" }).note).toBe("Dòng 1\r\nDòng 2\tcột");
    expect(messages(ZCandidateCreate.safeParse({ ...valid, note: "Ghi chú\u0000" }))).toEqual({ note: "controlChars" });
    expect(messages(ZCandidateCreate.safeParse({ ...valid, residence: "Tổ 5\nPhường 2" }))).toEqual({ residence: "controlChars" });
  });

  it("refuses a control character in the search box of the candidate list", () => {
    expect(messages(ZCandidateListQuery.safeParse({ q: "nguyen\u0000" }))).toEqual({ q: "controlChars" });
    expect(ZCandidateListQuery.parse({ q: "  nguyen van " }).q).toBe("nguyen van");
  });

  it("stores a name typed with combining marks (Unicode tổ hợp) in its precomposed form", () => {
    const decomposed = "Nguye\u0302\u0303n Va\u0306n A";
    expect(decomposed).not.toBe(decomposed.normalize("NFC"));
    const parsed = ZCandidateCreate.parse({ ...valid, fullName: decomposed, occupation: "Ky\u0303 su\u031b" });
    expect(parsed.fullName).toBe("Nguyễn Văn A");
    expect(parsed.occupation).toBe("Kỹ sư");
    expect(ZCandidateListQuery.parse({ q: "Nguye\u0302\u0303n" }).q).toBe("Nguyễn");
  });

  it("counts a length limit in letters, not in combining marks", () => {
    // 40 letters "ế", 120 code units when decomposed: fits the 40-character ethnicity field.
    expect(ZCandidateCreate.safeParse({ ...valid, ethnicity: "e\u0302\u0301".repeat(40) }).success).toBe(true);
  });

  it("bounds every whole number to what a PostgreSQL integer column holds", () => {
    expect(messages(ZCandidatePatch.safeParse({ version: 3_000_000_000 }))).toEqual({ version: "tooLarge|max=2147483647" });
    expect(ZCandidatePatch.parse({ version: 2_147_483_647 })).toEqual({ version: 2_147_483_647 });
    expect(messages(ZCandidateListQuery.safeParse({ page: "3000000000", pageSize: "3000000000" }))).toEqual({
      page: "tooLarge|max=100000",
      pageSize: "tooLarge|max=100",
    });
  });
});
