import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isWellFormedText, numberFromInput, zInt, zOptionalInt, zOptionalText, zText } from "@/lib/validation/common";

describe("numbers from JSON, forms and query strings", () => {
  it("turns numeric strings into numbers, trimmed; leaves anything else for the schema to refuse", () => {
    expect(numberFromInput("7")).toBe(7);
    expect(numberFromInput(" 9 ")).toBe(9);
    expect(numberFromInput("\t12\n")).toBe(12);
    expect(numberFromInput("-3")).toBe(-3);
    expect(numberFromInput("7.5")).toBe(7.5);
    expect(numberFromInput("007")).toBe(7);
    expect(numberFromInput(8)).toBe(8);
    for (const value of ["", " ", "1e3", "0x10", "Infinity", "NaN", "+5", "7 7", "1,5", "7.", ".5", "٣"]) expect(numberFromInput(value), value).toBe(value);
    for (const value of [true, null, undefined, [[[7]]], [7], {}]) expect(numberFromInput(value)).toEqual(value);
  });

  it("zInt accepts JSON numbers and digit strings only", () => {
    const schema = zInt(0, 100);
    expect(schema.parse(7)).toBe(7);
    expect(schema.parse("7")).toBe(7);
    expect(schema.parse(" 9 ")).toBe(9);
    for (const value of [[[[7]]], true, false, [7], {}, "1e1", "0x10", "Infinity", "", "7.5", 7.5, 101, -1, null, undefined]) {
      expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
    expect(schema.safeParse(true).error?.issues[0]?.message).toBe("integer");
    expect(schema.safeParse(101).error?.issues[0]?.message).toBe("tooLarge|max=100");
  });

  it("zOptionalInt keeps empty form fields as null", () => {
    const schema = z.object({ n: zOptionalInt(1, 10) });
    expect(schema.parse({ n: "" }).n).toBeNull();
    expect(schema.parse({ n: null }).n).toBeNull();
    expect(schema.parse({}).n).toBeNull();
    expect(schema.parse({ n: "4" }).n).toBe(4);
    for (const n of [[[[7]]], true, "x", "1e0"]) expect(schema.safeParse({ n }).success, JSON.stringify(n)).toBe(false);
  });
});

describe("text with a lone surrogate", () => {
  it("is refused by every free-text helper", () => {
    const lone = JSON.parse('"a\\ud800b"') as string;
    expect(isWellFormedText(lone)).toBe(false);
    expect(isWellFormedText(JSON.parse('"\\udc00"') as string)).toBe(false);
    expect(isWellFormedText("Nguyễn Văn Đức 😀")).toBe(true);
    expect(
      zText(20)
        .safeParse(lone)
        .error?.issues.map((i) => i.message),
    ).toEqual(["controlChars"]);
    expect(zOptionalText(20).safeParse(lone).success).toBe(false);
    expect(zOptionalText(20, { multiline: true }).safeParse(`x\n${lone}`).success).toBe(false);
    expect(zText(20).parse(" Đức 😀 ")).toBe("Đức 😀");
  });
});
