/**
 * Issue 11, spreadsheet imports: candidates and the unit tree, previewed (every row checked,
 * nothing written but the preview) then committed all or none. Fixture workbooks are built here
 * with exceljs; no binary file is kept in the repository.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import * as importsDb from "@/lib/db/imports";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { MAX_UPLOAD_BYTES } from "@/lib/api/multipart";
import { CANDIDATE_COLUMNS, UNIT_COLUMNS } from "@/lib/domain/import-rows";
import { foldVi, viSortKey } from "@/lib/domain/text";
import { commitImport } from "@/lib/services/imports/commit-import";
import { previewCandidateImport } from "@/lib/services/imports/preview-candidates";
import { previewUnitImport } from "@/lib/services/imports/preview-units";
import { candidateTemplate, unitTemplate } from "@/lib/services/imports/templates";
import { todayVn } from "@/lib/time";
import { session } from "./support/session";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

// ── Fixture workbooks ──────────────────────────────────────────────────────────────────────────

type Row = (ExcelJS.CellValue | undefined)[];

async function workbook(rows: Row[], sheetName = "Quần chúng"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheetName);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const HEADER = CANDIDATE_COLUMNS.map((c) => c.header);
let serial = 0;
/** A valid candidate row in the template's column order, with some cells replaced. */
function person(over: Record<string, ExcelJS.CellValue> = {}): Row {
  serial += 1;
  const values: Record<string, ExcelJS.CellValue> = {
    fullName: "Nguyễn Văn An",
    sex: "Nam",
    birthDate: "15/03/2001",
    educationLevel: "Đại học",
    occupationGroup: "Cán bộ, công chức, viên chức",
    nationalId: `0382010${String(10000 + serial).slice(-5)}`,
    unitCode: "B1",
    ...over,
  };
  return CANDIDATE_COLUMNS.map((c) => values[c.field] ?? null);
}
const file = (bytes: Uint8Array, name = "danh-sach.xlsx") => ({ name, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes });
const candidateFile = async (rows: Row[]) => file(await workbook([HEADER, ...rows]));

/** What a refused import must leave: no candidate, no event, no import record, no audit entry (beyond `imports`). */
async function counts() {
  const [candidates, events, imports, audits, units, rolls] = await Promise.all([
    prisma.candidate.count(),
    prisma.candidateEvent.count(),
    prisma.import.count(),
    prisma.auditEvent.count(),
    prisma.unit.count(),
    prisma.unitRoll.count(),
  ]);
  return { candidates, events, imports, audits, units, rolls };
}

const codesOf = (preview: { rows: { row: number; problems: { field: string; code: string }[] }[] }) =>
  Object.fromEntries(preview.rows.filter((r) => r.problems.length).map((r) => [r.row, r.problems.map((p) => `${p.field}:${p.code}`)]));

// ── Candidates ─────────────────────────────────────────────────────────────────────────────────

describe("a candidate import", () => {
  it("previews a good file clean (writing only the preview) and commits every row, with IMPORTED events and an audit entry", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const upload = await candidateFile([
      person({ fullName: "Nguyễn Văn An", nationalId: 38201001234, phone: 912345678 }),
      person({ fullName: "Trần Thị Bình", sex: "Nữ", unitCode: "B2", stage: "Học lớp nhận thức", stageSince: "02/03/2024", youthUnionMember: "x" }),
      person({
        fullName: "Lê Văn Cường",
        unitCode: "B3",
        stage: "PROBATION",
        stageSince: new Date(Date.UTC(2024, 5, 1)),
        birthDate: new Date(Date.UTC(1995, 0, 20)),
      }),
    ]);
    const preview = await previewCandidateImport({ actor: staff, file: upload });
    expect(preview.summary).toMatchObject({ total: 3, valid: 3, invalid: 0, problems: {} });
    expect(preview.rows.map((r) => [r.row, r.label, r.problems])).toEqual([
      [2, "Nguyễn Văn An", []],
      [3, "Trần Thị Bình", []],
      [4, "Lê Văn Cường", []],
    ]);
    expect(await counts()).toMatchObject({ candidates: 0, events: 0, imports: 1, audits: 1 });
    expect(await prisma.auditEvent.findFirst()).toMatchObject({
      kind: "IMPORT",
      action: "PREVIEWED",
      entityId: preview.importId,
      unitId: tree.G1.id,
      actorId: staff.userId,
    });
    expect(await prisma.import.findUniqueOrThrow({ where: { id: preview.importId } })).toMatchObject({
      status: "PREVIEWED",
      kind: "CANDIDATES",
      unitId: tree.G1.id,
      fileName: "danh-sach.xlsx",
    });

    const result = await commitImport({ actor: staff, input: { importId: preview.importId } });
    expect(result).toEqual({ importId: preview.importId, kind: "CANDIDATES", status: "COMMITTED", created: 3 });
    const people = await prisma.candidate.findMany({ orderBy: { fullName: "asc" } });
    expect(people.map((p) => [p.fullName, p.unitId, p.stage, p.stageSince.toISOString().slice(0, 10)])).toEqual([
      ["Lê Văn Cường", tree.B3.id, "PROBATION", "2024-06-01"],
      ["Nguyễn Văn An", tree.B1.id, "SOURCE", todayVn()],
      ["Trần Thị Bình", tree.B2.id, "TRAINING", "2024-03-02"],
    ]);
    const an = people.find((p) => p.fullName === "Nguyễn Văn An")!;
    // The national ID and the phone number lost their leading zero in the spreadsheet: restored.
    expect(an).toMatchObject({
      nationalId: "038201001234",
      phone: "0912345678",
      searchName: foldVi("Nguyễn Văn An"),
      sortKey: viSortKey("Nguyễn Văn An"),
      ethnicity: "Kinh",
    });
    expect(people.find((p) => p.fullName === "Trần Thị Bình")).toMatchObject({ sex: "FEMALE", youthUnionMember: true, ruleSetCode: "QD24-2021" });
    expect(
      people
        .find((p) => p.fullName === "Lê Văn Cường")!
        .birthDate.toISOString()
        .slice(0, 10),
    ).toBe("1995-01-20");
    const events = await prisma.candidateEvent.findMany({ orderBy: { id: "asc" } });
    expect(events).toHaveLength(3);
    for (const e of events)
      expect(e).toMatchObject({ kind: "IMPORTED", actorId: staff.userId, changes: expect.objectContaining({ importId: preview.importId }) });
    expect(events.map((e) => e.toStage).sort()).toEqual(["PROBATION", "SOURCE", "TRAINING"]);
    const commitAudit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "COMMITTED" } });
    expect(commitAudit).toMatchObject({ kind: "IMPORT", entityId: preview.importId, unitId: tree.G1.id, actorId: staff.userId });
    expect(await prisma.import.findUniqueOrThrow({ where: { id: preview.importId } })).toMatchObject({ status: "COMMITTED", committedAt: expect.any(Date) });
    // The roll-up the dashboards read follows (trigger on insert).
    expect(await prisma.unitStageCount.findFirst({ where: { unitId: tree.B3.id, stage: "PROBATION" } })).toMatchObject({ count: 1 });
  });

  it("a file with one bad row previews that row's problems and cannot be committed: nothing is written", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const upload = await candidateFile([person(), person({ fullName: "", birthDate: "31/02/2001", sex: "Khác", nationalId: "12345" }), person()]);
    const preview = await previewCandidateImport({ actor: secretary, file: upload });
    expect(preview.summary).toMatchObject({ total: 3, valid: 2, invalid: 1 });
    expect(codesOf(preview)).toEqual({ 3: ["fullName:REQUIRED", "sex:INVALID_OPTION", "birthDate:INVALID_DATE", "nationalId:NATIONAL_ID_FORMAT"] });
    const before = await counts();
    const refused = await expectAppError(commitImport({ actor: secretary, input: { importId: preview.importId } }));
    expect(refused).toMatchObject({ status: 422, code: "VALIDATION_FAILED", messageKey: "IMPORT_HAS_ERRORS" });
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ candidates: 0, events: 0 });
    expect((await prisma.import.findUniqueOrThrow({ where: { id: preview.importId } })).status).toBe("PREVIEWED");
  });

  it("reports a national ID repeated in the file and one already on record (EXISTS), never touching the existing candidate", async () => {
    const existing = await insertCandidate(tree.B4.id, "Phạm Thị Có Sẵn", { nationalId: "038201099999" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const upload = await candidateFile([
      person({ nationalId: "038201055555" }),
      person({ nationalId: "038201099999", fullName: "Người Ghi Đè" }),
      person({ nationalId: "038201055555" }),
      person({ nationalId: null }),
      person({ nationalId: null }),
    ]);
    const preview = await previewCandidateImport({ actor: staff, file: upload });
    expect(codesOf(preview)).toEqual({ 3: ["nationalId:EXISTS"], 4: ["nationalId:DUPLICATE_IN_FILE"] });
    expect(preview.rows.find((r) => r.row === 4)!.problems[0]!.message).toBe("imports.problem.DUPLICATE_IN_FILE|row=2");
    expect((await expectAppError(commitImport({ actor: staff, input: { importId: preview.importId } }))).status).toBe(422);
    expect(await prisma.candidate.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(existing);
    expect(await prisma.candidate.count()).toBe(1);
  });

  it("reports unknown unit codes, units outside the scope, units that are not branches, and stages the dates do not support", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const upload = await candidateFile([
      person({ unitCode: "NOPE" }),
      person({ unitCode: "B4" }),
      person({ unitCode: "P1" }),
      person({ stage: "Cảm tình Đảng" }),
      person({ stage: "TRAINING", stageSince: "31/12/2099" }),
      person({ stage: "SOURCE", stageSince: "01/01/2010", birthDate: "01/01/2000" }),
      person({ stage: "OFFICIAL", stageSince: "01/06/2017", birthDate: "01/01/2000" }),
      person({ stage: "Đưa ra khỏi danh sách", stageSince: "01/01/2024" }),
    ]);
    const preview = await previewCandidateImport({ actor: staff, file: upload });
    expect(codesOf(preview)).toEqual({
      2: ["unitCode:UNKNOWN_UNIT"],
      3: ["unitCode:UNIT_OUT_OF_SCOPE"],
      4: ["unitCode:UNIT_NOT_BRANCH"],
      5: ["stageSince:STAGE_DATE_REQUIRED"],
      6: ["stageSince:STAGE_DATE_IN_FUTURE"],
      7: ["stageSince:STAGE_DATE_BEFORE_AGE_16"],
      8: ["stageSince:STAGE_DATE_BEFORE_AGE_18"],
      9: ["stage:STAGE_NOT_IMPORTABLE"],
    });
    // A grassroots branch has no committee review; a superior without a test council, no awareness test.
    const admin = await actorFor("ADMIN", tree.SUP.id);
    const other = await previewCandidateImport({
      actor: admin,
      file: await candidateFile([
        person({ unitCode: "G3", stage: "COMMITTEE_REVIEW", stageSince: "01/01/2025" }),
        person({ stage: "AWARENESS_TEST", stageSince: "01/01/2025" }),
      ]),
    });
    expect(codesOf(other)).toEqual({ 2: ["stage:STAGE_NOT_ON_PATH"], 3: ["stage:STAGE_NOT_ON_PATH"] });
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { runsAwarenessTest: true } });
    const withCouncil = await previewCandidateImport({
      actor: admin,
      file: await candidateFile([person({ stage: "AWARENESS_TEST", stageSince: "01/01/2025" })]),
    });
    expect(withCouncil.summary.invalid).toBe(0);
  });

  it("refuses a commit after a national ID appeared meanwhile, or a branch changed (409), writing nothing", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const first = await previewCandidateImport({
      actor: staff,
      file: await candidateFile([person({ nationalId: "038201077777" }), person({ nationalId: "038201088888" })]),
    });
    expect(first.summary.invalid).toBe(0);
    await insertCandidate(tree.B4.id, "Người Đến Trước", { nationalId: "038201088888" });
    const before = await counts();
    const stale = await expectAppError(commitImport({ actor: staff, input: { importId: first.importId } }));
    expect(stale).toMatchObject({ status: 409, code: "CONFLICT", messageKey: "IMPORT_STALE" });
    expect(stale.details).toEqual([{ path: "rows.3.nationalId", code: "EXISTS", message: "imports.problem.EXISTS_NATIONAL_ID" }]);
    expect(await counts()).toEqual(before);
    expect((await prisma.import.findUniqueOrThrow({ where: { id: first.importId } })).status).toBe("PREVIEWED");

    const second = await previewCandidateImport({ actor: staff, file: await candidateFile([person({ unitCode: "B2" })]) });
    await prisma.unit.update({ where: { id: tree.B2.id }, data: { name: "Chi bộ đổi tên", version: { increment: 1 } } });
    const changed = await expectAppError(commitImport({ actor: staff, input: { importId: second.importId } }));
    expect(changed).toMatchObject({ status: 409, messageKey: "IMPORT_STALE" });
    expect(changed.details.map((d) => d.code)).toEqual(["UNIT_CHANGED"]);
    expect(await prisma.candidate.count()).toBe(before.candidates);
  });

  it("a national ID written by someone else between the commit's check and its insert (a race lost) is the same 409, nothing written", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const preview = await previewCandidateImport({ actor: staff, file: await candidateFile([person({ nationalId: "038201066666" }), person()]) });
    await insertCandidate(tree.B4.id, "Người Nhanh Tay", { nationalId: "038201066666" });
    // The check sees nothing (it ran just before the other insert): the unique index decides.
    const check = vi.spyOn(importsDb, "takenNationalIds").mockResolvedValue(new Set());
    try {
      const before = await counts();
      const lost = await expectAppError(commitImport({ actor: staff, input: { importId: preview.importId } }));
      expect(lost).toMatchObject({ status: 409, messageKey: "IMPORT_STALE", details: [{ path: "rows", code: "EXISTS", message: "imports.problem.RACE" }] });
      expect(await counts()).toEqual(before);
      expect((await prisma.import.findUniqueOrThrow({ where: { id: preview.importId } })).status).toBe("PREVIEWED");
    } finally {
      check.mockRestore();
    }
  });

  it("commits once: a second commit is 409, and of two at once exactly one writes", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const one = await previewCandidateImport({ actor: staff, file: await candidateFile([person(), person()]) });
    await commitImport({ actor: staff, input: { importId: one.importId } });
    const again = await expectAppError(commitImport({ actor: staff, input: { importId: one.importId } }));
    expect(again).toMatchObject({ status: 409, messageKey: "IMPORT_ALREADY_COMMITTED" });
    expect(await prisma.candidate.count()).toBe(2);

    const two = await previewCandidateImport({ actor: staff, file: await candidateFile([person(), person(), person()]) });
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => commitImport({ actor: staff, input: { importId: two.importId } })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === "rejected")) expect((o as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await prisma.candidate.count()).toBe(5);
    expect(await prisma.candidateEvent.count()).toBe(5);
  });

  it("another user's import is not found (404), in the same unit or another scope; a viewer may not import at all", async () => {
    const owner = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const preview = await previewCandidateImport({ actor: owner, file: await candidateFile([person()]) });
    for (const other of [
      await actorFor("GRASSROOTS_STAFF", tree.G1.id),
      await actorFor("GRASSROOTS_STAFF", tree.G2.id),
      await actorFor("ADMIN", tree.SUP.id),
    ]) {
      expect(await expectAppError(commitImport({ actor: other, input: { importId: preview.importId } }))).toMatchObject({ status: 404 });
    }
    expect(await expectAppError(commitImport({ actor: owner, input: { importId: "not-a-uuid" } }))).toMatchObject({ status: 404 });
    const viewer = await actorFor("VIEWER", tree.B1.id);
    expect(await expectAppError(previewCandidateImport({ actor: viewer, file: await candidateFile([person()]) }))).toMatchObject({ status: 403 });
    expect(await expectAppError(candidateTemplate({ actor: viewer }))).toMatchObject({ status: 403 });
    expect(await prisma.candidate.count()).toBe(0);
  });
});

describe("bad files", () => {
  const refusedWith = async (bytes: Uint8Array, key: string) => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const before = await counts();
    const error = await expectAppError(previewCandidateImport({ actor: staff, file: file(bytes) }));
    expect(error).toMatchObject({ status: 422, code: "VALIDATION_FAILED", messageKey: key });
    expect(await counts()).toEqual(before);
    return error;
  };

  it("refuses what is no spreadsheet: a renamed text file, a picture, an old .xls, a zip of something else (422, nothing written)", async () => {
    await refusedWith(new TextEncoder().encode("Họ và tên,Giới tính\nNguyễn Văn An,Nam\n"), "IMPORT_NOT_SPREADSHEET");
    await refusedWith(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(40).fill(0)]),
      "IMPORT_NOT_SPREADSHEET",
    );
    await refusedWith(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]), "IMPORT_OLD_EXCEL");
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("readme.txt", "not a workbook");
    await refusedWith(new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })), "IMPORT_NOT_SPREADSHEET");
    // A truncated workbook.
    const good = await workbook([HEADER, person()]);
    await refusedWith(good.slice(0, Math.floor(good.length / 2)), "IMPORT_NOT_SPREADSHEET");
  });

  it("refuses a workbook that would inflate past the caps, or a part that inflates past what the zip declares (a zip bomb's trick), before any library reads it", async () => {
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await workbook([HEADER, person()]));
    zip.file("xl/media/padding.bin", new Uint8Array(80 * 1024 * 1024));
    const big = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(big.length).toBeLessThan(1024 * 1024);
    await refusedWith(big, "IMPORT_TOO_BIG_INFLATED");

    // A part whose directory entry says 100 bytes but whose data inflates to 1 MB: cut off at the declared size.
    const liar = await JSZip.loadAsync(await workbook([HEADER, person()]));
    liar.file("xl/media/liar.bin", new Uint8Array(1024 * 1024));
    const bytes = Buffer.from(await liar.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const name = Buffer.from("xl/media/liar.bin");
    let patched = 0;
    for (let i = 0; i < bytes.length - 46; i++) {
      if (bytes.readUInt32LE(i) !== 0x02014b50) continue;
      const nameLength = bytes.readUInt16LE(i + 28);
      if (bytes.subarray(i + 46, i + 46 + nameLength).equals(name)) {
        bytes.writeUInt32LE(100, i + 24);
        patched++;
      }
    }
    expect(patched).toBe(1);
    await refusedWith(new Uint8Array(bytes), "IMPORT_TOO_BIG_INFLATED");
  });

  it("refuses missing or renamed columns (422) naming each of them", async () => {
    const header = HEADER.map((h) => (h.startsWith("Ngày sinh") ? "Sinh nhật" : h)).filter((h) => h !== "Nhóm nghề nghiệp");
    const error = await refusedWith(await workbook([header, ["Nguyễn Văn An"]]), "IMPORT_COLUMNS");
    expect(error.details.map((d) => [d.code, d.message])).toEqual([
      ["MISSING_COLUMN", "imports.problem.MISSING_COLUMN|column=Ng%C3%A0y%20sinh%20(dd%2Fmm%2Fyyyy)"],
      ["MISSING_COLUMN", "imports.problem.MISSING_COLUMN|column=Nh%C3%B3m%20ngh%E1%BB%81%20nghi%E1%BB%87p"],
      ["UNKNOWN_COLUMN", "imports.problem.UNKNOWN_COLUMN|column=Sinh%20nh%E1%BA%ADt"],
    ]);
    // A renamed optional column is refused too: its data would otherwise be dropped without a word.
    await refusedWith(await workbook([[...HEADER.filter((h) => h !== "Ghi chú"), "Ghi chú riêng"], person()]), "IMPORT_COLUMNS");
    await refusedWith(await workbook([HEADER]), "IMPORT_EMPTY");
  });

  it("keeps formulas as their text (never evaluated, the cached result ignored) and HTML as plain text", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const tricky = () =>
      person({
        note: { formula: "1+1", result: 2 },
        occupation: { formula: 'HYPERLINK("http://evil.example","bấm")', result: "bấm" },
        residence: "<img src=x onerror=alert(1)>",
        hometown: "<script>alert('x')</script>",
      });
    const preview = await previewCandidateImport({
      actor: staff,
      file: await candidateFile([tricky(), person({ fullName: { formula: '"Nguyễn "&"Văn A"', result: "Nguyễn Văn A" } })]),
    });
    // The name's formula is its text, which the name rule refuses: the cached "Nguyễn Văn A" is not used.
    expect(codesOf(preview)).toEqual({ 3: ["fullName:NAME_FORMAT"] });
    const clean = await previewCandidateImport({ actor: staff, file: await candidateFile([tricky()]) });
    await commitImport({ actor: staff, input: { importId: clean.importId } });
    expect(await prisma.candidate.findFirstOrThrow()).toMatchObject({
      note: "=1+1",
      occupation: '=HYPERLINK("http://evil.example","bấm")',
      residence: "<img src=x onerror=alert(1)>",
      hometown: "<script>alert('x')</script>",
    });
  });

  it("reads rows only as wide as the header: a stray cell at column 16,000 is no column, and costs nothing", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Quần chúng");
    ws.addRow(HEADER);
    for (let i = 0; i < 200; i++) ws.addRow(person({ nationalId: null }));
    ws.getCell(2, 16_000).value = "lạc chỗ";
    const preview = await previewCandidateImport({ actor: staff, file: file(new Uint8Array(await book.xlsx.writeBuffer())) });
    expect(preview.summary).toMatchObject({ total: 200, valid: 200 });
  });

  it("refuses 10,001 data rows (422) and writes nothing; 10,000 is the limit", { timeout: 60_000 }, async () => {
    const rows = Array.from({ length: 10_001 }, () => person({ nationalId: null }));
    const error = await refusedWith(await workbook([HEADER, ...rows]), "IMPORT_TOO_MANY_ROWS");
    expect(error.details[0]).toMatchObject({ path: "file", code: "TOO_MANY_ROWS" });
    expect((error as unknown as { params: Record<string, number> }).params).toEqual({ count: 10_001, max: 10_000 });
    // Blank rows in between are no data rows.
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const limit = await previewCandidateImport({
      actor: staff,
      file: file(await workbook([HEADER, ...rows.slice(1, 5_001), [], [null, " "], ...rows.slice(5_001)])),
    });
    expect(limit.summary).toMatchObject({ total: 10_000, valid: 10_000 });
  });

  it("counts a sheet's rows on its XML before parsing it: a 50,000-row sheet is refused without being read", async () => {
    const { countValueRows } = await import("@/lib/services/imports/xlsx-guard");
    expect(
      countValueRows(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" ht="20"/><row r="3"><c r="A3" s="1"/></row><row r="4"><c r="A4"><f>1+1</f></c></row></sheetData>',
      ),
    ).toBe(2);
    expect(countValueRows('<x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData>')).toBe(1);
    // A sheet written row by row as text, 50,000 rows: refused on the count, in well under the time exceljs would take to read it.
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await workbook([HEADER, person()]));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const many = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>Người ${i}</t></is></c></row>`).join("");
    zip.file("xl/worksheets/sheet1.xml", sheetXml.replace("</sheetData>", `${many}</sheetData>`));
    const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...args: unknown[]) => Promise<unknown> };
    const load = vi.spyOn(xlsx, "load");
    try {
      const error = await refusedWith(new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })), "IMPORT_TOO_MANY_ROWS");
      expect((error as unknown as { params: Record<string, number> }).params.count).toBe(50_001);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  });
});

// ── The routes ─────────────────────────────────────────────────────────────────────────────────

describe("the /api/v1/imports routes", () => {
  const HOST = "localhost:3000";
  const post = async (path: "candidates" | "units", init: { body?: BodyInit; headers?: Record<string, string>; duplex?: "half" } = {}) => {
    const { POST } = path === "candidates" ? await import("@/app/api/v1/imports/candidates/route") : await import("@/app/api/v1/imports/units/route");
    const req = new NextRequest(`http://${HOST}/api/v1/imports/${path}`, {
      method: "POST",
      headers: { host: HOST, "accept-language": "en", ...init.headers },
      body: init.body,
      duplex: init.duplex,
    } as never);
    return (POST as (r: NextRequest, c: unknown) => Promise<Response>)(req, { params: Promise.resolve({}) });
  };
  const form = async (rows: Row[]) => {
    const data = new FormData();
    data.set("file", new File([(await workbook([HEADER, ...rows])) as Uint8Array<ArrayBuffer>], "danh sách/../tệp.xlsx"));
    return data;
  };

  it("previews a multipart upload: { importId, rows: [{ row, ok, errors: [{ column, code, message }] }], summary }, messages in the reader's language", async () => {
    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const res = await post("candidates", { body: await form([person(), person({ unitCode: "B4", birthDate: "2001-13-01" })]) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      importId: expect.any(String),
      kind: "CANDIDATES",
      fileName: "tệp.xlsx",
      status: "PREVIEWED",
      summary: { total: 2, valid: 1, invalid: 1 },
    });
    expect(body.rows).toEqual([
      { row: 2, ok: true, errors: [] },
      {
        row: 3,
        ok: false,
        errors: [
          { column: "Ngày sinh (dd/mm/yyyy)", field: "birthDate", code: "INVALID_DATE", message: expect.stringMatching(/date/i) },
          { column: "Mã chi bộ", field: "unitCode", code: "UNIT_OUT_OF_SCOPE", message: "The unit “B4” is outside your units." },
        ],
      },
    ]);
    const commit = (await import("@/app/api/v1/imports/[importId]/commit/route")).POST;
    const call = (id: string) =>
      commit(new NextRequest(`http://${HOST}/api/v1/imports/${id}/commit`, { method: "POST", headers: { host: HOST } }), {
        params: Promise.resolve({ importId: id }),
      });
    const refused = await call(body.importId);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.code).toBe("VALIDATION_FAILED");
    expect((await call("00000000-0000-4000-8000-000000000000")).status).toBe(404);

    const clean = await (await post("candidates", { body: await form([person()]) })).json();
    const written = await call(clean.importId);
    expect(written.status).toBe(200);
    expect(await written.json()).toEqual({ importId: clean.importId, kind: "CANDIDATES", status: "COMMITTED", created: 1 });
    expect((await call(clean.importId)).status).toBe(409);
  });

  it("checks the permission before reading the body (403), refuses a JSON body (415), a malformed one (400), no file (422), without a session 401", async () => {
    expect((await post("candidates", { body: await form([person()]) })).status).toBe(401);
    session.actor = await actorFor("VIEWER", tree.B1.id);
    expect((await post("candidates", { body: "{}", headers: { "content-type": "application/json" } })).status).toBe(403);
    session.actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    expect((await post("units", { body: await form([person()]) })).status).toBe(403);
    const json = await post("candidates", { body: "{}", headers: { "content-type": "application/json" } });
    expect(json.status).toBe(415);
    expect((await json.json()).error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: expect.stringContaining("multipart/form-data") });
    expect((await post("candidates", { body: "--x\r\nnonsense", headers: { "content-type": "multipart/form-data; boundary=zzz" } })).status).toBe(400);
    const empty = new FormData();
    empty.set("other", "x");
    const noFile = await post("candidates", { body: empty });
    expect(noFile.status).toBe(422);
    expect((await noFile.json()).error.details).toEqual([{ path: "file", message: expect.any(String) }]);
    expect(await prisma.import.count()).toBe(0);
  });

  it("refuses an upload over 30 MB with 413, declared or streamed, writing nothing", async () => {
    session.actor = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const declared = await post("candidates", {
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=zzz", "content-length": String(MAX_UPLOAD_BYTES + 1) },
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "The file is too large (at most 30 MB). Nothing was written." });
    // Without a Content-Length (chunked): counted while reading, cut off at the cap.
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_UPLOAD_BYTES + 2 * chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post("candidates", { body: stream, headers: { "content-type": "multipart/form-data; boundary=zzz" }, duplex: "half" });
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 3 * chunk.length);
    expect(await counts()).toMatchObject({ imports: 0, candidates: 0, audits: 0 });
  });

  it("serves the templates: Vietnamese headers, an example row, the codes of the caller's scope; the template as downloaded previews clean", async () => {
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    session.actor = staff;
    const { GET } = await import("@/app/api/v1/imports/candidates/template/route");
    const res = await GET(new NextRequest(`http://${HOST}/api/v1/imports/candidates/template`, { headers: { host: HOST } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("mau-nhap-quan-chung.xlsx");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const [data, guide] = book.worksheets;
    expect(data!.name).toBe("Quần chúng");
    expect((data!.getRow(1).values as unknown[]).slice(1)).toEqual(CANDIDATE_COLUMNS.map((c) => (c.required ? `${c.header} *` : c.header)));
    const guideText = JSON.stringify(guide!.getSheetValues());
    for (const code of ["B1", "B2", "B3", "Đảng viên dự bị", "Trung học phổ thông", "Công nhân"]) expect(guideText).toContain(code);
    expect(guideText).not.toContain('"B4"');
    // Uploaded as it is, the example row is a valid row.
    const preview = await previewCandidateImport({ actor: staff, file: file(bytes) });
    expect(preview.summary).toMatchObject({ total: 1, valid: 1 });

    const superior = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const units = await unitTemplate({ actor: superior });
    const unitBook = new ExcelJS.Workbook();
    await unitBook.xlsx.load(units.body as unknown as ArrayBuffer);
    expect((unitBook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(UNIT_COLUMNS.map((c) => (c.required ? `${c.header} *` : c.header)));
    const unitPreview = await previewUnitImport({ actor: superior, file: file(new Uint8Array(units.body)) });
    expect(unitPreview.summary).toMatchObject({ total: 2, valid: 2 });
    expect(await expectAppError(unitTemplate({ actor: staff }))).toMatchObject({ status: 403 });
  });
});

describe("hostile uploads", () => {
  it("never answer 5xx: any bytes, corrupt workbooks, hostile cells and headers; a refusal writes nothing", { timeout: 180_000 }, async () => {
    const { default: fc } = await import("fast-check");
    const HOST = "localhost:3000";
    const routes = { candidates: (await import("@/app/api/v1/imports/candidates/route")).POST, units: (await import("@/app/api/v1/imports/units/route")).POST };
    session.actor = await actorFor("ADMIN", tree.SUP.id);
    const base = await workbook([HEADER, person(), person({ unitCode: "G3" })]);
    const hostile = fc.oneof(
      fc.constantFrom<ExcelJS.CellValue>(
        "\u0000",
        "a\u0000b",
        "\ud800",
        "_x0000_",
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
        "%FF",
        "__proto__",
        "x".repeat(5000),
        "31/02/2001",
        "9999-99-99",
        "B1",
        "G1",
        "SUP",
        "Nam",
        "BRANCH",
        "Chi bộ",
        "",
        new Date(Date.UTC(9999, 0, 1)),
        { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue,
        { richText: [{ text: "Nguyễn " }, { text: "Văn An" }] },
      ),
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const cases = fc.oneof(
      fc.record({
        kind: fc.constant("bytes" as const),
        bytes: fc.uint8Array({ maxLength: 3000 }),
        path: fc.constantFrom("candidates" as const, "units" as const),
      }),
      fc.record({
        kind: fc.constant("corrupt" as const),
        at: fc.nat(base.length - 1),
        value: fc.integer({ min: 0, max: 255 }),
        cut: fc.integer({ min: 30, max: base.length }),
        path: fc.constantFrom("candidates" as const, "units" as const),
      }),
      fc.record({
        kind: fc.constant("cells" as const),
        header: fc.oneof(
          fc.constant<ExcelJS.CellValue[]>(HEADER),
          fc.constant<ExcelJS.CellValue[]>(UNIT_COLUMNS.map((c) => c.header)),
          fc.array(fc.oneof(fc.constantFrom<ExcelJS.CellValue>(...HEADER, ...UNIT_COLUMNS.map((c) => c.header)), hostile), { maxLength: 25 }),
        ),
        rows: fc.array(fc.array(hostile, { maxLength: 22 }), { maxLength: 6 }),
        path: fc.constantFrom("candidates" as const, "units" as const),
      }),
    );
    const found: string[] = [];
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        let bytes: Uint8Array;
        if (c.kind === "bytes") bytes = c.bytes;
        else if (c.kind === "corrupt") {
          bytes = base.slice(0, c.cut);
          bytes[c.at % bytes.length] = c.value;
        } else {
          try {
            bytes = await workbook([c.header, ...c.rows]);
          } catch {
            return; // exceljs could not write it: nothing to upload
          }
        }
        const data = new FormData();
        data.set("file", new File([bytes as Uint8Array<ArrayBuffer>], "fuzz.xlsx"));
        const before = await counts();
        const res = await routes[c.path](new NextRequest(`http://${HOST}/api/v1/imports/${c.path}`, { method: "POST", headers: { host: HOST }, body: data }), {
          params: Promise.resolve({}),
        } as never);
        const text = await res.text();
        const label = `${c.kind} ${c.path} → ${res.status} ${text.slice(0, 200)}`;
        if (res.status >= 500) found.push(label);
        if (res.status >= 200 && res.status < 300) return;
        const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
        if (typeof body.error?.code !== "string" || typeof body.error.message !== "string" || !Array.isArray(body.error.details)) found.push(`shape: ${label}`);
        const after = await counts();
        if (JSON.stringify(after) !== JSON.stringify(before)) found.push(`wrote on refusal: ${label}`);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40), endOnFailure: true },
    );
    expect(found).toEqual([]);
  });
});

// ── The unit tree ──────────────────────────────────────────────────────────────────────────────

describe("a unit tree import", () => {
  const UNIT_HEADER = UNIT_COLUMNS.map((c) => c.header);
  const unitRow = (code: string, name: string, kind: string, parent: string | null, extra: ExcelJS.CellValue[] = []): Row => [
    code,
    name,
    kind,
    parent,
    ...extra,
  ];
  const unitFile = async (rows: Row[]) => file(await workbook([UNIT_HEADER, ...rows], "Đơn vị"));

  it("loads a bloc's units, parents in the file (in any order) or existing, each with its roll from the import date", async () => {
    const superior = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const upload = await unitFile([
      unitRow("CB-91", "Chi bộ 91", "Chi bộ trực thuộc", "DBBP-9", [null, 11, 12, 3, "Có"]),
      unitRow("DBBP-9", "Đảng bộ bộ phận 9", "Đảng bộ bộ phận", "DBCS-9", [null, 30, null, 5]),
      unitRow("DBCS-9", "Đảng bộ cơ sở 9", "GRASSROOTS_COMMITTEE", "SUP", ["Thanh Hóa", 60, 70, 9, "x"]),
      unitRow("CBCS-9", "Chi bộ cơ sở 9", "Chi bộ cơ sở", "SUP", [null, 8]),
      unitRow("CB-12", "Chi bộ 12", "Chi bộ", "G1"),
    ]);
    const preview = await previewUnitImport({ actor: superior, file: upload });
    expect(codesOf(preview)).toEqual({});
    expect(await prisma.unit.count()).toBe(9);
    const result = await commitImport({ actor: superior, input: { importId: preview.importId } });
    expect(result).toMatchObject({ kind: "UNITS", created: 5 });
    const byCode = async (code: string) => prisma.unit.findUniqueOrThrow({ where: { code }, include: { rolls: true } });
    const g = await byCode("DBCS-9");
    const p = await byCode("DBBP-9");
    const b = await byCode("CB-91");
    expect(g).toMatchObject({
      parentId: tree.SUP.id,
      kind: "GRASSROOTS_COMMITTEE",
      depth: 1,
      path: `${tree.SUP.path}${g.id}/`,
      place: "Thanh Hóa",
      officialMembers: 60,
      totalMembers: 70,
      committeeMembers: 9,
      hasYouthUnion: true,
    });
    expect(p).toMatchObject({ parentId: g.id, depth: 2, path: `${g.path}${p.id}/`, officialMembers: 30, totalMembers: 30 });
    expect(b).toMatchObject({ parentId: p.id, kind: "BRANCH", depth: 3, path: `${p.path}${b.id}/`, hasYouthUnion: true });
    expect(await byCode("CB-12")).toMatchObject({ parentId: tree.G1.id, depth: 2 });
    expect(await byCode("CBCS-9")).toMatchObject({ kind: "GRASSROOTS_BRANCH", officialMembers: 8, totalMembers: 8 });
    for (const unit of [g, p, b]) {
      expect(unit.rolls).toHaveLength(1);
      expect(unit.rolls[0]).toMatchObject({
        officialMembers: unit.officialMembers,
        totalMembers: unit.totalMembers,
        committeeMembers: unit.committeeMembers,
        actorId: superior.userId,
      });
      expect(unit.rolls[0]!.effectiveFrom.toISOString().slice(0, 10)).toBe(todayVn());
    }
    expect(await prisma.auditEvent.count({ where: { kind: "UNIT", action: "CREATED" } })).toBe(5);
    expect(await prisma.auditEvent.count({ where: { kind: "IMPORT", action: "COMMITTED", entityId: preview.importId } })).toBe(1);
    // The new branches are the superior's to fill at once (the scope follows the tree's stamp).
    const again = (await loadActor(superior.userId)) as Actor;
    expect(again.scope.writable.has(b.id)).toBe(true);
    const people = await previewCandidateImport({ actor: again, file: await candidateFile([person({ unitCode: "CB-91" })]) });
    expect(people.summary.invalid).toBe(0);
  });

  it("refuses a cycle, an unknown or foreign parent, a kind that does not fit, a repeated or taken code; nothing is written", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    await prisma.unit.create({
      data: { id: "00000000-0000-4000-8000-0000000000aa", code: "OTHER", name: "Khối khác", kind: "SUPERIOR_COMMITTEE", path: "/x/", depth: 0 },
    });
    const upload = await unitFile([
      unitRow("A", "Đảng ủy A", "SUPERIOR_COMMITTEE", "B"),
      unitRow("B", "Đảng ủy B", "SUPERIOR_COMMITTEE", "A"),
      unitRow("C", "Chi bộ C", "BRANCH", "NOPE"),
      unitRow("D", "Chi bộ D", "BRANCH", "OTHER"),
      unitRow("E", "Chi bộ E", "BRANCH", "SUP"),
      unitRow("B1", "Trùng mã", "BRANCH", "G1"),
      unitRow("F", "Chi bộ F", "BRANCH", "G1"),
      unitRow("F", "Chi bộ F lần hai", "BRANCH", "G1"),
      unitRow("G", "Không loại", "Tổ đảng", "G1"),
    ]);
    const preview = await previewUnitImport({ actor: staff, file: upload });
    expect(codesOf(preview)).toEqual({
      2: ["parentCode:CYCLE"],
      3: ["parentCode:CYCLE"],
      4: ["parentCode:PARENT_UNKNOWN"],
      5: ["parentCode:UNIT_OUT_OF_SCOPE"],
      6: ["kind:KIND_NOT_UNDER_PARENT"],
      7: ["code:EXISTS"],
      9: ["code:DUPLICATE_IN_FILE"],
      10: ["kind:INVALID_OPTION"],
    });
    const before = await counts();
    expect(await expectAppError(commitImport({ actor: staff, input: { importId: preview.importId } }))).toMatchObject({ status: 422 });
    expect(await counts()).toEqual(before);
  });

  it("refuses a commit after a code was taken meanwhile (409), and the import to roles below the superior staff (403)", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const preview = await previewUnitImport({
      actor: staff,
      file: await unitFile([unitRow("NEW-1", "Chi bộ mới", "BRANCH", "G1"), unitRow("NEW-2", "Chi bộ mới 2", "BRANCH", "G1")]),
    });
    await prisma.unit.create({ data: { code: "NEW-2", name: "Người khác tạo", kind: "BRANCH", parentId: tree.G2.id, path: "/x/", depth: 0 } });
    const before = await counts();
    const stale = await expectAppError(commitImport({ actor: staff, input: { importId: preview.importId } }));
    expect(stale).toMatchObject({ status: 409, messageKey: "IMPORT_STALE" });
    expect(stale.details).toEqual([{ path: "rows.3.code", code: "EXISTS", message: "imports.problem.EXISTS_UNIT_CODE|code=NEW-2" }]);
    expect(await counts()).toEqual(before);
    for (const role of ["GRASSROOTS_STAFF", "BRANCH_SECRETARY", "VIEWER"] as const) {
      const actor = await actorFor(role, role === "GRASSROOTS_STAFF" ? tree.G1.id : tree.B1.id);
      expect(await expectAppError(previewUnitImport({ actor, file: await unitFile([unitRow("X", "X", "BRANCH", "G1")]) }))).toMatchObject({ status: 403 });
    }
    // A root is an administrator's to add.
    const rootByStaff = await previewUnitImport({ actor: staff, file: await unitFile([unitRow("ROOT2", "Khối mới", "SUPERIOR_COMMITTEE", null)]) });
    expect(codesOf(rootByStaff)).toEqual({ 2: ["parentCode:PARENT_REQUIRED"] });
    const admin = await actorFor("ADMIN", tree.SUP.id);
    const root = await previewUnitImport({
      actor: admin,
      file: await unitFile([unitRow("ROOT2", "Khối mới", "SUPERIOR_COMMITTEE", null), unitRow("ROOT2-G", "Đảng bộ", "GRASSROOTS_COMMITTEE", "ROOT2")]),
    });
    expect(codesOf(root)).toEqual({});
    await commitImport({ actor: admin, input: { importId: root.importId } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { code: "ROOT2" } })).toMatchObject({ parentId: null, depth: 0 });
  });
});
