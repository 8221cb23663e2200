import { describe, expect, it } from "vitest";
import { officialAsOf, partyAge, probationEnd } from "@/lib/domain/rules/membership";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";

const rules = ruleSetByCode("QD294-2025");

describe("probation and official status (Charter Art. 5)", () => {
  it("ends 12 months after the ceremony; official as of that day, however late the decision", () => {
    expect(probationEnd("2025-05-19", rules)).toBe("2026-05-19");
    expect(officialAsOf("2025-05-19", rules)).toBe("2026-05-19");
    expect(officialAsOf("2024-02-29", rules)).toBe("2025-02-28");
  });
});

describe("party age", () => {
  it("counts from the date on the admission decision, not the ceremony", () => {
    expect(partyAge("2025-04-15", "2026-04-14")).toEqual({ years: 0, months: 11 });
    expect(partyAge("2025-04-15", "2026-04-15")).toEqual({ years: 1, months: 0 });
    expect(partyAge("2005-04-15", "2026-11-24")).toEqual({ years: 21, months: 7 });
  });
  it("is none before the decision", () => {
    expect(partyAge("2025-04-15", "2025-04-14")).toBeNull();
    expect(partyAge("2025-04-15", "2025-04-15")).toEqual({ years: 0, months: 0 });
  });
});
