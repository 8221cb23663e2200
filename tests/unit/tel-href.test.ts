import { describe, expect, it } from "vitest";
import { telHref } from "@/components/candidates/tel-href";

describe("telHref", () => {
  it("keeps the digits of a number typed with spaces, dots or dashes", () => {
    expect(telHref("0912 345 678")).toBe("tel:0912345678");
    expect(telHref("0912.345.678")).toBe("tel:0912345678");
    expect(telHref("(024) 3825-1234")).toBe("tel:02438251234");
  });
  it("keeps the + of an international number, and only there", () => {
    expect(telHref(" +84 912 345 678")).toBe("tel:+84912345678");
    expect(telHref("84+912")).toBe("tel:84912");
  });
  it("gives no address when there is nothing to dial", () => {
    expect(telHref("")).toBeNull();
    expect(telHref("không có")).toBeNull();
    expect(telHref("12")).toBeNull();
  });
});
