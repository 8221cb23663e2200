import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ZAccountCreate, ZAccountPatch, ZSetup } from "@/lib/validation/account";
import { ZCandidateCreate, ZCandidateListQuery } from "@/lib/validation/candidate";
import { zChoice, zChoiceId, zId, zText } from "@/lib/validation/common";
import { ZCourseCreate, ZResults } from "@/lib/validation/course";
import { ZDossierItemUpdate } from "@/lib/validation/dossier";
import { ZExtension } from "@/lib/validation/extension";
import { ZHolidayCreate } from "@/lib/validation/holiday";
import { ZCandidateImportRow } from "@/lib/validation/import";
import { ZQuotaPut } from "@/lib/validation/quota";
import { ZTransfer } from "@/lib/validation/transfer";
import { ZTransition } from "@/lib/validation/transition";
import { ZUnitCreate, ZUnitMerge } from "@/lib/validation/unit";
import { KNOWN } from "@/lib/validation/messages";
import vi from "@/lib/i18n/messages/vi.json";
import en from "@/lib/i18n/messages/en.json";

/** The first message of each field, as the forms show them. */
function messages(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[issue.path.join(".")] ??= issue.message;
  return out;
}

const ID = "3f1c1f0e-8a55-4a53-9c55-2b1e0e6f2a11";

describe("an empty required field says what to do with it", () => {
  it("has the wording in both languages", () => {
    expect(KNOWN.has("requiredChoice")).toBe(true);
    expect(vi.validation.required).toBe("Bắt buộc nhập.");
    expect(vi.validation.requiredChoice).toBe("Bắt buộc chọn.");
    expect(en.validation.requiredChoice).toBe("Please choose one.");
  });

  it("text: 'required', not 'at least 2 characters' or a format message", () => {
    const empty = messages(ZCandidateCreate, {
      fullName: "",
      unitId: ID,
      sex: "MALE",
      birthDate: "01/01/2000",
      educationLevel: "UNIVERSITY",
      occupationGroup: "WORKER",
    });
    expect(empty.fullName).toBe("required");
    expect(messages(ZCandidateCreate, { fullName: "   " }).fullName).toBe("required");
    // Something typed is still judged by its length and its letters.
    expect(messages(ZCandidateCreate, { fullName: "A" }).fullName).toBe("tooShort|min=2");
    expect(messages(ZCandidateCreate, { fullName: "A1" }).fullName).toBe("nameFormat");
    expect(messages(zText(10, 3), "")).toEqual({ "": "required" });
    expect(messages(zText(10, 3), "ab")).toEqual({ "": "tooShort|min=3" });
    expect(messages(zText(10), "")).toEqual({ "": "required" });
    expect(messages(zText(10), "x".repeat(11))).toEqual({ "": "tooLong|max=10" });
    expect(zText(10, 3).parse(" abc ")).toBe("abc");
  });

  it("a choice left empty or unsent: 'choose one'; a wrong value still 'invalid option'", () => {
    const choice = zChoice(["A", "B"]);
    expect(messages(choice, "")).toEqual({ "": "requiredChoice" });
    expect(messages(choice, undefined)).toEqual({ "": "requiredChoice" });
    expect(messages(choice, null)).toEqual({ "": "requiredChoice" });
    expect(messages(choice, "C")).toEqual({ "": "invalidOption" });
    expect(messages(zChoiceId, "")).toEqual({ "": "requiredChoice" });
    expect(messages(zChoiceId, "abc")).toEqual({ "": "uuid" });
    // An id a program sends (not picked by a person) keeps "required".
    expect(messages(zId, "")).toEqual({ "": "required" });
  });

  it("the candidate form: name typed, unit, sex, education and occupation chosen", () => {
    expect(messages(ZCandidateCreate, { fullName: "", unitId: "", sex: "", birthDate: "", educationLevel: "", occupationGroup: "" })).toEqual({
      fullName: "required",
      unitId: "requiredChoice",
      sex: "requiredChoice",
      birthDate: "required",
      educationLevel: "requiredChoice",
      occupationGroup: "requiredChoice",
    });
    expect(messages(ZCandidateListQuery, { stage: "" })).toEqual({ stage: "requiredChoice" });
  });

  it("the account, unit, transfer and merge forms", () => {
    expect(messages(ZAccountCreate, { username: "", fullName: "", role: "", unitId: "" })).toEqual({
      username: "required",
      fullName: "required",
      role: "requiredChoice",
      unitId: "requiredChoice",
    });
    expect(messages(ZAccountPatch, { version: 1, role: "", unitId: "" })).toEqual({ role: "requiredChoice", unitId: "requiredChoice" });
    expect(messages(ZSetup, { username: "admin", fullName: "", password: "" })).toMatchObject({ fullName: "required", password: "required" });
    expect(messages(ZUnitCreate, { parentId: "", code: "", name: "", kind: "" })).toEqual({
      parentId: "requiredChoice",
      code: "required",
      name: "required",
      kind: "requiredChoice",
    });
    expect(messages(ZUnitMerge, { intoUnitId: "", date: "", reason: "" })).toEqual({ intoUnitId: "requiredChoice", date: "required", reason: "required" });
    expect(messages(ZTransfer, { toUnitId: "", date: "", reason: "", version: 1 })).toEqual({
      toUnitId: "requiredChoice",
      date: "required",
      reason: "required",
    });
    expect(messages(ZHolidayCreate, { date: "", name: "" })).toEqual({ date: "required", name: "required" });
  });

  it("classes, papers, extensions, quotas, moves and imports", () => {
    expect(messages(ZCourseCreate, { kind: "", name: "", unitId: "", startDate: "01/01/2026", endDate: "02/01/2026" })).toEqual({
      kind: "requiredChoice",
      name: "required",
      unitId: "requiredChoice",
    });
    expect(messages(ZResults, { results: [{ candidateId: ID, result: "" }] })).toEqual({ "results.0.result": "requiredChoice" });
    expect(messages(ZDossierItemUpdate, { code: "A1", status: "" }).status).toBe("requiredChoice");
    expect(messages(ZExtension, { kind: "", days: 5 })).toEqual({ kind: "requiredChoice" });
    expect(messages(ZQuotaPut, { unitId: ID, period: "2026", mode: "", target: 1, status: "" })).toEqual({ mode: "requiredChoice", status: "requiredChoice" });
    expect(messages(ZTransition, { to: "", date: "01/01/2026", version: 1 })).toEqual({ to: "requiredChoice" });
    expect(messages(ZTransition, { to: "PROBATION", date: "01/01/2026", version: 1, introducers: [{ kind: "", name: "", documentDate: "" }] })).toEqual({
      "introducers.0.kind": "requiredChoice",
      "introducers.0.name": "required",
      "introducers.0.documentDate": "required",
    });
    // A spreadsheet's drop-down cell left blank reads the same as the form's select.
    expect(messages(ZCandidateImportRow, { unitCode: "", fullName: "", sex: "", birthDate: "", educationLevel: "", occupationGroup: "" })).toMatchObject({
      unitCode: "required",
      fullName: "required",
      sex: "requiredChoice",
    });
  });
});
