import { describe, expect, it } from "vitest";
import vi from "@/lib/i18n/messages/vi.json";
import en from "@/lib/i18n/messages/en.json";
import {
  COMMON_PASSWORDS,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_PROBLEMS,
  isAcceptablePassword,
  passwordProblems,
} from "@/lib/domain/password-policy";
import { PASSWORD_PROBLEM_MESSAGES, ZSetup, ownPasswordSchema } from "@/lib/validation/account";
import { decodeMsg, fieldIssues, KNOWN } from "@/lib/validation/messages";

describe("the password policy", () => {
  it("takes a good password as it is", () => {
    expect(passwordProblems("Hoa-sen-nở-2026", "bithu.cntt")).toEqual([]);
    expect(isAcceptablePassword("k7mp-x3qa-9vwe", "bithu.cntt")).toBe(true);
  });

  it(`wants at least ${MIN_PASSWORD_LENGTH} characters, counted as the person sees them`, () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(passwordProblems("abcde-fgh", "nguoi.dung")).toEqual(["TOO_SHORT"]);
    expect(passwordProblems("abcde-fghi", "nguoi.dung")).toEqual([]);
    // "ệ" typed as e + two combining marks is one character, not three.
    const decomposed = "Nghiệp-vụ1".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(10);
    expect(passwordProblems("ệệệệệệệệệ".normalize("NFD"), "nguoi.dung")).toEqual(["TOO_SHORT"]);
    expect(passwordProblems("", "nguoi.dung")).toContain("TOO_SHORT");
  });

  it("refuses what bcrypt would cut (over 72 bytes)", () => {
    expect(passwordProblems("a".repeat(MAX_PASSWORD_LENGTH), "nguoi.dung")).toEqual([]);
    expect(passwordProblems("a".repeat(MAX_PASSWORD_LENGTH + 1), "nguoi.dung")).toEqual(["TOO_LONG"]);
    // 25 letters of 3 bytes each: 25 characters, 75 bytes.
    expect(passwordProblems("ệ".repeat(25), "nguoi.dung")).toEqual(["TOO_LONG"]);
  });

  it("refuses digits only, however long", () => {
    expect(passwordProblems("0912345678", "nguoi.dung")).toEqual(["ONLY_DIGITS"]);
    expect(passwordProblems("09123456789012", "nguoi.dung")).toEqual(["ONLY_DIGITS"]);
    expect(passwordProblems("0912345678a", "nguoi.dung")).toEqual([]);
    expect(passwordProblems("0912 345 678", "nguoi.dung")).toEqual([]);
  });

  it("refuses the username inside it, whatever the case", () => {
    expect(passwordProblems("bithu.cntt2026", "bithu.cntt")).toEqual(["CONTAINS_USERNAME"]);
    expect(passwordProblems("2026-BiThu.CNTT", "bithu.cntt")).toEqual(["CONTAINS_USERNAME"]);
    expect(passwordProblems("xx-QUANTRI-xx", " QuanTri ")).toEqual(["CONTAINS_USERNAME"]);
    expect(passwordProblems("bithu-cntt-2026", "bithu.cntt")).toEqual([]);
    // No username (a form not yet filled in) is no rule broken.
    expect(passwordProblems("mot-mat-khau", "")).toEqual([]);
  });

  it("refuses the common ones, whatever the case", () => {
    for (const common of ["1234567890", "matkhau123", "password123", "demo1234demo"]) expect(COMMON_PASSWORDS.has(common)).toBe(true);
    expect(passwordProblems("matkhau123", "nguoi.dung")).toEqual(["TOO_COMMON"]);
    expect(passwordProblems("MatKhau123", "nguoi.dung")).toEqual(["TOO_COMMON"]);
    expect(passwordProblems("Password123", "nguoi.dung")).toEqual(["TOO_COMMON"]);
    expect(passwordProblems("demo1234demo", "nguoi.dung")).toEqual(["TOO_COMMON"]);
    expect(passwordProblems("1234567890", "nguoi.dung")).toEqual(["ONLY_DIGITS", "TOO_COMMON"]);
    expect(passwordProblems("matkhau1234x", "nguoi.dung")).toEqual([]);
    // Every entry of the list is one the other rules would let through, or it would be dead weight.
    for (const common of COMMON_PASSWORDS) expect(common.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
  });

  it("lists every broken rule, in a fixed order", () => {
    expect(passwordProblems("quantri", "quantri")).toEqual(["TOO_SHORT", "CONTAINS_USERNAME"]);
    expect(passwordProblems("123", "123")).toEqual(["TOO_SHORT", "ONLY_DIGITS", "CONTAINS_USERNAME"]);
  });
});

describe("the policy's messages", () => {
  it("every rule has a validation message, in Vietnamese and in English", () => {
    for (const problem of PASSWORD_PROBLEMS) {
      const { key } = decodeMsg(PASSWORD_PROBLEM_MESSAGES[problem]);
      expect(KNOWN.has(key), key).toBe(true);
      expect(vi.validation).toHaveProperty(key);
      expect(en.validation).toHaveProperty(key);
    }
    expect(decodeMsg(PASSWORD_PROBLEM_MESSAGES.TOO_SHORT).params).toEqual({ min: "10" });
  });

  it("the own-password schema applies it to the signed-in person's username and wants a change and a match", () => {
    const schema = ownPasswordSchema("bithu.cntt");
    const issues = (input: unknown) => {
      const result = schema.safeParse(input);
      return result.success ? [] : fieldIssues(result.error).map((i) => `${i.path}:${decodeMsg(i.message).key}`);
    };
    expect(issues({ currentPassword: "cu-mat-khau-1", newPassword: "Hoa-sen-2026" })).toEqual([]);
    expect(issues({ currentPassword: "x", newPassword: "bithu.cntt-2026" })).toEqual(["newPassword:passwordContainsUsername"]);
    expect(issues({ currentPassword: "Hoa-sen-2026", newPassword: "Hoa-sen-2026" })).toEqual(["newPassword:passwordUnchanged"]);
    expect(issues({ currentPassword: "x", newPassword: "Hoa-sen-2026", confirmPassword: "Hoa-sen-2025" })).toEqual(["confirmPassword:passwordMismatch"]);
    expect(issues({ currentPassword: "x", newPassword: "matkhau123" })).toEqual(["newPassword:passwordTooCommon"]);
    expect(issues({ currentPassword: "x", newPassword: "Hoa-sen-2026", extra: 1 })).toEqual([":unknownField"]);
  });

  it("the first-run schema checks the password against the username typed beside it", () => {
    const result = ZSetup.safeParse({ username: "QuanTri", fullName: "Lê Văn Quản", password: "quantri-2026", confirmPassword: "quantri-2026" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldIssues(result.error).map((i) => decodeMsg(i.message).key)).toEqual(["passwordContainsUsername"]);
  });
});
