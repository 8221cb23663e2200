import { describe, expect, it } from "vitest";
import { CHECKLIST_KINDS, checklistFits, checklistRows, papersOf, tickedCount, type PaperRow } from "@/lib/domain/print/checklist-papers";
import type { RecordedItem } from "@/lib/domain/rules/dossier";
import type { CandidateFacts, IntroducerFact } from "@/lib/domain/rules/facts";
import { STAGES } from "@/lib/domain/stages";
import { facts } from "../rules/facts";

const today = "2026-11-24";
const withUnit = (unit: Partial<CandidateFacts["unit"]>, more: Partial<CandidateFacts> = {}) => facts({ unit: { ...facts().unit, ...unit }, ...more });
const item = (code: string, status: RecordedItem["status"], more: Partial<RecordedItem> = {}): RecordedItem => ({
  code,
  status,
  number: null,
  date: null,
  note: null,
  ...more,
});
const introducer = (kind: IntroducerFact["kind"]): IntroducerFact => ({
  kind,
  name: kind,
  knownSince: null,
  officialSince: null,
  documentDate: "2026-10-01",
});
const rowOf = (rows: PaperRow[], code: string) => rows.find((r) => r.code === code)!;
const stateOf = (rows: PaperRow[]) => Object.fromEntries(rows.map((r) => [r.code, r.state]));

describe("the two checklists and their papers", () => {
  it("are the admission file and the conversion file", () => {
    expect(CHECKLIST_KINDS).toEqual(["ADMISSION", "CONVERSION"]);
  });
  it("puts the A- and B-items in the admission file, in form order", () => {
    expect(papersOf("ADMISSION")).toEqual(["A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6"]);
  });
  it("puts the C-items in the conversion file, in form order", () => {
    expect(papersOf("CONVERSION")).toEqual(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"]);
  });
});

describe("checklistFits", () => {
  it("prints the admission file at every stage", () => {
    for (const stage of STAGES) expect(checklistFits("ADMISSION", stage)).toBe(true);
  });
  it("prints the conversion file only for a probationary or official member", () => {
    const fits = STAGES.filter((stage) => checklistFits("CONVERSION", stage));
    expect(fits).toEqual(["PROBATION", "OFFICIAL"]);
  });
  it("has no conversion file before the ceremony, nor for a dropped or struck-off candidate", () => {
    expect(checklistFits("CONVERSION", "CEREMONY")).toBe(false);
    expect(checklistFits("CONVERSION", "SUPERIOR_DECISION")).toBe(false);
    expect(checklistFits("CONVERSION", "SOURCE")).toBe(false);
    expect(checklistFits("CONVERSION", "DROPPED")).toBe(false);
    expect(checklistFits("CONVERSION", "STRUCK_OFF")).toBe(false);
  });
});

describe("checklistRows", () => {
  it("lists the admission file A1–B6 in order, each with its form", () => {
    const rows = checklistRows("ADMISSION", facts(), [], {}, today);
    expect(rows.map((r) => [r.code, r.form])).toEqual([
      ["A1", "GCN"],
      ["A2", "1-KNĐ"],
      ["A3", "2-KNĐ"],
      ["A4", "3-KNĐ"],
      ["A5", "4-KNĐ / 4A-KNĐ"],
      ["A6", "5-KNĐ"],
      ["B1", "6-KNĐ"],
      ["B2", "7-KNĐ"],
      ["B3", "8-KNĐ"],
      ["B4", "9-KNĐ"],
      ["B5", "LLĐV"],
      ["B6", "PĐV"],
    ]);
  });
  it("lists the conversion file C1–C8 in order, each with its form", () => {
    const rows = checklistRows("CONVERSION", facts(), [], {}, today);
    expect(rows.map((r) => [r.code, r.form])).toEqual([
      ["C1", "GCN"],
      ["C2", "10-KNĐ"],
      ["C3", "11-KNĐ"],
      ["C4", "12-KNĐ"],
      ["C5", "13-KNĐ"],
      ["C6", "14-KNĐ"],
      ["C7", "15-KNĐ"],
      ["C8", "16-KNĐ"],
    ]);
  });
  it("shows a paper nobody recorded as missing, unticked and blank", () => {
    expect(rowOf(checklistRows("ADMISSION", facts(), [], {}, today), "A2")).toEqual({
      code: "A2",
      form: "1-KNĐ",
      state: "MISSING",
      ticked: false,
      number: null,
      date: null,
      note: null,
    });
  });

  describe("the state of a paper", () => {
    const recorded = [
      item("A1", "CHECKED"),
      item("A2", "RECEIVED"),
      item("A3", "MISSING"),
      item("A4", "MISSING"),
      item("B1", "CHECKED"),
      item("B4", "RECEIVED"),
    ];
    const onRecord = {
      A3: { number: "12", date: "2026-05-01" },
      A6: { number: null, date: "2026-06-01" },
      B1: { number: "3", date: "2026-07-01" },
      B4: { number: "9", date: "2026-08-01" },
    };
    // Computed inside each test, not while the tests are collected: a fault here must fail a test.
    const rowsOf = () => checklistRows("ADMISSION", facts(), recorded, onRecord, today);
    it("is CHECKED and ticked only for a paper checked on the checklist, whether or not a step recorded it", () => {
      expect(rowOf(rowsOf(), "A1")).toMatchObject({ state: "CHECKED", ticked: true });
      expect(rowOf(rowsOf(), "B1")).toMatchObject({ state: "CHECKED", ticked: true });
      expect(
        rowsOf()
          .filter((r) => r.ticked)
          .map((r) => r.code),
      ).toEqual(["A1", "B1"]);
    });
    it("is RECEIVED, unticked, for a paper handed in but not yet checked, even when a step recorded it", () => {
      expect(rowOf(rowsOf(), "A2")).toMatchObject({ state: "RECEIVED", ticked: false });
      expect(rowOf(rowsOf(), "B4")).toMatchObject({ state: "RECEIVED", ticked: false });
    });
    it("is ON_RECORD, unticked, for a paper only the steps' records hold (marked missing or not on the checklist at all)", () => {
      expect(rowOf(rowsOf(), "A3")).toMatchObject({ state: "ON_RECORD", ticked: false });
      expect(rowOf(rowsOf(), "A6")).toMatchObject({ state: "ON_RECORD", ticked: false });
    });
    it("is MISSING for a paper marked missing that no step recorded", () => {
      expect(rowOf(rowsOf(), "A4")).toMatchObject({ state: "MISSING", ticked: false });
    });
    it("gives every row of the file its state", () => {
      expect(stateOf(rowsOf())).toEqual({
        A1: "CHECKED",
        A2: "RECEIVED",
        A3: "ON_RECORD",
        A4: "MISSING",
        A5: "NOT_APPLICABLE",
        A6: "ON_RECORD",
        B1: "CHECKED",
        B2: "NOT_APPLICABLE",
        B3: "MISSING",
        B4: "RECEIVED",
        B5: "MISSING",
        B6: "MISSING",
      });
    });
  });

  describe("the number, date and note of a paper", () => {
    const onRecord = { C5: { number: "NQ-05", date: "2027-01-10" }, C8: { number: "QĐ-08", date: "2027-02-10" }, C1: { number: "GCN-1", date: "2026-09-01" } };
    it("come from the checklist's own entry first", () => {
      const rows = checklistRows("CONVERSION", facts(), [item("C5", "CHECKED", { number: "15/NQ", date: "2027-01-11", note: "bản sao" })], onRecord, today);
      expect(rowOf(rows, "C5")).toMatchObject({ number: "15/NQ", date: "2027-01-11", note: "bản sao" });
    });
    it("come from the records where the checklist's entry has none (number and date each on its own)", () => {
      const recorded = [
        item("C5", "RECEIVED", { number: "15/NQ" }),
        item("C8", "CHECKED", { date: "2027-02-12" }),
        item("C1", "RECEIVED", { number: "", date: "" }),
      ];
      const rows = checklistRows("CONVERSION", facts(), recorded, onRecord, today);
      expect(rowOf(rows, "C5")).toMatchObject({ number: "15/NQ", date: "2027-01-10" });
      expect(rowOf(rows, "C8")).toMatchObject({ number: "QĐ-08", date: "2027-02-12" });
      // A blank entry is no entry: the certificate's number and date show.
      expect(rowOf(rows, "C1")).toMatchObject({ number: "GCN-1", date: "2026-09-01" });
    });
    it("come from the records for a paper the checklist does not list", () => {
      const rows = checklistRows("CONVERSION", facts(), [], onRecord, today);
      expect(rowOf(rows, "C8")).toMatchObject({ number: "QĐ-08", date: "2027-02-10", note: null });
    });
    it("are null where neither holds one, and a blank note is no note", () => {
      const rows = checklistRows("CONVERSION", facts(), [item("C2", "RECEIVED", { note: "" })], { C3: { number: null, date: null } }, today);
      expect(rowOf(rows, "C2")).toMatchObject({ number: null, date: null, note: null });
      expect(rowOf(rows, "C3")).toMatchObject({ state: "ON_RECORD", number: null, date: null, note: null });
    });
  });

  describe("conditional papers", () => {
    it("leaves out the union resolution (A5) off the union route, even when checked", () => {
      const rows = checklistRows(
        "ADMISSION",
        facts({ introducers: [introducer("PARTY_MEMBER"), introducer("PARTY_MEMBER")] }),
        [item("A5", "CHECKED")],
        {},
        today,
      );
      expect(rowOf(rows, "A5")).toMatchObject({ state: "NOT_APPLICABLE", ticked: false });
    });
    it("keeps the union resolution (A5) when a Youth Union or a Trade Union introduced the candidate", () => {
      for (const kind of ["YOUTH_UNION", "TRADE_UNION"] as const) {
        const rows = checklistRows("ADMISSION", facts({ birthDate: "1980-01-01", introducers: [introducer(kind)] }), [item("A5", "CHECKED")], {}, today);
        expect(rowOf(rows, "A5")).toMatchObject({ state: "CHECKED", ticked: true });
      }
    });
    it("keeps the union resolution (A5) for a candidate of Youth Union age in a unit with a Youth Union, and only there", () => {
      expect(rowOf(checklistRows("ADMISSION", withUnit({ hasYouthUnion: true }, { birthDate: "2000-01-01" }), [], {}, today), "A5").state).toBe("MISSING");
      expect(rowOf(checklistRows("ADMISSION", withUnit({ hasYouthUnion: false }, { birthDate: "2000-01-01" }), [], {}, today), "A5").state).toBe(
        "NOT_APPLICABLE",
      );
      expect(rowOf(checklistRows("ADMISSION", withUnit({ hasYouthUnion: true }, { birthDate: "1980-01-01" }), [], {}, today), "A5").state).toBe(
        "NOT_APPLICABLE",
      );
    });
    it("counts the Youth Union age on the branch vote's date once recorded, on today before", () => {
      // 31 today, 30 on the vote.
      const f = withUnit({ hasYouthUnion: true }, { birthDate: "1995-06-01" });
      expect(rowOf(checklistRows("ADMISSION", f, [], {}, today), "A5").state).toBe("NOT_APPLICABLE");
      expect(rowOf(checklistRows("ADMISSION", { ...f, branchResolution: { date: "2025-12-01" } }, [], {}, today), "A5").state).toBe("MISSING");
      // 30 today, already 31 on a vote dated later: the vote's date decides.
      const g = withUnit({ hasYouthUnion: true }, { birthDate: "1996-01-01" });
      expect(rowOf(checklistRows("ADMISSION", g, [], {}, today), "A5").state).toBe("MISSING");
      expect(rowOf(checklistRows("ADMISSION", { ...g, branchResolution: { date: "2027-01-02" } }, [], {}, today), "A5").state).toBe("NOT_APPLICABLE");
    });
    it("includes the partial committee's appraisals (B2, C6) only where a partial committee exists", () => {
      const without = withUnit({ partialCommitteeExists: false });
      const withPartial = withUnit({ partialCommitteeExists: true });
      expect(rowOf(checklistRows("ADMISSION", without, [], {}, today), "B2").state).toBe("NOT_APPLICABLE");
      expect(rowOf(checklistRows("CONVERSION", without, [], {}, today), "C6").state).toBe("NOT_APPLICABLE");
      expect(rowOf(checklistRows("ADMISSION", withPartial, [], {}, today), "B2").state).toBe("MISSING");
      expect(rowOf(checklistRows("CONVERSION", withPartial, [], {}, today), "C6").state).toBe("MISSING");
    });
    it("includes the grassroots committee's resolutions (B3, C7) for a branch, not for a grassroots branch", () => {
      const branch = withUnit({ kind: "BRANCH" });
      const grassroots = withUnit({ kind: "GRASSROOTS_BRANCH" });
      expect(rowOf(checklistRows("ADMISSION", branch, [], {}, today), "B3").state).toBe("MISSING");
      expect(rowOf(checklistRows("CONVERSION", branch, [], {}, today), "C7").state).toBe("MISSING");
      expect(rowOf(checklistRows("ADMISSION", grassroots, [item("B3", "CHECKED")], {}, today), "B3")).toMatchObject({ state: "NOT_APPLICABLE", ticked: false });
      expect(rowOf(checklistRows("CONVERSION", grassroots, [], {}, today), "C7").state).toBe("NOT_APPLICABLE");
    });
    it("still prints what was recorded for a paper that does not apply", () => {
      const rows = checklistRows(
        "ADMISSION",
        withUnit({ kind: "GRASSROOTS_BRANCH" }),
        [item("B3", "CHECKED", { number: "8/NQ", note: "thừa" })],
        { B3: { number: "x", date: "2026-01-01" } },
        today,
      );
      expect(rowOf(rows, "B3")).toEqual({
        code: "B3",
        form: "8-KNĐ",
        state: "NOT_APPLICABLE",
        ticked: false,
        number: "8/NQ",
        date: "2026-01-01",
        note: "thừa",
      });
    });
  });
});

describe("tickedCount", () => {
  it("counts the ticked papers over the papers that apply", () => {
    // Default facts: a branch without partial committee, off the union route: A5 and B2 do not apply.
    const rows = checklistRows(
      "ADMISSION",
      facts(),
      [item("A1", "CHECKED"), item("A2", "RECEIVED"), item("B1", "CHECKED")],
      { A3: { number: null, date: "2026-01-01" } },
      today,
    );
    expect(tickedCount(rows)).toEqual({ ticked: 2, applicable: 10 });
  });
  it("leaves a paper that does not apply out of both counts", () => {
    const rows: PaperRow[] = [
      { code: "A1", form: "GCN", state: "CHECKED", ticked: true, number: null, date: null, note: null },
      { code: "A5", form: "4-KNĐ / 4A-KNĐ", state: "NOT_APPLICABLE", ticked: true, number: null, date: null, note: null },
      { code: "A6", form: "5-KNĐ", state: "MISSING", ticked: false, number: null, date: null, note: null },
    ];
    expect(tickedCount(rows)).toEqual({ ticked: 1, applicable: 2 });
  });
  it("is 0/0 for no rows", () => {
    expect(tickedCount([])).toEqual({ ticked: 0, applicable: 0 });
  });
});
