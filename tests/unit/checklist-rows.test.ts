import { describe, expect, it } from "vitest";
import { checklistCounts, checklistGroups } from "@/components/pipeline/checklist-rows";
import { dossierChecklist, excludedPapers } from "@/lib/domain/rules/dossier";
import { facts } from "./rules/facts";

const today = "2026-11-24";

describe("checklistGroups", () => {
  it("numbers every paper without a gap: A4, A5 (not applicable), A6", () => {
    const f = facts({ birthDate: "1980-01-01" });
    const groups = checklistGroups(dossierChecklist(f, [], today), excludedPapers(f, today));
    expect(groups.map((g) => g.key)).toEqual(["A", "B", "C"]);
    expect(groups[0]!.rows.map((r) => [r.item.code, r.kind])).toEqual([
      ["A1", "paper"],
      ["A2", "paper"],
      ["A3", "paper"],
      ["A4", "paper"],
      ["A5", "excluded"],
      ["A6", "paper"],
    ]);
    expect(groups.flatMap((g) => g.rows).length).toBe(20);
    expect(groups[1]!.rows.find((r) => r.item.code === "B2")?.kind).toBe("excluded");
  });

  it("keeps form order whatever order the two lists come in, and leaves out an empty part", () => {
    const f = facts();
    const items = dossierChecklist(f, [], today)
      .filter((i) => i.code.startsWith("A"))
      .reverse();
    const groups = checklistGroups(items, excludedPapers(f, today).reverse());
    expect(groups.map((g) => g.key)).toEqual(["A", "B", "C"]);
    expect(groups[0]!.rows.map((r) => r.item.code)).toEqual(["A1", "A2", "A3", "A4", "A5", "A6"]);
    expect(checklistGroups([], []).length).toBe(0);
  });
});

describe("checklistCounts", () => {
  it("counts the papers handed in among those the file needs, and those due now still missing", () => {
    const f = facts({ stage: "BRANCH_VOTE" });
    const items = dossierChecklist(
      f,
      [
        { code: "A1", status: "CHECKED", number: null, date: null, note: null },
        { code: "A2", status: "RECEIVED", number: null, date: null, note: null },
        { code: "B1", status: "MISSING", number: null, date: null, note: null },
      ],
      today,
    );
    // 17 papers apply (A5, B2, C6 do not); A3, A4, A6 are due before the branch vote and missing.
    expect(checklistCounts(items)).toEqual({ received: 2, total: 17, dueMissing: 3 });
  });
});
