import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { candidateDeadlines, checkDecisionExtension, DEADLINE_KINDS, DEADLINE_RULES, translateRuleRef } from "@/lib/domain/rules/deadlines";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { checkTransition } from "@/lib/domain/rules/transitions";
import { demoHolidays } from "@/prisma/demo/holidays";
import type { CandidateFacts } from "@/lib/domain/rules/facts";
import { facts } from "./facts";

const holidays = new Set(demoHolidays().map((h) => h.date));
const none = new Set<string>();
const rules = ruleSetByCode("QD294-2025");
const due = (f: ReturnType<typeof facts>, today: string, h: ReadonlySet<string> = holidays) =>
  candidateDeadlines(f, today, h).map((d) => `${d.kind}:${d.dueDate}`);

describe("the admission decision deadline (60 working days + a recorded extension of up to 30)", () => {
  // Branch resolution Monday 05/01/2026; Tết 16–20/02/2026 and 27/04, 30/04, 01/05 are holidays.
  const waiting = facts({ stage: "SUPERIOR_DECISION", stageSince: "2026-01-20", branchResolution: { date: "2026-01-05" } });
  it("moves a week later across Tết than without holidays", () => {
    expect(due(waiting, "2026-02-01", none)).toEqual(["DECISION_DUE:2026-03-30"]);
    expect(due(waiting, "2026-02-01")).toEqual(["DECISION_DUE:2026-04-06"]);
  });
  it("counts an extension recorded while waiting, before any decision exists", () => {
    expect(due({ ...waiting, recordedExtensions: { admission: 20, conversion: 0 } }, "2026-02-01")).toEqual(["DECISION_DUE:2026-05-07"]);
    expect(due({ ...waiting, stage: "COMMITTEE_REVIEW", recordedExtensions: { admission: 20, conversion: 0 } }, "2026-02-01")).toEqual([
      "DECISION_DUE:2026-05-07",
    ]);
  });
  it("never counts more than 30 working days", () => {
    expect(due({ ...waiting, recordedExtensions: { admission: 45, conversion: 0 } }, "2026-02-01")).toEqual(["DECISION_DUE:2026-05-21"]);
  });
  it("flags a late decision against the extended deadline, not the plain one", () => {
    const decide = { to: "CEREMONY" as const, date: "2026-04-20", decisionNumber: "310-QĐ" };
    const late = checkTransition(waiting, decide, "2026-11-24", holidays);
    expect(late).toEqual({ ok: true, warnings: [{ code: "DECISION_LATE", params: { dueOn: "2026-04-06" } }] });
    expect(checkTransition({ ...waiting, recordedExtensions: { admission: 20, conversion: 0 } }, decide, "2026-11-24", holidays)).toEqual({
      ok: true,
      warnings: [],
    });
  });
});

describe("the conversion decision deadline (30 working days from the branch's 13-KNĐ + up to 30)", () => {
  const converting = facts({ stage: "PROBATION", ceremonyDate: "2025-01-10", conversionBranchResolution: { date: "2026-01-12" } });
  it("counts Tết and the extension recorded while waiting", () => {
    expect(due(converting, "2026-02-01")).toEqual(["CONVERSION_DECISION_DUE:2026-03-02"]);
    expect(due({ ...converting, recordedExtensions: { admission: 0, conversion: 20 } }, "2026-02-01")).toEqual(["CONVERSION_DECISION_DUE:2026-03-30"]);
  });
});

describe("the ceremony deadline", () => {
  it("falls 30 working days after the decision was received (or signed, when no receipt is recorded)", () => {
    const decided = facts({
      stage: "CEREMONY",
      stageSince: "2026-06-01",
      admissionDecision: { date: "2026-06-01", receivedOn: "2026-06-05", extensionDays: 0 },
    });
    const [ceremony] = candidateDeadlines(decided, "2026-07-20", holidays);
    expect(ceremony).toMatchObject({ kind: "CEREMONY_DUE", dueDate: "2026-07-17", overdue: true });
    expect(ceremony?.rule).toEqual({ code: "CEREMONY_PERIOD", params: { days: 30 } });
    expect(due({ ...decided, admissionDecision: { date: "2026-06-01", receivedOn: null, extensionDays: 0 } }, "2026-06-10")).toEqual([
      "CEREMONY_DUE:2026-07-13",
    ]);
  });
});

describe("recording an extension", () => {
  it("is allowed only while the decision is awaited, and up to the rule set's maximum", () => {
    const at = (stage: CandidateFacts["stage"], more: Partial<CandidateFacts> = {}) => facts({ stage, ...more });
    expect(checkDecisionExtension(at("SUPERIOR_DECISION"), "ADMISSION", 30, rules)).toEqual([]);
    expect(checkDecisionExtension(at("COMMITTEE_REVIEW"), "ADMISSION", 10, rules)).toEqual([]);
    expect(checkDecisionExtension(at("SUPERIOR_DECISION"), "ADMISSION", 31, rules)).toEqual([{ code: "EXTENSION_TOO_LONG", params: { max: 30 } }]);
    expect(checkDecisionExtension(at("CEREMONY"), "ADMISSION", 10, rules)).toEqual([{ code: "EXTENSION_NOT_WAITING" }]);
    // The conversion decision is awaited once the branch's resolution (13-KNĐ) is recorded, not before.
    expect(checkDecisionExtension(at("PROBATION"), "CONVERSION", 10, rules)).toEqual([{ code: "EXTENSION_NOT_WAITING" }]);
    expect(checkDecisionExtension(at("PROBATION", { conversionBranchResolution: { date: "2026-10-05" } }), "CONVERSION", 10, rules)).toEqual([]);
    expect(checkDecisionExtension(at("PROBATION", { conversionBranchResolution: { date: "2026-10-05" } }), "CONVERSION", 31, rules)).toEqual([
      { code: "EXTENSION_TOO_LONG", params: { max: 30 } },
    ]);
    expect(checkDecisionExtension(at("SUPERIOR_DECISION"), "CONVERSION", 10, rules)).toEqual([{ code: "EXTENSION_NOT_WAITING" }]);
  });
});

describe("the rule a deadline names", () => {
  type Translate = Parameters<typeof translateRuleRef>[0];
  const tVi = createTranslator({ locale: "vi", messages: vi }) as unknown as Translate;
  const tEn = createTranslator({ locale: "en", messages: en }) as unknown as Translate;
  // One candidate per deadline kind, so that every rule's label is exercised.
  const cases = [
    facts({ stage: "BRANCH_VOTE", awareness: { courseStart: "2025-01-06", certificateNumber: "1", certificateDate: "2025-01-20" } }),
    facts({ stage: "SUPERIOR_DECISION", branchResolution: { date: "2026-01-05" } }),
    facts({ stage: "CEREMONY", admissionDecision: { date: "2026-06-01", receivedOn: null, extensionDays: 0 } }),
    facts({ stage: "PROBATION", ceremonyDate: "2026-01-10" }),
    facts({ stage: "PROBATION", ceremonyDate: "2025-01-10", failedConversionVotes: 3 }),
    facts({ stage: "PROBATION", ceremonyDate: "2025-01-10", conversionBranchResolution: { date: "2026-01-12" } }),
  ].flatMap((f) => candidateDeadlines(f, "2026-02-01", holidays));

  it("is a stable code for every kind, with the numbers of the candidate's rule set", () => {
    expect(new Set(cases.map((d) => d.kind))).toEqual(new Set(DEADLINE_KINDS));
    for (const d of cases) expect(d.rule.code).toBe(DEADLINE_RULES[d.kind]);
    expect(cases.find((d) => d.kind === "DECISION_DUE")?.rule).toEqual({ code: "ADMISSION_DECISION_PERIOD", params: { days: 60, maxExtension: 30 } });
    for (const code of Object.values(DEADLINE_RULES)) {
      expect(vi.deadlineRule).toHaveProperty(code);
      expect(en.deadlineRule).toHaveProperty(code);
    }
  });

  it("reads in Vietnamese from the messages, with the numbers of the rule set", () => {
    const decision = cases.find((d) => d.kind === "DECISION_DUE")!;
    expect(translateRuleRef(tVi, decision)).toBe("60 ngày làm việc từ nghị quyết chi bộ (gia hạn ≤ 30) · QĐ 294-QĐ/TW (26/5/2025), HD 06-HD/TW (9/6/2025)");
    for (const d of cases) expect(translateRuleRef(tVi, d)).toContain(d.regulation);
  });

  it("is translated into English, keeping the regulation's citation", () => {
    const decision = cases.find((d) => d.kind === "DECISION_DUE")!;
    expect(translateRuleRef(tEn, decision)).toBe(
      "60 working days from the branch resolution (extension ≤ 30) · QĐ 294-QĐ/TW (26/5/2025), HD 06-HD/TW (9/6/2025)",
    );
    for (const d of cases) {
      expect(translateRuleRef(tEn, d)).toContain(d.regulation);
      expect(translateRuleRef(tEn, d)).not.toBe(translateRuleRef(tVi, d));
    }
  });
});
