import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { exportDashboard } from "@/lib/services/dashboard/export";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

/** An admission decision for a candidate already inserted. */
async function decide(candidateId: string, date: string) {
  await prisma.decision.create({
    data: { candidateId, kind: "ADMISSION", unitId: tree.SUP.id, number: candidateId.slice(0, 8), date: new Date(`${date}T00:00:00Z`) },
  });
}

/** insertCandidate makes a Kinh woman born 1 May 2000, university-educated civil servant. */
async function admit(unitId: string, date: string, n = 1) {
  for (let i = 0; i < n; i++) {
    const c = await insertCandidate(unitId, `Đảng viên ${unitId.slice(0, 4)} ${date} ${i}`, { stage: "OFFICIAL" });
    await decide(c.id, date);
  }
}

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

describe("the periodic report by unit and category", () => {
  it("exports the unit rows, the parent's direct row and the total as CSV with Vietnamese headers", async () => {
    // G3's name holds a comma: the CSV must quote it.
    await prisma.unit.update({ where: { id: tree.G3.id }, data: { name: "Chi bộ Trường THPT số 1, Thanh Hóa" } });
    await admit(tree.B1.id, "2026-02-10", 2); // G1: two women aged 25
    const man = await prisma.candidate.update({
      where: { id: (await insertCandidate(tree.B3.id, "Lò Văn Mạnh", { stage: "OFFICIAL" })).id },
      data: { sex: "MALE", ethnicity: "Tày", birthDate: new Date("1980-01-01T00:00:00Z"), educationLevel: "MASTER" },
    });
    await decide(man.id, "2026-03-01"); // G1: a Tày man aged 46 with a master's degree
    await admit(tree.B4.id, "2026-04-10"); // G2
    await admit(tree.SUP.id, "2026-05-20"); // held by the bloc committee itself
    await admit(tree.B2.id, "2025-12-31"); // the year before: not counted
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);

    const file = await exportDashboard({ actor: staff, input: { period: "2026", format: "csv", report: "categories" } });
    expect(file.filename).toBe("ket-nap-theo-doi-tuong-2026-don-vi-sup.csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const text = file.body.toString("utf8");
    expect(text.startsWith("\uFEFFĐơn vị,Tổng số kết nạp,Nữ,Dân tộc thiểu số,")).toBe(true);
    expect(text).toContain('\r\n"Chi bộ Trường THPT số 1, Thanh Hóa",0,0,');

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(expect.arrayContaining(["Từ 18 đến 30 tuổi", "Từ 41 đến 50 tuổi", "Trên 60 tuổi", "Đại học", "Thạc sĩ", "Cao đẳng trở lên"]));
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const row = (label: string) => {
      const found = rows.find((r) => r[0] === label);
      if (!found) throw new Error(`no row ${label} in ${rows.map((r) => r[0]).join(" | ")}`);
      return (column: string) => Number(found[header!.indexOf(column)]);
    };
    expect(rows.map((r) => r[0])).toEqual(["Đơn vị G1", "Đơn vị G2", "Chi bộ Trường THPT số 1, Thanh Hóa", "Đơn vị SUP (trực thuộc trực tiếp)", "Tổng cộng"]);

    const g1 = row("Đơn vị G1");
    expect(
      [
        "Tổng số kết nạp",
        "Nữ",
        "Dân tộc thiểu số",
        "Từ 18 đến 30 tuổi",
        "Từ 41 đến 50 tuổi",
        "Đại học",
        "Thạc sĩ",
        "Cao đẳng trở lên",
        "Cán bộ, công chức, viên chức",
      ].map(g1),
    ).toEqual([3, 2, 1, 2, 1, 2, 1, 3, 3]);
    const direct = row("Đơn vị SUP (trực thuộc trực tiếp)");
    expect(["Tổng số kết nạp", "Nữ", "Dân tộc thiểu số", "Từ 18 đến 30 tuổi"].map(direct)).toEqual([1, 1, 0, 1]);
    const total = row("Tổng cộng");
    expect(
      ["Tổng số kết nạp", "Nữ", "Dân tộc thiểu số", "Từ 18 đến 30 tuổi", "Từ 41 đến 50 tuổi", "Đại học", "Thạc sĩ", "Cao đẳng trở lên"].map(total),
    ).toEqual([5, 4, 1, 4, 1, 4, 1, 5]);
  });

  it("builds the same report as a workbook, and for a drilled-down unit", async () => {
    await admit(tree.B1.id, "2026-02-10", 2);
    await admit(tree.B3.id, "2026-03-10");
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const file = await exportDashboard({ actor: staff, input: { period: "2026", unitId: tree.G1.id, format: "xlsx", report: "categories" } });
    expect(file.filename).toBe("ket-nap-theo-doi-tuong-2026-don-vi-g1.xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Kết nạp theo đơn vị")!;
    expect(book.worksheets).toHaveLength(1);
    const lines = sheet.getRows(1, sheet.rowCount)!.map((r) => [r.getCell(1).value, r.getCell(2).value]);
    expect(lines).toEqual([
      ["Đơn vị", "Tổng số kết nạp"],
      ["Đơn vị B3", 1],
      ["Đơn vị P1", 2],
      ["Tổng cộng", 3],
    ]);
    expect(sheet.getRow(sheet.rowCount).font?.bold).toBe(true);
  });

  it("refuses a report or format it does not know with 422", async () => {
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    const bad = await expectAppError(exportDashboard({ actor: staff, input: { period: "2026", format: "csv", report: "monthly" } }));
    expect([bad.status, bad.code]).toEqual([422, "VALIDATION_FAILED"]);
    expect(bad.details).toEqual([{ path: "report", message: "invalidOption" }]);
    const badFormat = await expectAppError(exportDashboard({ actor: staff, input: { period: "2026", format: "pdf" } }));
    expect(badFormat.details).toEqual([{ path: "format", message: "invalidOption" }]);
  });
});
