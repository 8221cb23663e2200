import { describe, expect, it } from "vitest";
import { lineHeightMm } from "@/lib/domain/print/sheet-layout";
import { BODY_PT, LABEL_MM, composeSheets, type SheetBlock, type SheetContent } from "@/lib/domain/print/sheets";

const lh = lineHeightMm(13);
const lh14 = lineHeightMm(14);
/** One row of 13 pt type in a table cell: 9.69 mm. */
const ROW = lh + 3.5;
/** The checklist's columns: 165 mm. */
const WIDTHS = [12, 56, 20, 34, 15, 28];
/** "Kiểm tra" takes two lines in its 12 mm column: the head is two lines tall. */
const HEADER = ["TT", "Tên giấy tờ", "Mẫu", "Số, ngày", "Kiểm tra", "Ghi chú"];

/** The superior fits the header's left column (74 mm) on one line, the issuer takes two there (one across the page). */
const INTRO = { superior: "ĐẢNG BỘ TỈNH THANH HÓA", issuer: "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC HỒNG ĐỨC", title: "DANH SÁCH", subtitle: null };
const INTRO_MM = 4 * lh + 8 + lh14 + 4;
const SIGNATURES_MM = 3 * lh + 25 + 8;

const rows = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), "Nguyễn Văn An", "", "", "", ""]);
const content = (more: Partial<SheetContent> = {}): SheetContent => ({
  intro: INTRO,
  particulars: [],
  table: { widthsMm: WIDTHS, header: HEADER, rows: rows(3) },
  closingLines: 1,
  ...more,
});
const shape = (sheets: SheetBlock[][]) => sheets.map((s) => s.map((b) => (b.type === "row" ? b.index : b.type)));
const blockOf = <T extends SheetBlock["type"]>(sheets: SheetBlock[][], type: T) =>
  sheets.flat().find((b) => b.type === type) as Extract<SheetBlock, { type: T }>;
const introHeight = (intro: SheetContent["intro"]) => blockOf(composeSheets(content({ intro })), "intro").heightMm;
const particularsHeight = (particulars: SheetContent["particulars"]) => blockOf(composeSheets(content({ particulars })), "particulars").heightMm;

describe("the printed paper's measures", () => {
  it("sets the body in 13 pt with a 52 mm label column", () => {
    expect(BODY_PT).toBe(13);
    expect(LABEL_MM).toBe(52);
  });
});

describe("composeSheets", () => {
  it("lays a short paper out on one sheet: the intro, the particulars, the rows, the closing lines and the signatures", () => {
    const sheets = composeSheets(content({ particulars: [{ label: "Họ và tên", value: "Nguyễn Văn An" }] }));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toEqual([
      { type: "intro", heightMm: expect.closeTo(INTRO_MM, 6) },
      { type: "particulars", heightMm: expect.closeTo(lh + 6, 6) },
      { type: "row", index: 0, tableRow: true, heightMm: expect.closeTo(ROW, 6) },
      { type: "row", index: 1, tableRow: true, heightMm: expect.closeTo(ROW, 6) },
      { type: "row", index: 2, tableRow: true, heightMm: expect.closeTo(ROW, 6) },
      { type: "closing", heightMm: expect.closeTo(lh + 6, 6) },
      { type: "signatures", keepWithPrevious: true, heightMm: expect.closeTo(SIGNATURES_MM, 6) },
    ]);
  });
  it("has no particulars block on a list", () => {
    expect(shape(composeSheets(content()))).toEqual([["intro", 0, 1, 2, "closing", "signatures"]]);
  });
  it("gives the closing block its lines plus a margin", () => {
    expect(blockOf(composeSheets(content({ closingLines: 3 })), "closing").heightMm).toBeCloseTo(3 * lh + 6, 6);
    expect(blockOf(composeSheets(content({ closingLines: 0 })), "closing").heightMm).toBeCloseTo(6, 6);
  });

  describe("the intro", () => {
    it("is the header's left column (superior, issuer, star), the title and the spacing", () => {
      expect(introHeight(INTRO)).toBeCloseTo(INTRO_MM, 6);
    });
    it("loses the superior's line at the top of the tree", () => {
      expect(introHeight({ ...INTRO, superior: null })).toBeCloseTo(3 * lh + 8 + lh14 + 4, 6);
    });
    it("is at least two lines of header tall", () => {
      expect(introHeight({ ...INTRO, superior: null, issuer: "CHI BỘ KHOA TOÁN" })).toBeCloseTo(2 * lh + 8 + lh14 + 4, 6);
    });
    it("sets the title a point larger, so that a title that would fit in 13 pt takes two lines", () => {
      expect(introHeight({ ...INTRO, title: "DANH SÁCH ĐẢNG VIÊN DỰ BỊ ĐẾN HẠN XÉT CHUYỂN CHÍNH THỨC" })).toBeCloseTo(INTRO_MM + lh14, 6);
    });
    it("adds the subtitle's lines", () => {
      expect(introHeight({ ...INTRO, subtitle: "Tháng 12" })).toBeCloseTo(INTRO_MM + lh, 6);
      expect(introHeight({ ...INTRO, subtitle: "Tháng 12 năm 2026 tại Đảng bộ Trường Đại học Hồng Đức và các chi bộ trực thuộc" })).toBeCloseTo(
        INTRO_MM + 2 * lh,
        6,
      );
    });
  });

  describe("the particulars", () => {
    it("take a line each, plus a margin", () => {
      const particulars = [
        { label: "Họ và tên", value: "Nguyễn Văn An" },
        { label: "Ngày sinh", value: "15/06/1995" },
      ];
      expect(particularsHeight(particulars)).toBeCloseTo(2 * lh + 6, 6);
    });
    it("give an empty value its line", () => {
      expect(particularsHeight([{ label: "Ghi chú", value: "" }])).toBeCloseTo(lh + 6, 6);
    });
    it("wrap a long value in the column right of the labels", () => {
      // One line across the page, two beside the label column.
      expect(particularsHeight([{ label: "Địa chỉ", value: "Thôn Đông, xã Quảng Phú, huyện Quảng Xương, tỉnh Thanh Hóa" }])).toBeCloseTo(2 * lh + 6, 6);
    });
    it("wrap a long label, colon included, in the label column", () => {
      // "Đơn vị công tác hiện nay" fits the 50 mm label column; with its colon it does not.
      expect(particularsHeight([{ label: "Đơn vị công tác hiện nay", value: "x" }])).toBeCloseTo(2 * lh + 6, 6);
    });
    it("add up the lines of every particular", () => {
      const particulars = [
        { label: "Họ và tên", value: "Nguyễn Văn An" },
        { label: "Địa chỉ", value: "Thôn Đông, xã Quảng Phú, huyện Quảng Xương, tỉnh Thanh Hóa" },
        { label: "Đơn vị công tác hiện nay", value: "" },
      ];
      expect(particularsHeight(particulars)).toBeCloseTo(5 * lh + 6, 6);
    });
  });

  describe("the table", () => {
    it("makes a row as tall as its tallest cell in its column", () => {
      const sheets = composeSheets(
        content({ table: { widthsMm: WIDTHS, header: HEADER, rows: [["1", "Nguyễn Thị Phương Thảo Nguyên Hạnh", "", "", "", ""]] } }),
      );
      expect(blockOf(sheets, "row").heightMm).toBeCloseTo(2 * lh + 3.5, 6);
    });
    it("gives a cell without a column width 20 mm", () => {
      // Column 2 is 56 mm wide: "Nguyễn Văn An" fits there, not in 20 mm.
      const table = (widthsMm: number[]) => ({ widthsMm, header: ["TT"], rows: [["1", "Nguyễn Văn An"]] });
      expect(blockOf(composeSheets(content({ table: table([12, 56]) })), "row").heightMm).toBeCloseTo(ROW, 6);
      expect(blockOf(composeSheets(content({ table: table([12]) })), "row").heightMm).toBeCloseTo(2 * lh + 3.5, 6);
    });
  });

  describe("the sheets", () => {
    // Sheet 1: intro 43.4 + head 15.9 + 19 rows of 9.69 = 243.5 mm of 252.
    it("fill the first sheet with as many rows as fit under the intro and the table's head", () => {
      const sheets = composeSheets(content({ table: { widthsMm: WIDTHS, header: HEADER, rows: rows(20) } }));
      expect(shape(sheets)).toEqual([
        ["intro", ...Array.from({ length: 19 }, (_, i) => i)],
        [19, "closing", "signatures"],
      ]);
    });
    it("fit one row more under a table head of one line", () => {
      const header = ["TT", "Tên", "Mẫu", "Số", "KT", "Ghi chú"];
      const sheets = composeSheets(content({ table: { widthsMm: WIDTHS, header, rows: rows(21) } }));
      expect(sheets[0]).toHaveLength(1 + 20);
      expect(shape(sheets)[1]).toEqual([20, "closing", "signatures"]);
    });
    it("measure the table's head with 20 mm for a column without a width", () => {
      // A seventh head cell with no width: "Người kiểm tra ký tên" takes four lines in 20 mm, and the head as much.
      const sheets = composeSheets(content({ table: { widthsMm: WIDTHS, header: [...HEADER, "Người kiểm tra ký tên"], rows: rows(20) } }));
      expect(sheets[0]).toHaveLength(1 + 18);
    });
    it("carry the closing lines onto the next sheet with the signatures when they do not fit together", () => {
      // Sheet 2: head 15.9 + 21 rows = 219.4 mm; closing 12.2 fits, closing and signatures (51.6) do not.
      const sheets = composeSheets(content({ table: { widthsMm: WIDTHS, header: HEADER, rows: rows(40) } }));
      expect(shape(sheets)).toEqual([
        ["intro", ...Array.from({ length: 19 }, (_, i) => i)],
        Array.from({ length: 21 }, (_, i) => 19 + i),
        ["closing", "signatures"],
      ]);
    });
    it("never overfill an A4 sheet, counting the head once on each sheet with rows", () => {
      const head = 2 * lh + 3.5;
      for (const n of [0, 1, 19, 20, 24, 25, 40, 43, 60, 120]) {
        const sheets = composeSheets(content({ table: { widthsMm: WIDTHS, header: HEADER, rows: rows(n) } }));
        for (const sheet of sheets) {
          const used = sheet.reduce((sum, b) => sum + b.heightMm, 0) + (sheet.some((b) => b.type === "row") ? head : 0);
          expect(used).toBeLessThanOrEqual(252);
          expect(sheet[0]!.type).not.toBe("signatures");
        }
        expect(sheets.flat().filter((b) => b.type === "row")).toHaveLength(n);
      }
    });
  });
});
