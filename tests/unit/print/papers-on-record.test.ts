import { describe, expect, it } from "vitest";
import { papersOnRecord, type StepRecords } from "@/lib/domain/print/papers-on-record";

const nothing: StepRecords = {
  awarenessCertificate: null,
  newMemberCertificate: null,
  verification: null,
  introductions: [],
  resolutions: [],
  decisions: [],
};
const records = (more: Partial<StepRecords>): StepRecords => ({ ...nothing, ...more });

describe("papersOnRecord", () => {
  it("holds nothing when no step recorded anything", () => {
    expect(papersOnRecord(nothing)).toEqual({});
  });

  it("takes the class certificates as A1 (awareness) and C1 (new members), with their numbers and dates", () => {
    const papers = papersOnRecord(
      records({ awarenessCertificate: { number: "12/GCN", date: "2026-03-10" }, newMemberCertificate: { number: null, date: "2027-04-02" } }),
    );
    expect(papers).toEqual({ A1: { number: "12/GCN", date: "2026-03-10" }, C1: { number: null, date: "2027-04-02" } });
  });

  it("takes a certificate without a date as no paper", () => {
    expect(papersOnRecord(records({ awarenessCertificate: { number: "12/GCN", date: null } }))).toEqual({});
    expect(papersOnRecord(records({ newMemberCertificate: { number: "5/GCN", date: null } }))).toEqual({});
  });

  it("takes the certified verification as the background form A3, and an uncertified one as nothing", () => {
    expect(papersOnRecord(records({ verification: { documentNumber: "45-XN", certifiedOn: "2026-05-20" } }))).toEqual({
      A3: { number: "45-XN", date: "2026-05-20" },
    });
    expect(papersOnRecord(records({ verification: { documentNumber: "45-XN", certifiedOn: null } }))).toEqual({});
  });

  it("takes a member's introduction as A4 and a Youth Union's or Trade Union's as A5", () => {
    expect(
      papersOnRecord(
        records({
          introductions: [
            { kind: "PARTY_MEMBER", documentNumber: null, documentDate: "2026-09-01" },
            { kind: "YOUTH_UNION", documentNumber: "7/NQ-ĐTN", documentDate: "2026-09-05" },
          ],
        }),
      ),
    ).toEqual({ A4: { number: null, date: "2026-09-01" }, A5: { number: "7/NQ-ĐTN", date: "2026-09-05" } });
    expect(papersOnRecord(records({ introductions: [{ kind: "TRADE_UNION", documentNumber: "3/NQ-CĐ", documentDate: "2026-09-06" }] }))).toEqual({
      A5: { number: "3/NQ-CĐ", date: "2026-09-06" },
    });
  });

  it("keeps the first introduction of each kind", () => {
    const papers = papersOnRecord(
      records({
        introductions: [
          { kind: "PARTY_MEMBER", documentNumber: "first", documentDate: "2026-09-01" },
          { kind: "TRADE_UNION", documentNumber: "union-first", documentDate: "2026-09-02" },
          { kind: "PARTY_MEMBER", documentNumber: "second", documentDate: "2026-09-03" },
          { kind: "YOUTH_UNION", documentNumber: "union-second", documentDate: "2026-09-04" },
        ],
      }),
    );
    expect(papers).toEqual({ A4: { number: "first", date: "2026-09-01" }, A5: { number: "union-first", date: "2026-09-02" } });
  });

  it("maps each passed resolution to its paper", () => {
    const kinds = [
      "BRANCH_ADMISSION",
      "PARTIAL_ADMISSION_APPRAISAL",
      "GRASSROOTS_ADMISSION",
      "BRANCH_CONVERSION",
      "PARTIAL_CONVERSION_APPRAISAL",
      "GRASSROOTS_CONVERSION",
    ];
    const papers = papersOnRecord(records({ resolutions: kinds.map((kind, i) => ({ kind, number: `${i + 1}-NQ`, date: `2026-0${i + 1}-15`, passed: true })) }));
    expect(papers).toEqual({
      B1: { number: "1-NQ", date: "2026-01-15" },
      B2: { number: "2-NQ", date: "2026-02-15" },
      B3: { number: "3-NQ", date: "2026-03-15" },
      C5: { number: "4-NQ", date: "2026-04-15" },
      C6: { number: "5-NQ", date: "2026-05-15" },
      C7: { number: "6-NQ", date: "2026-06-15" },
    });
  });

  it("takes a failed vote's resolution as no paper, and the later passed one as the paper", () => {
    expect(papersOnRecord(records({ resolutions: [{ kind: "BRANCH_ADMISSION", number: "1-NQ", date: "2026-01-15", passed: false }] }))).toEqual({});
    expect(
      papersOnRecord(
        records({
          resolutions: [
            { kind: "BRANCH_CONVERSION", number: "failed", date: "2027-01-15", passed: false },
            { kind: "BRANCH_CONVERSION", number: "passed", date: "2027-03-15", passed: true },
          ],
        }),
      ),
    ).toEqual({ C5: { number: "passed", date: "2027-03-15" } });
  });

  it("keeps the first passed resolution of a kind", () => {
    const papers = papersOnRecord(
      records({
        resolutions: [
          { kind: "BRANCH_ADMISSION", number: "first", date: "2026-01-15", passed: true },
          { kind: "BRANCH_ADMISSION", number: "second", date: "2026-02-15", passed: true },
        ],
      }),
    );
    expect(papers).toEqual({ B1: { number: "first", date: "2026-01-15" } });
  });

  it("ignores a resolution or decision of a kind that is no paper of the file, passed or not", () => {
    expect(
      papersOnRecord(
        records({
          resolutions: [
            { kind: "OTHER", number: "x", date: "2026-01-15", passed: true },
            { kind: "OTHER", number: "y", date: "2026-01-16", passed: false },
          ],
          decisions: [{ kind: "EXTENSION", number: "z", date: "2026-01-17" }],
        }),
      ),
    ).toEqual({});
  });

  it("maps the admission decision to B4 and the conversion decision to C8", () => {
    const papers = papersOnRecord(
      records({
        decisions: [
          { kind: "ADMISSION", number: "9-QĐ", date: "2026-06-01" },
          { kind: "CONVERSION", number: "16-QĐ", date: "2027-06-01" },
          { kind: "ADMISSION", number: "later", date: "2026-07-01" },
        ],
      }),
    );
    expect(papers).toEqual({ B4: { number: "9-QĐ", date: "2026-06-01" }, C8: { number: "16-QĐ", date: "2027-06-01" } });
  });

  it("gathers every kind of record at once", () => {
    const papers = papersOnRecord({
      awarenessCertificate: { number: "1", date: "2026-01-01" },
      newMemberCertificate: { number: "2", date: "2027-01-01" },
      verification: { documentNumber: "3", certifiedOn: "2026-02-01" },
      introductions: [{ kind: "PARTY_MEMBER", documentNumber: "4", documentDate: "2026-03-01" }],
      resolutions: [{ kind: "BRANCH_ADMISSION", number: "5", date: "2026-04-01", passed: true }],
      decisions: [{ kind: "ADMISSION", number: "6", date: "2026-05-01" }],
    });
    expect(Object.keys(papers).sort()).toEqual(["A1", "A3", "A4", "B1", "B4", "C1"]);
  });
});
