import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import type { PrintDocument } from "@/lib/domain/print/document";
import { foldVi, viSortKey } from "@/lib/domain/text";
import { checklistBatch } from "@/lib/services/paperwork/checklists";
import { admittedMembersFile, exportCandidates, listFile } from "@/lib/services/paperwork/files";
import { listData, listDocument } from "@/lib/services/paperwork/lists";
import { actorFor, buildTree, expectAppError, resetDb, type Tree } from "./support/fixtures";

/**
 * The paperwork services against a real database: the dossier checklists a branch prints, the
 * organizers' lists, and the files (candidate export, admitted members). Records are inserted
 * directly, as the pipeline would have left them.
 */
let tree: Tree;
const TODAY = "2026-12-05";

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type CandidateExtra = Omit<Partial<Prisma.CandidateUncheckedCreateInput>, "unitId" | "fullName">;

/** A candidate as the pipeline leaves them: a Kinh woman born 1 May 2000, university-educated civil servant, unless told otherwise. */
async function person(unitId: string, fullName: string, extra: CandidateExtra = {}) {
  return prisma.candidate.create({ data: candidateRow(unitId, fullName, extra) });
}

function candidateRow(unitId: string, fullName: string, extra: CandidateExtra = {}): Prisma.CandidateUncheckedCreateInput {
  return {
    unitId,
    fullName,
    searchName: foldVi(fullName),
    sortKey: viSortKey(fullName),
    sex: "FEMALE",
    birthDate: day("2000-05-01"),
    educationLevel: "UNIVERSITY",
    occupationGroup: "CIVIL_SERVANT",
    stage: "SOURCE",
    stageSince: day("2026-01-05"),
    ...extra,
  };
}

/** A member admitted (decision 9-KNĐ): awaiting the ceremony, or once it is held in probation unless told otherwise. */
async function member(unitId: string, fullName: string, a: { decided: string; number: string; ceremony?: string; extra?: CandidateExtra }) {
  const held = a.ceremony
    ? { stage: "PROBATION" as const, stageSince: day(a.ceremony), ceremonyOn: day(a.ceremony) }
    : { stage: "CEREMONY" as const, stageSince: day(a.decided) };
  const c = await person(unitId, fullName, { ...held, admittedOn: day(a.decided), ...a.extra });
  await prisma.decision.create({ data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: a.number, date: day(a.decided) } });
  if (a.ceremony) await prisma.ceremony.create({ data: { candidateId: c.id, date: day(a.ceremony) } });
  return c;
}

async function branchVote(
  candidateId: string,
  unitId: string,
  v: { number?: string; date: string; votesFor: number; membersOnRoll: number; passed?: boolean },
) {
  return prisma.resolution.create({
    data: {
      candidateId,
      unitId,
      kind: "BRANCH_ADMISSION",
      number: v.number ?? null,
      date: day(v.date),
      membersOnRoll: v.membersOnRoll,
      votesFor: v.votesFor,
      votesAgainst: v.membersOnRoll - v.votesFor,
      passed: v.passed ?? true,
    },
  });
}

async function course(unitId: string, kind: "AWARENESS" | "NEW_MEMBER", name: string) {
  return prisma.course.create({ data: { unitId, kind, name, startDate: day("2026-08-03"), endDate: day("2026-08-07") } });
}

async function enrol(courseId: string, candidateId: string, certificate?: { number: string; date: string }) {
  return prisma.enrolment.create({
    data: {
      courseId,
      candidateId,
      ...(certificate ? { result: "PASSED", certificateNumber: certificate.number, certificateDate: day(certificate.date) } : {}),
    },
  });
}

/** Realistic names for the units the header prints. */
async function nameUnits() {
  const names: [string, string][] = [
    [tree.SUP.id, "Đảng ủy Khối các cơ quan tỉnh"],
    [tree.G1.id, "Đảng bộ Trường Đại học Hồng Đức"],
    [tree.P1.id, "Đảng bộ bộ phận Khoa Tự nhiên"],
    [tree.B1.id, "Chi bộ Khoa Toán"],
    [tree.B3.id, "Chi bộ Phòng Đào tạo"],
    [tree.G2.id, "Đảng bộ Sở Y tế"],
    [tree.B4.id, "Chi bộ Bệnh viện Đa khoa"],
    [tree.G3.id, "Chi bộ Trường THPT Lam Sơn"],
  ];
  for (const [id, name] of names) await prisma.unit.update({ where: { id }, data: { name } });
}

type Failure = Awaited<ReturnType<typeof expectAppError>> & { params: Record<string, unknown> };
const failure = async (p: Promise<unknown>) => (await expectAppError(p)) as Failure;
const notFound = async (p: Promise<unknown>) => {
  const error = await failure(p);
  expect([error.code, error.status]).toEqual(["NOT_FOUND", 404]);
};

const batch = (actor: Actor, input: Record<string, unknown>) => checklistBatch({ actor, input, locale: "vi", today: TODAY });
const names = (docs: PrintDocument[]) => docs.map((d) => d.footerName);
/** The table of a checklist as [paper form, number and date, tick, note]. */
const papers = (doc: PrintDocument) => doc.table.rows.map((r) => [r[2], r[3], r[4], r[5]]);
/** The tick column by paper code (the admission file has 12 papers, the conversion file 8). */
const ticks = (doc: PrintDocument) => {
  const codes = doc.table.rows.length === CODES.CONVERSION.length ? CODES.CONVERSION : CODES.ADMISSION;
  expect(doc.table.rows).toHaveLength(codes.length);
  return Object.fromEntries(doc.table.rows.map((r, i) => [codes[i]!, r[4]]));
};

const CODES = {
  ADMISSION: ["A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6"],
  CONVERSION: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"],
};
const MISSING = "Chưa có";
const ON_RECORD = "Đã ghi nhận trên hệ thống, chưa kiểm tra bản giấy";
const NOT_APPLICABLE = "Không áp dụng";

/** A minimal RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The first worksheet of an xlsx file as plain values, header row first. */
async function readXlsx(body: Buffer): Promise<{ name: string; rows: unknown[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0]!;
  const rows = sheet.getRows(1, sheet.rowCount)!.map((r) => (r.values as unknown[]).slice(1).map((v) => v ?? null));
  return { name: sheet.name, rows };
}

describe("one candidate's admission checklist", () => {
  it("prints the branch's header, the twelve papers in form order with what the file and the records hold, and the name as given", async () => {
    await nameUnits();
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { place: "Thanh Hóa" } });
    const hoa = await person(tree.B1.id, "Nguyễn Thị Hoa", { stage: "COMMITTEE_REVIEW", stageSince: day("2026-10-20") });
    await prisma.dossierItem.create({ data: { candidateId: hoa.id, code: "A2", status: "CHECKED", date: day("2026-06-01") } });
    await prisma.dossierItem.create({ data: { candidateId: hoa.id, code: "A3", status: "RECEIVED", note: "Thiếu chữ ký của người khai" } });
    // The branch's resolution (6-KNĐ) as the vote step recorded it: no dossier item of its own.
    await branchVote(hoa.id, tree.B1.id, { number: "05-NQ/CB", date: "2026-10-20", votesFor: 8, membersOnRoll: 9 });
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);

    const result = await batch(secretary, { candidateId: hoa.id });
    expect(result.kind).toBe("ADMISSION");
    expect(result.source).toEqual({ type: "candidate" });
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc.header).toEqual({
      superior: "ĐẢNG BỘ BỘ PHẬN KHOA TỰ NHIÊN",
      issuer: "CHI BỘ KHOA TOÁN",
      placeDate: "Thanh Hóa, ngày 05 tháng 12 năm 2026",
      signer: { body: "T/M CHI ỦY", title: "BÍ THƯ" },
    });
    expect(doc.title).toBe("DANH MỤC HỒ SƠ ĐỀ NGHỊ KẾT NẠP ĐẢNG");
    expect(doc.subtitle).toBe("của quần chúng Nguyễn Thị Hoa");
    expect(doc.footerName).toBe("Nguyễn Thị Hoa");
    expect(doc.key).toBe(hoa.id);
    expect(doc.particulars).toEqual(
      expect.arrayContaining([
        { label: "Họ và tên", value: "Nguyễn Thị Hoa" },
        { label: "Ngày sinh", value: "01/05/2000" },
        { label: "Chi bộ", value: "Chi bộ Khoa Toán" },
        { label: "Giai đoạn hiện nay", value: "Đảng ủy xét (từ ngày 20/10/2026)" },
      ]),
    );
    expect(doc.table.tickColumn).toBe(4);
    expect(doc.table.header).toEqual(["STT", "Tên giấy tờ", "Mẫu", "Số, ngày", "Kiểm tra", "Ghi chú"]);
    expect(doc.table.rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(doc.table.rows[0]![1]).toBe("Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng");
    expect(doc.table.rows[6]![1]).toBe("Nghị quyết đề nghị kết nạp của chi bộ");
    expect(papers(doc)).toEqual([
      ["GCN", "", "OPEN", MISSING],
      ["1-KNĐ", "01/06/2026", "CHECKED", ""],
      ["2-KNĐ", "", "OPEN", "Đã nộp, chưa kiểm tra. Thiếu chữ ký của người khai"],
      ["3-KNĐ", "", "OPEN", MISSING],
      // No union route: not a Youth Union unit, no union introduction.
      ["4-KNĐ / 4A-KNĐ", "", "NOT_APPLICABLE", NOT_APPLICABLE],
      ["5-KNĐ", "", "OPEN", MISSING],
      ["6-KNĐ", "05-NQ/CB\n20/10/2026", "OPEN", ON_RECORD],
      // B1 sits under P1, a partial committee: its appraisal (7-KNĐ) is part of the file.
      ["7-KNĐ", "", "OPEN", MISSING],
      ["8-KNĐ", "", "OPEN", MISSING],
      ["9-KNĐ", "", "OPEN", MISSING],
      ["LLĐV", "", "OPEN", MISSING],
      ["PĐV", "", "OPEN", MISSING],
    ]);
    expect(doc.closing[0]).toBe("Đã kiểm tra 1/11 giấy tờ cần có.");
    expect(doc.checkerTitle).toBe("NGƯỜI KIỂM TRA");
    expect(doc.sheets.length).toBeGreaterThanOrEqual(1);

    // In English the paper's text is translated; the party header and signer stay Vietnamese.
    const english = (await checklistBatch({ actor: secretary, input: { candidateId: hoa.id }, locale: "en", today: TODAY })).documents[0]!;
    expect(english.title).not.toBe(doc.title);
    expect(english.header).toEqual(doc.header);
    expect(english.table.rows.map((r) => r[4])).toEqual(doc.table.rows.map((r) => r[4]));
  });

  it("leaves out the partial committee's appraisal under a branch with none above it, and returns a hostile name unaltered", async () => {
    await nameUnits();
    const hostile = "<script>alert(1)</script> Nguyễn";
    const c = await person(tree.B3.id, hostile, { stage: "DOSSIER" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const doc = (await batch(staff, { candidateId: c.id })).documents[0]!;
    // B3 hangs directly from G1, a grassroots committee: superior is its party organisation.
    expect(doc.header.superior).toBe("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC HỒNG ĐỨC");
    expect(doc.header.issuer).toBe("CHI BỘ PHÒNG ĐÀO TẠO");
    // No place anywhere up the tree: dots to fill by hand, today's date.
    expect(doc.header.placeDate).toBe("…, ngày 05 tháng 12 năm 2026");
    expect(ticks(doc)).toMatchObject({ A5: "NOT_APPLICABLE", B1: "OPEN", B2: "NOT_APPLICABLE", B3: "OPEN" });
    expect(doc.table.rows[7]![5]).toBe(NOT_APPLICABLE);
    expect(doc.closing[0]).toBe("Đã kiểm tra 0/10 giấy tờ cần có.");
    // React escapes it when rendering; the service hands it over exactly as stored.
    expect(doc.footerName).toBe(hostile);
    expect(doc.subtitle).toBe(`của quần chúng ${hostile}`);
    expect(doc.particulars[0]).toEqual({ label: "Họ và tên", value: hostile });
  });

  it("dates each paper of a batch at the nearest place up its own branch's tree", async () => {
    await prisma.unit.update({ where: { id: tree.SUP.id }, data: { place: "Thanh Hóa" } });
    await prisma.unit.update({ where: { id: tree.G2.id }, data: { place: "Sầm Sơn" } });
    await prisma.unit.update({ where: { id: tree.P1.id }, data: { place: "   " } }); // blank: skipped
    await person(tree.B1.id, "Lê Văn An", { stage: "SYMPATHIZER" });
    await person(tree.B4.id, "Hoàng Thị Bình", { stage: "SYMPATHIZER" });
    await person(tree.SUP.id, "Trịnh Văn Cường", { stage: "SYMPATHIZER" });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    const result = await batch(bloc, { stage: "SYMPATHIZER" });
    expect(result.source).toEqual({ type: "list", unitName: null });
    expect(result.documents.map((d) => [d.footerName, d.header.placeDate, d.header.issuer, d.header.superior])).toEqual([
      ["Lê Văn An", "Thanh Hóa, ngày 05 tháng 12 năm 2026", "ĐƠN VỊ B1", "ĐƠN VỊ P1"],
      ["Hoàng Thị Bình", "Sầm Sơn, ngày 05 tháng 12 năm 2026", "ĐƠN VỊ B4", "ĐƠN VỊ G2"],
      // Held by the bloc committee itself: it issues, nobody above it in the tree.
      ["Trịnh Văn Cường", "Thanh Hóa, ngày 05 tháng 12 năm 2026", "ĐƠN VỊ SUP", null],
    ]);
    expect(result.documents[2]!.header.signer).toEqual({ body: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" });
  });
});

describe("paperwork stays inside the caller's scope", () => {
  async function foreignRecords() {
    const b4 = await person(tree.B4.id, "Đỗ Văn Ngoại", { stage: "COMMITTEE_REVIEW" });
    const g2Class = await course(tree.G2.id, "AWARENESS", "Lớp nhận thức Sở Y tế");
    await enrol(g2Class.id, b4.id);
    return { b4, g2Class };
  }

  it("answers 404 to a branch secretary asking about another organisation's candidate, class or unit", async () => {
    const { b4, g2Class } = await foreignRecords();
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const list = (kind: "roster" | "proposals" | "ceremony" | "conversion-due", input: Record<string, unknown>) =>
      listData({ actor: secretary, kind, input, locale: "vi", today: TODAY });

    await notFound(batch(secretary, { candidateId: b4.id }));
    await notFound(batch(secretary, { candidateId: b4.id, kind: "CONVERSION" }));
    await notFound(batch(secretary, { classId: g2Class.id }));
    await notFound(batch(secretary, { unitId: tree.B4.id }));
    await notFound(batch(secretary, { ceremony: "1", unitId: tree.G2.id }));
    // The units above are readable for headers, but not a unit one may list.
    await notFound(batch(secretary, { unitId: tree.P1.id }));
    await notFound(list("roster", { classId: g2Class.id }));
    // A sibling branch's class is no more visible than another organisation's.
    const b2Class = await course(tree.B2.id, "AWARENESS", "Lớp của chi bộ B2");
    await notFound(list("roster", { classId: b2Class.id }));
    await notFound(batch(secretary, { classId: b2Class.id }));
    await notFound(list("proposals", { unitId: tree.G2.id }));
    await notFound(list("ceremony", { unitId: tree.B4.id }));
    await notFound(list("conversion-due", { unitId: tree.G2.id, month: "2026-12" }));
    await notFound(listFile({ actor: secretary, kind: "roster", input: { classId: g2Class.id }, today: TODAY }));
    await notFound(listFile({ actor: secretary, kind: "proposals", input: { unitId: tree.B4.id }, today: TODAY }));
    await notFound(exportCandidates({ actor: secretary, input: { unitId: tree.B4.id, format: "csv" } }));
    await notFound(admittedMembersFile({ actor: secretary, input: { period: "2026", unitId: tree.G2.id } }));
    // A well-formed id that names nothing at all is the same 404.
    await notFound(batch(secretary, { candidateId: "00000000-0000-4000-8000-000000000000" }));
  });

  it("answers 404 to a grassroots staff member asking about another grassroots organisation", async () => {
    const { b4, g2Class } = await foreignRecords();
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    await notFound(batch(staff, { candidateId: b4.id }));
    await notFound(batch(staff, { classId: g2Class.id }));
    await notFound(batch(staff, { unitId: tree.G2.id, stage: "COMMITTEE_REVIEW" }));
    await notFound(listData({ actor: staff, kind: "roster", input: { classId: g2Class.id }, locale: "vi", today: TODAY }));
    await notFound(listData({ actor: staff, kind: "proposals", input: { unitId: tree.G2.id }, locale: "vi", today: TODAY }));
    await notFound(listFile({ actor: staff, kind: "ceremony", input: { unitId: tree.B4.id }, today: TODAY }));
    await notFound(exportCandidates({ actor: staff, input: { unitId: tree.G2.id } }));
    await notFound(admittedMembersFile({ actor: staff, input: { period: "2026", unitId: tree.B4.id } }));
  });

  it("lets a viewer print within their scope, and a list batch takes only the caller's candidates", async () => {
    await foreignRecords();
    const own = await person(tree.B1.id, "Nguyễn Văn Minh", { stage: "COMMITTEE_REVIEW" });
    const sibling = await person(tree.B3.id, "Nguyễn Thị Lan", { stage: "COMMITTEE_REVIEW" });
    const viewer = await actorFor("VIEWER", tree.G1.id);
    expect((await batch(viewer, { candidateId: own.id })).documents.map((d) => d.key)).toEqual([own.id]);
    expect(names((await batch(viewer, { stage: "COMMITTEE_REVIEW" })).documents)).toEqual(["Nguyễn Thị Lan", "Nguyễn Văn Minh"]);
    expect((await listData({ actor: viewer, kind: "proposals", input: {}, locale: "vi", today: TODAY })).rows.map((r) => r[1])).toEqual([
      "Nguyễn Thị Lan",
      "Nguyễn Văn Minh",
    ]);

    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect(names((await batch(secretary, { stage: "COMMITTEE_REVIEW" })).documents)).toEqual(["Nguyễn Văn Minh"]);
    expect(names((await batch(secretary, { q: "nguyen" })).documents)).toEqual(["Nguyễn Văn Minh"]);
    await notFound(batch(secretary, { candidateId: sibling.id }));

    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    // "Đỗ Văn Ngoại" of B4 matches the stage but lies outside G1.
    expect(names((await batch(staff, { stage: "COMMITTEE_REVIEW" })).documents)).toEqual(["Nguyễn Thị Lan", "Nguyễn Văn Minh"]);
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect(names((await batch(bloc, { stage: "COMMITTEE_REVIEW" })).documents)).toEqual(["Nguyễn Thị Lan", "Nguyễn Văn Minh", "Đỗ Văn Ngoại"]);
  });
});

describe("the conversion checklist", () => {
  it("is refused for a candidate who has no conversion file yet", async () => {
    const sympathizer = await person(tree.B1.id, "Vũ Thị Sớm", { stage: "SYMPATHIZER" });
    const awaiting = await member(tree.B1.id, "Vũ Văn Chờ", { decided: "2026-10-01", number: "1-QĐ" });
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    for (const c of [sympathizer, awaiting]) {
      const error = await failure(batch(secretary, { candidateId: c.id, kind: "CONVERSION" }));
      expect([error.code, error.status, error.messageKey]).toEqual(["VALIDATION_FAILED", 422, "CHECKLIST_NOT_APPLICABLE"]);
    }
    // Their admission file prints.
    expect((await batch(secretary, { candidateId: awaiting.id })).documents).toHaveLength(1);
  });

  it("lists C1–C8 for a probationer, with the appraisals only where the tree has the bodies that make them", async () => {
    await nameUnits();
    const newMembers = await course(tree.SUP.id, "NEW_MEMBER", "Lớp đảng viên mới khóa 1/2026");
    const underPartial = await member(tree.B1.id, "Phan Thị Chuyển", { decided: "2025-11-20", number: "10-QĐ", ceremony: "2025-12-10" });
    await enrol(newMembers.id, underPartial.id, { number: "31/GCN", date: "2026-03-20" });
    await prisma.dossierItem.create({ data: { candidateId: underPartial.id, code: "C2", status: "CHECKED", number: "", date: day("2026-11-30") } });
    await prisma.resolution.create({
      data: {
        candidateId: underPartial.id,
        unitId: tree.B1.id,
        kind: "BRANCH_CONVERSION",
        number: "09-NQ/CB",
        date: day("2026-12-15"),
        membersOnRoll: 9,
        votesFor: 9,
        passed: true,
      },
    });
    const underGrassroots = await member(tree.B3.id, "Lê Văn Bảo", { decided: "2025-11-21", number: "11-QĐ", ceremony: "2025-12-11" });
    const grassrootsBranch = await member(tree.G3.id, "Trần Thị Dung", { decided: "2025-11-22", number: "12-QĐ", ceremony: "2025-12-12" });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    const single = await batch(bloc, { candidateId: underPartial.id, kind: "CONVERSION" });
    expect(single.kind).toBe("CONVERSION");
    const doc = single.documents[0]!;
    expect(doc.title).toBe("DANH MỤC HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN ĐẢNG VIÊN CHÍNH THỨC");
    expect(doc.subtitle).toBe("của đảng viên dự bị Phan Thị Chuyển");
    expect(doc.table.rows.map((r) => r[1])).toEqual([
      "Giấy chứng nhận học lớp bồi dưỡng đảng viên mới",
      "Bản tự kiểm điểm của đảng viên dự bị",
      "Bản nhận xét của đảng viên giúp đỡ",
      "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú",
      "Nghị quyết đề nghị công nhận chính thức của chi bộ",
      "Báo cáo thẩm định của đảng ủy bộ phận",
      "Nghị quyết đề nghị công nhận chính thức của đảng ủy cơ sở",
      "Quyết định công nhận đảng viên chính thức",
    ]);
    expect(papers(doc)).toEqual([
      ["GCN", "31/GCN\n20/03/2026", "OPEN", ON_RECORD],
      ["10-KNĐ", "30/11/2026", "CHECKED", ""],
      ["11-KNĐ", "", "OPEN", MISSING],
      ["12-KNĐ", "", "OPEN", MISSING],
      ["13-KNĐ", "09-NQ/CB\n15/12/2026", "OPEN", ON_RECORD],
      ["14-KNĐ", "", "OPEN", MISSING],
      ["15-KNĐ", "", "OPEN", MISSING],
      ["16-KNĐ", "", "OPEN", MISSING],
    ]);
    expect(doc.closing[0]).toBe("Đã kiểm tra 1/8 giấy tờ cần có.");

    // A PROBATION stage filter defaults to the conversion file; one document each, by given name.
    const all = await batch(bloc, { stage: "PROBATION" });
    expect(all.kind).toBe("CONVERSION");
    expect(all.documents.map((d) => [d.footerName, ticks(d).C6, ticks(d).C7])).toEqual([
      ["Lê Văn Bảo", "NOT_APPLICABLE", "OPEN"], // B3: grassroots committee above, no partial committee
      ["Phan Thị Chuyển", "OPEN", "OPEN"], // B1: under P1 and G1
      ["Trần Thị Dung", "NOT_APPLICABLE", "NOT_APPLICABLE"], // G3: a grassroots branch sends its own resolution up
    ]);
    expect(all.documents.map((d) => d.key)).toEqual([underGrassroots.id, underPartial.id, grassrootsBranch.id]);
    expect(all.documents[2]!.header).toMatchObject({ issuer: "CHI BỘ TRƯỜNG THPT LAM SƠN", superior: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH" });
  });

  it("takes only probationary and official members into a conversion batch, and a new-member class defaults to it", async () => {
    const probationer = await member(tree.B1.id, "Ngô Văn Dự", { decided: "2025-11-20", number: "10-QĐ", ceremony: "2025-12-10" });
    const official = await member(tree.B1.id, "Ngô Thị Chính", {
      decided: "2024-11-20",
      number: "9-QĐ",
      ceremony: "2024-12-10",
      extra: { stage: "OFFICIAL", officialOn: day("2025-12-10") },
    });
    const sympathizer = await person(tree.B1.id, "Ngô Văn Cảm", { stage: "SYMPATHIZER" });
    const newMembers = await course(tree.SUP.id, "NEW_MEMBER", "Lớp đảng viên mới");
    for (const c of [probationer, official, sympathizer]) await enrol(newMembers.id, c.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);

    expect(names((await batch(secretary, { kind: "CONVERSION" })).documents)).toEqual(["Ngô Thị Chính", "Ngô Văn Dự"]);
    const byClass = await batch(secretary, { classId: newMembers.id });
    expect([byClass.kind, byClass.source]).toEqual(["CONVERSION", { type: "class", name: "Lớp đảng viên mới" }]);
    expect(names(byClass.documents)).toEqual(["Ngô Thị Chính", "Ngô Văn Dự"]);
    // Asked for explicitly, the same class's admission files cover everyone enrolled.
    expect(names((await batch(secretary, { classId: newMembers.id, kind: "ADMISSION" })).documents)).toEqual(["Ngô Văn Cảm", "Ngô Thị Chính", "Ngô Văn Dự"]);
  });
});

describe("the size of a print batch", () => {
  it("refuses more than 500 candidates, saying how many and the maximum, and prints 500", async () => {
    const rows = Array.from({ length: 501 }, (_, i) => candidateRow(tree.B2.id, `Quần Chúng Số ${String(i).padStart(3, "0")}`, { stage: "SYMPATHIZER" }));
    await prisma.candidate.createMany({ data: rows });
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    const error = await failure(batch(bloc, { unitId: tree.B2.id }));
    expect([error.code, error.status, error.messageKey]).toEqual(["VALIDATION_FAILED", 422, "BATCH_TOO_LARGE"]);
    expect(error.params).toEqual({ count: 501, max: 500 });
    expect((await failure(batch(bloc, { stage: "SYMPATHIZER" }))).messageKey).toBe("BATCH_TOO_LARGE");
    // The same filter for a secretary of another branch covers none of them.
    expect((await batch(await actorFor("BRANCH_SECRETARY", tree.B1.id), { stage: "SYMPATHIZER" })).documents).toEqual([]);

    const one = await prisma.candidate.findFirstOrThrow({ where: { unitId: tree.B2.id }, orderBy: { sortKey: "desc" } });
    await prisma.candidate.delete({ where: { id: one.id } });
    const started = Date.now();
    const result = await batch(bloc, { unitId: tree.B2.id });
    expect(result.documents).toHaveLength(500);
    expect(new Set(result.documents.map((d) => d.key)).size).toBe(500);
    expect(result.source).toEqual({ type: "list", unitName: "Đơn vị B2" });
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe("class and ceremony batches", () => {
  it("prints one checklist per enrolled candidate in the caller's scope, in order of given name", async () => {
    const awareness = await course(tree.SUP.id, "AWARENESS", "Lớp nhận thức khóa 3/2026");
    const enrolled = [
      await person(tree.B1.id, "Nguyễn Thị Yến", { stage: "TRAINING" }),
      await person(tree.B1.id, "Trần Văn An", { stage: "TRAINING" }),
      await person(tree.B1.id, "Lê Thị Đào", { stage: "TRAINING" }),
      await person(tree.B1.id, "Phạm Văn Dũng", { stage: "TRAINING" }),
      await person(tree.B4.id, "Hà Văn Bắc", { stage: "TRAINING" }),
    ];
    for (const c of enrolled) await enrol(awareness.id, c.id);
    await person(tree.B1.id, "Đinh Văn Khác", { stage: "TRAINING" }); // not enrolled
    const bloc = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);

    const all = await batch(bloc, { classId: awareness.id });
    expect(all.kind).toBe("ADMISSION");
    expect(all.source).toEqual({ type: "class", name: "Lớp nhận thức khóa 3/2026" });
    expect(names(all.documents)).toEqual(["Trần Văn An", "Hà Văn Bắc", "Phạm Văn Dũng", "Lê Thị Đào", "Nguyễn Thị Yến"]);
    // The bloc's class is visible to the branch; only its own candidates are printed.
    expect(names((await batch(secretary, { classId: awareness.id })).documents)).toEqual(["Trần Văn An", "Phạm Văn Dũng", "Lê Thị Đào", "Nguyễn Thị Yến"]);
  });

  it("prints the ceremony's checklists for the candidates awaiting their ceremony only, under the unit asked for", async () => {
    await member(tree.B1.id, "Lý Thị Lễ", { decided: "2026-11-02", number: "20-QĐ" });
    await member(tree.B3.id, "Lý Văn Hội", { decided: "2026-11-03", number: "21-QĐ" });
    await member(tree.B4.id, "Lý Văn Xa", { decided: "2026-11-04", number: "22-QĐ" });
    await member(tree.B1.id, "Lý Thị Bị", { decided: "2025-11-02", number: "19-QĐ", ceremony: "2025-12-02" });
    await person(tree.B1.id, "Lý Văn Chờ", { stage: "SUPERIOR_DECISION" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const all = await batch(staff, { ceremony: "1" });
    expect([all.kind, all.source]).toEqual(["ADMISSION", { type: "ceremony", unitName: null }]);
    expect(names(all.documents)).toEqual(["Lý Văn Hội", "Lý Thị Lễ"]);
    const underP1 = await batch(staff, { ceremony: "1", unitId: tree.P1.id });
    expect(underP1.source).toEqual({ type: "ceremony", unitName: "Đơn vị P1" });
    expect(names(underP1.documents)).toEqual(["Lý Thị Lễ"]);
  });
});

describe("the organizers' lists", () => {
  const list = (actor: Actor, kind: "roster" | "proposals" | "ceremony" | "conversion-due", input: Record<string, unknown>, today = TODAY) =>
    listData({ actor, kind, input, locale: "vi", today });

  it("prints a class roster and refuses one without a class", async () => {
    const awareness = await course(tree.SUP.id, "AWARENESS", "Lớp nhận thức khóa 3/2026");
    for (const [unitId, name] of [
      [tree.B1.id, "Trần Văn Bình"],
      [tree.B3.id, "Nguyễn Thị An"],
    ] as const)
      await enrol(awareness.id, (await person(unitId, name, { stage: "TRAINING" })).id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const missing = await failure(list(staff, "roster", {}));
    expect([missing.code, missing.status]).toEqual(["VALIDATION_FAILED", 422]);
    expect(missing.details).toEqual([{ path: "classId", message: "required" }]);
    const blank = await failure(list(staff, "roster", { classId: "" }));
    expect(blank.details).toEqual([{ path: "classId", message: "required" }]);

    const roster = await list(staff, "roster", { classId: awareness.id });
    expect(roster.title).toBe("DANH SÁCH HỌC VIÊN LỚP BỒI DƯỠNG");
    expect(roster.subtitle).toBe("Lớp nhận thức khóa 3/2026 (từ ngày 03/08/2026 đến ngày 07/08/2026)");
    expect(roster.columns.map((c) => c.label)).toEqual(["STT", "Họ và tên", "Ngày sinh", "Chi bộ", "Điểm danh", "Kết quả", "Ký tên"]);
    expect(roster.columns.reduce((sum, c) => sum + c.widthMm, 0)).toBe(165);
    expect(roster.rows).toEqual([
      ["1", "Nguyễn Thị An", "01/05/2000", "Đơn vị B3", "", "", ""],
      ["2", "Trần Văn Bình", "01/05/2000", "Đơn vị B1", "", "", ""],
    ]);
    // Issued by the class's unit, the bloc committee.
    expect(roster.header).toMatchObject({ issuer: "ĐƠN VỊ SUP", superior: null, signer: { body: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ" } });

    const doc = listDocument(roster, "vi");
    expect(doc.table.rows).toEqual(roster.rows);
    expect(doc.closing).toEqual(["Danh sách có 2 người."]);
    expect([doc.footerName, doc.checkerTitle, doc.title]).toEqual([null, null, roster.title]);
    expect(doc.sheets.length).toBeGreaterThanOrEqual(1);
  });

  it("lists the proposals with the awareness certificate and the branch's vote", async () => {
    await nameUnits();
    const awareness = await course(tree.SUP.id, "AWARENESS", "Lớp nhận thức");
    const hung = await person(tree.B1.id, "Đặng Văn Hùng", { stage: "COMMITTEE_REVIEW" });
    await enrol(awareness.id, hung.id, { number: "12/GCN", date: "2026-05-10" });
    await branchVote(hung.id, tree.B1.id, { date: "2026-09-01", votesFor: 5, membersOnRoll: 10, passed: false });
    await branchVote(hung.id, tree.B1.id, { number: "05-NQ/CB", date: "2026-10-20", votesFor: 8, membersOnRoll: 10 });
    const mai = await person(tree.B3.id, "Đặng Thị Mai", { stage: "SUPERIOR_DECISION" });
    await branchVote(mai.id, tree.B3.id, { date: "2026-10-21", votesFor: 7, membersOnRoll: 9 });
    await person(tree.B1.id, "Đặng Văn Chưa", { stage: "BRANCH_VOTE" });
    await person(tree.B4.id, "Đặng Văn Ngoài", { stage: "COMMITTEE_REVIEW" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const proposals = await list(staff, "proposals", {});
    expect(proposals.title).toBe("DANH SÁCH QUẦN CHÚNG ĐỀ NGHỊ KẾT NẠP ĐẢNG");
    expect(proposals.subtitle).toBe("(Tính đến ngày 05/12/2026)");
    expect(proposals.columns.map((c) => c.label)).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Chi bộ",
      "Giấy chứng nhận (số, ngày)",
      "Chi bộ biểu quyết tán thành",
    ]);
    expect(proposals.rows).toEqual([
      ["1", "Đặng Văn Hùng", "01/05/2000", "Chi bộ Khoa Toán", "12/GCN\n10/05/2026", "8/10 (80%)"],
      ["2", "Đặng Thị Mai", "01/05/2000", "Chi bộ Phòng Đào tạo", "", "7/9 (77%)"],
    ]);
    // Issued by the caller's own unit, a grassroots committee.
    expect(proposals.header).toMatchObject({
      superior: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
      issuer: "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC HỒNG ĐỨC",
      signer: { body: "T/M ĐẢNG ỦY", title: "BÍ THƯ" },
    });
    expect(proposals.scopeLabel).toBe("Đảng bộ Trường Đại học Hồng Đức");
    expect((await list(staff, "proposals", { unitId: tree.B3.id })).rows.map((r) => r[1])).toEqual(["Đặng Thị Mai"]);
  });

  it("lists the ceremonies due, 30 working days from the decision's receipt (or date), holidays skipped", async () => {
    await prisma.holiday.create({ data: { date: day("2026-04-01"), name: "Ngày nghỉ thử" } });
    const received = await member(tree.B1.id, "Cao Thị Nhận", { decided: "2026-02-27", number: "123-QĐ/ĐUK" });
    await prisma.decision.updateMany({ where: { candidateId: received.id }, data: { receivedOn: day("2026-03-02") } });
    await member(tree.B1.id, "Cao Văn Bàn", { decided: "2026-03-09", number: "130-QĐ/ĐUK" });
    await member(tree.B1.id, "Cao Văn Dự", { decided: "2025-03-09", number: "99-QĐ/ĐUK", ceremony: "2025-03-20" }); // in probation
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);

    const ceremony = await list(secretary, "ceremony", {});
    expect(ceremony.title).toBe("DANH SÁCH QUẦN CHÚNG ĐƯỢC KẾT NẠP ĐẢNG CHỜ TỔ CHỨC LỄ KẾT NẠP");
    expect(ceremony.columns.map((c) => c.label).slice(4)).toEqual(["Quyết định kết nạp (số, ngày)", "Hạn tổ chức lễ kết nạp"]);
    expect(ceremony.rows).toEqual([
      // Received Monday 02/03/2026: 30 working days is Monday 13/04/2026, a day later for the holiday.
      ["1", "Cao Văn Bàn", "01/05/2000", "Đơn vị B1", "130-QĐ/ĐUK\n09/03/2026", "21/04/2026"],
      ["2", "Cao Thị Nhận", "01/05/2000", "Đơn vị B1", "123-QĐ/ĐUK\n27/02/2026", "14/04/2026"],
    ]);
    expect(ceremony.header.issuer).toBe("ĐƠN VỊ B1");
  });

  it("lists the probationers whose probation ends in the month, the current one by default", async () => {
    await member(tree.B1.id, "Bùi Thị Tháng", { decided: "2025-11-20", number: "40-QĐ", ceremony: "2025-12-10" });
    await member(tree.B3.id, "Bùi Văn Trước", { decided: "2025-10-20", number: "41-QĐ", ceremony: "2025-11-10" });
    await member(tree.B3.id, "Bùi Thị Cuối", { decided: "2025-12-01", number: "44-QĐ", ceremony: "2025-12-31" }); // ends on the month's last day
    await member(tree.B3.id, "Bùi Văn Sau", { decided: "2025-12-02", number: "45-QĐ", ceremony: "2026-01-01" }); // ends in January
    await member(tree.B1.id, "Bùi Văn Xong", {
      decided: "2025-11-20",
      number: "42-QĐ",
      ceremony: "2025-12-10",
      extra: { stage: "OFFICIAL", officialOn: day("2026-12-10") },
    });
    await member(tree.B4.id, "Bùi Văn Khác", { decided: "2025-11-21", number: "43-QĐ", ceremony: "2025-12-11" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const december = await list(staff, "conversion-due", { month: "2026-12" });
    expect(december.title).toBe("DANH SÁCH ĐẢNG VIÊN DỰ BỊ ĐẾN HẠN XÉT CÔNG NHẬN CHÍNH THỨC");
    expect(december.subtitle).toBe("Tháng 12/2026");
    expect(december.columns.map((c) => c.label).slice(4)).toEqual(["Ngày kết nạp", "Hết thời hạn dự bị"]);
    expect(december.rows).toEqual([
      ["1", "Bùi Thị Cuối", "01/05/2000", "Đơn vị B3", "31/12/2025", "31/12/2026"],
      ["2", "Bùi Thị Tháng", "01/05/2000", "Đơn vị B1", "10/12/2025", "10/12/2026"],
    ]);
    expect(december.scopeLabel).toBe("Đơn vị G1-2026-12");

    const byDefault = await list(staff, "conversion-due", {}, "2026-11-20");
    expect(byDefault.subtitle).toBe("Tháng 11/2026");
    expect(byDefault.rows.map((r) => [r[1], r[5]])).toEqual([["Bùi Văn Trước", "10/11/2026"]]);

    const bad = await failure(list(staff, "conversion-due", { month: "2026-13" }));
    expect([bad.code, bad.status]).toEqual(["VALIDATION_FAILED", 422]);
    expect(bad.details).toEqual([{ path: "month", message: "monthFormat" }]);
  });
});

describe("the files", () => {
  async function population() {
    await nameUnits();
    await person(tree.B1.id, "Nguyễn Văn Đức", { stage: "SYMPATHIZER", nationalId: "038201001234", religion: "Phật giáo", stageSince: day("2026-03-15") });
    await person(tree.B3.id, "Nguyễn Thị Hà", { stage: "SOURCE", birthDate: day("1999-12-31") });
    await person(tree.B1.id, "Trần Thị Lan", { stage: "SYMPATHIZER" });
    await person(tree.B4.id, "Nguyễn Văn Ngoài", { stage: "SYMPATHIZER" });
  }

  it("exports the filtered candidate list as CSV: BOM, Vietnamese headers, dd/mm/yyyy, the caller's rows only", async () => {
    await population();
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const file = await exportCandidates({ actor: staff, input: { format: "csv" } });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toBe("danh-sach-quan-chung.csv");
    const text = file.body.toString("utf8");
    expect(text.startsWith("\uFEFFSTT,Họ và tên,Ngày sinh,")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.slice(0, 3)).toEqual(["STT", "Họ và tên", "Ngày sinh"]);
    expect(header).toHaveLength(18);
    expect(rows.every((r) => r.length === 18)).toBe(true);
    // In roll order (given name first); B4's candidate is outside G1.
    expect(rows.map((r) => r[1])).toEqual(["Nguyễn Văn Đức", "Nguyễn Thị Hà", "Trần Thị Lan"]);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    const duc = rows[0]!;
    expect([col(duc, "STT"), col(duc, "Ngày sinh"), col(duc, "Giới tính"), col(duc, "Tôn giáo"), col(duc, "Số CCCD")]).toEqual([
      "1",
      "01/05/2000",
      "Nữ",
      "Phật giáo",
      "038201001234",
    ]);
    expect([col(duc, "Chi bộ"), col(duc, "Giai đoạn"), col(duc, "Từ ngày"), col(duc, "Ngày kết nạp")]).toEqual([
      "Chi bộ Khoa Toán",
      "Cảm tình Đảng",
      "15/03/2026",
      "",
    ]);
    expect(col(rows[1]!, "Ngày sinh")).toBe("31/12/1999");

    const filtered = async (input: Record<string, unknown>) =>
      parseCsv((await exportCandidates({ actor: staff, input: { ...input, format: "csv" } })).body.toString("utf8").slice(1))
        .slice(1)
        .map((r) => r[1]);
    expect(await filtered({ stage: "SYMPATHIZER" })).toEqual(["Nguyễn Văn Đức", "Trần Thị Lan"]);
    expect(await filtered({ unitId: tree.B3.id })).toEqual(["Nguyễn Thị Hà"]);
    expect(await filtered({ q: "nguyen" })).toEqual(["Nguyễn Văn Đức", "Nguyễn Thị Hà"]);
    expect(await filtered({ q: "NGUYEN van duc" })).toEqual(["Nguyễn Văn Đức"]);
    expect(await filtered({ q: "nguyen", stage: "SYMPATHIZER", unitId: tree.B1.id })).toEqual(["Nguyễn Văn Đức"]);
    // A blank filter from the form's "all" option is no filter.
    expect(await filtered({ unitId: "", stage: "", q: "" })).toHaveLength(3);
    expect((await exportCandidates({ actor: staff, input: { format: "csv", stage: "SYMPATHIZER", unitId: tree.B1.id } })).filename).toBe(
      "danh-sach-quan-chung-cam-tinh-dang-chi-bo-khoa-toan.csv",
    );
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    expect(
      parseCsv((await exportCandidates({ actor: secretary, input: { format: "csv", q: "nguyen" } })).body.toString("utf8").slice(1))
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(["Nguyễn Văn Đức"]);
  });

  it("exports the same list as a workbook that reads back", async () => {
    await population();
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const file = await exportCandidates({ actor: staff, input: { stage: "SYMPATHIZER" } });
    expect(file.filename).toBe("danh-sach-quan-chung-cam-tinh-dang.xlsx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const { name, rows } = await readXlsx(file.body);
    expect(name).toBe("Danh sách quần chúng");
    expect(rows[0]!.slice(0, 3)).toEqual(["STT", "Họ và tên", "Ngày sinh"]);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      [1, "Nguyễn Văn Đức", "01/05/2000"],
      [2, "Trần Thị Lan", "01/05/2000"],
    ]);
  });

  it("hands over the members admitted by a decision dated in the period", async () => {
    await nameUnits();
    await member(tree.B1.id, "Mai Thị Mới", {
      decided: "2026-03-15",
      number: "15-QĐ/ĐUK",
      ceremony: "2026-04-10",
      extra: { nationalId: "038300000001" },
    });
    await member(tree.B3.id, "Mai Văn Cũ", { decided: "2025-12-31", number: "99-QĐ/ĐUK", ceremony: "2026-01-20" });
    await member(tree.B4.id, "Mai Văn Ngoài", { decided: "2026-05-01", number: "16-QĐ/ĐUK", ceremony: "2026-05-20" });
    await member(tree.B1.id, "Mai Văn Cuối", { decided: "2026-12-31", number: "17-QĐ/ĐUK" }); // the period's last day, ceremony still to come
    await member(tree.B1.id, "Mai Văn Sau", { decided: "2027-01-01", number: "18-QĐ/ĐUK" });
    const converted = await member(tree.B3.id, "Mai Thị Sớm", {
      decided: "2026-01-01",
      number: "1-QĐ/ĐUK",
      ceremony: "2026-01-15",
      extra: { stage: "OFFICIAL", officialOn: day("2027-01-15") },
    });
    await prisma.decision.create({
      data: { candidateId: converted.id, kind: "CONVERSION", unitId: tree.SUP.id, number: "77-QĐ/ĐUK", date: day("2027-01-20") },
    });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const file = await admittedMembersFile({ actor: staff, input: { period: "2026" } });
    expect(file.filename).toBe("dang-vien-ket-nap-2026.xlsx");
    const { name, rows } = await readXlsx(file.body);
    expect(name).toBe("Đảng viên mới kết nạp");
    const [header, ...data] = rows as string[][];
    const col = (row: unknown[], label: string) => row[header!.indexOf(label)];
    expect(header!.slice(0, 2)).toEqual(["STT", "Họ và tên"]);
    expect(data.map((r) => r[1])).toEqual(["Mai Văn Cuối", "Mai Thị Mới", "Mai Thị Sớm"]);
    expect(data.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(["Ngày quyết định kết nạp", "Ngày kết nạp"].map((l) => col(data[0]!, l))).toEqual(["31/12/2026", ""]);
    const moi = data[1]!;
    expect(["Số quyết định kết nạp", "Ngày quyết định kết nạp", "Ngày kết nạp", "Ngày sinh", "Số CCCD", "Chi bộ"].map((label) => col(moi, label))).toEqual([
      "15-QĐ/ĐUK",
      "15/03/2026",
      "10/04/2026",
      "01/05/2000",
      "038300000001",
      "Chi bộ Khoa Toán",
    ]);
    const som = data[2]!;
    expect(
      ["Số quyết định kết nạp", "Ngày quyết định kết nạp", "Ngày công nhận chính thức", "Số quyết định công nhận chính thức"].map((l) => col(som, l)),
    ).toEqual(["1-QĐ/ĐUK", "01/01/2026", "15/01/2027", "77-QĐ/ĐUK"]);

    const b1Only = await admittedMembersFile({ actor: staff, input: { period: "2026", unitId: tree.B1.id } });
    expect(b1Only.filename).toBe("dang-vien-ket-nap-2026-chi-bo-khoa-toan.xlsx");
    expect((await readXlsx(b1Only.body)).rows.slice(1).map((r) => r[1])).toEqual(["Mai Văn Cuối", "Mai Thị Mới"]);
    const bad = await failure(admittedMembersFile({ actor: staff, input: { period: "2026-99" } }));
    expect([bad.code, bad.details[0]?.path]).toEqual(["VALIDATION_FAILED", "period"]);
  });

  it("writes a list to a workbook with the same rows as the printed list", async () => {
    const awareness = await course(tree.SUP.id, "AWARENESS", "Lớp nhận thức khóa 3/2026");
    for (const [unitId, name] of [
      [tree.B1.id, "Trần Văn Bình"],
      [tree.B3.id, "Nguyễn Thị An"],
      [tree.B4.id, "Hồ Văn Ngoài"],
    ] as const)
      await enrol(awareness.id, (await person(unitId, name, { stage: "TRAINING" })).id);
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);

    const data = await listData({ actor: staff, kind: "roster", input: { classId: awareness.id }, locale: "vi", today: TODAY });
    const file = await listFile({ actor: staff, kind: "roster", input: { classId: awareness.id }, today: TODAY });
    expect(file.filename).toBe("danh-sach-roster-lop-nhan-thuc-khoa-3-2026.xlsx");
    const { rows } = await readXlsx(file.body);
    expect(rows[0]).toEqual(data.columns.map((c) => c.label));
    // The number column is a number in the workbook; every other cell is the printed list's text.
    expect(rows.slice(1)).toEqual(data.rows.map(([no, ...rest]) => [Number(no), ...rest]));
    expect(data.rows.map((r) => r[1])).toEqual(["Nguyễn Thị An", "Trần Văn Bình"]);
    const missing = await failure(listFile({ actor: staff, kind: "roster", input: {}, today: TODAY }));
    expect(missing.details).toEqual([{ path: "classId", message: "required" }]);
  });
});

describe("hostile and ambiguous requests", () => {
  it("refuses a batch that names two sources at once rather than printing one of them", async () => {
    const own = await person(tree.B1.id, "Lê Văn Một");
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const g2Class = await course(tree.G2.id, "AWARENESS", "Lớp khác");
    for (const input of [
      { candidateId: own.id, unitId: tree.B4.id },
      { candidateId: own.id, classId: g2Class.id },
      { classId: g2Class.id, stage: "SOURCE" },
      { ceremony: "1", q: "le" },
    ]) {
      const error = await expectAppError(batch(secretary, input));
      expect(error.code, JSON.stringify(input)).toBe("VALIDATION_FAILED");
      expect(error.details.map((d) => d.message)).toContain("oneSource");
    }
    // A ceremony under a unit is one source.
    expect((await batch(secretary, { ceremony: "1", unitId: tree.B1.id })).documents).toEqual([]);
  });

  it("writes a cell that a spreadsheet would run as a formula as text in the CSV", async () => {
    await person(tree.B1.id, "Lê Thị Hai", { occupation: '=HYPERLINK("http://x","y")', residence: "@SUM(A1)" });
    const staff = await actorFor("GRASSROOTS_STAFF", tree.G1.id);
    const text = (await exportCandidates({ actor: staff, input: { format: "csv" } })).body.toString("utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).not.toMatch(/,=HYPERLINK/);
  });
});
