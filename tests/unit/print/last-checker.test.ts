import { describe, expect, it } from "vitest";
import { lastChecker } from "@/lib/domain/print/checklist-papers";

describe("who checked the file, from the dossier history", () => {
  const events = [
    { changes: { C2: { from: "RECEIVED", to: "CHECKED" } }, actorName: "Trần Thị Hoa" },
    { changes: { A2: { from: "MISSING", to: "RECEIVED" } }, actorName: "Phạm Minh Đức" },
    { changes: { A3: { from: "RECEIVED", to: "CHECKED" } }, actorName: "Nguyễn Văn Thành" },
  ];

  it("names whoever last marked one of the file's own papers checked (the history comes newest first)", () => {
    expect(lastChecker("CONVERSION", events)).toBe("Trần Thị Hoa");
    // The conversion paper C2 is not the admission file's: the admission's checker is found further down.
    expect(lastChecker("ADMISSION", events)).toBe("Nguyễn Văn Thành");
  });

  it("does not count a paper only received, nor an event without changes", () => {
    expect(
      lastChecker("ADMISSION", [
        { changes: { A2: { from: "MISSING", to: "RECEIVED" } }, actorName: "X" },
        { changes: null, actorName: "Y" },
      ]),
    ).toBeNull();
    expect(lastChecker("ADMISSION", [])).toBeNull();
  });

  it("skips a paper whose change is empty in the stored history instead of failing", () => {
    expect(
      lastChecker("ADMISSION", [
        { changes: { A2: null }, actorName: "X" },
        { changes: { A2: { to: "CHECKED" } }, actorName: "Y" },
      ]),
    ).toBe("Y");
  });
});
