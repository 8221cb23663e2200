import "server-only";
import type ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { findUnitsInScope } from "@/lib/db/units";
import { CANDIDATE_UNIT_KINDS, EDUCATION_LEVELS, OCCUPATION_GROUPS, SEXES, UNIT_KINDS, type UnitKindCode } from "@/lib/domain/codes";
import { CANDIDATE_COLUMNS, MAX_IMPORT_ROWS, UNIT_COLUMNS, type ColumnSpec } from "@/lib/domain/import-rows";
import { PIPELINE_STAGES } from "@/lib/domain/stages";
import { CHILD_KINDS } from "@/lib/domain/unit-rules";
import { MAX_UPLOAD_BYTES } from "@/lib/api/multipart";
import { newWorkbook, xlsxFile, type ExportFile } from "@/lib/services/dashboard/sheet-file";
import { viLabel } from "./labels";
import { assertMayImport } from "./preview-common";

/**
 * The import templates: a data sheet with the Vietnamese headers (every column formatted as text,
 * so that Excel turns neither "15/03/2001" into a date of another locale nor "001201001234" into a
 * number), one example row and drop-down lists; a second sheet explaining the columns and listing
 * the codes: the caller's branches (or committees), the stages, the education and occupation labels.
 */

const LAST_ROW = MAX_IMPORT_ROWS + 1;
const YES_NO = '"Có,Không"';

interface CodeList {
  title: string;
  header: string[];
  rows: string[][];
  /** Which column of `rows` a drop-down offers (0-based). */
  pick?: number;
}

function colLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function dataSheet(book: ExcelJS.Workbook, name: string, columns: readonly ColumnSpec[], example: Record<string, string>[]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(columns.map((c) => (c.required ? `${c.header} *` : c.header)));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.numFmt = "@";
    column.width = c.field === "fullName" || c.field === "name" ? 28 : c.kind === "bool" ? 12 : 18;
  });
  for (const row of example) ws.addRow(columns.map((c) => row[c.field] ?? ""));
  ws.getRow(2).font = { italic: true, color: { argb: "FF6B7280" } };
  return ws;
}

/** The guide sheet: notes, then the column table, then each code list; returns where each list's values are. */
function guideSheet(
  book: ExcelJS.Workbook,
  title: string,
  notes: string[],
  columns: readonly ColumnSpec[],
  hints: Record<string, string>,
  lists: Record<string, CodeList>,
) {
  const ws = book.addWorksheet("Hướng dẫn");
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 40;
  ws.getColumn(3).width = 60;
  ws.addRow([title]).font = { bold: true, size: 14 };
  for (const note of notes) ws.addRow([note]);
  ws.addRow([]);
  ws.addRow(["Cột", "Bắt buộc", "Cách ghi"]).font = { bold: true };
  for (const c of columns) ws.addRow([c.header, c.required ? "Bắt buộc" : "Không bắt buộc", hints[c.field] ?? ""]);
  const ranges: Record<string, string> = {};
  for (const [field, list] of Object.entries(lists)) {
    ws.addRow([]);
    ws.addRow([list.title]).font = { bold: true };
    ws.addRow(list.header).font = { bold: true };
    const first = ws.rowCount + 1;
    for (const row of list.rows) ws.addRow(row);
    const col = colLetter((list.pick ?? 0) + 1);
    if (list.rows.length) ranges[field] = `'Hướng dẫn'!$${col}$${first}:$${col}$${ws.rowCount}`;
  }
  return ranges;
}

/** Drop-down lists on the data sheet: a code list of the guide, or yes/no. */
function addLists(ws: ExcelJS.Worksheet, columns: readonly ColumnSpec[], ranges: Record<string, string>) {
  columns.forEach((c, i) => {
    // Code lists only: a parent may be another row of the file, which no list could offer.
    const formula = c.kind === "bool" ? YES_NO : c.kind === "enum" || c.field === "unitCode" ? ranges[c.field] : undefined;
    if (!formula) return;
    const col = colLetter(i + 1);
    // exceljs 4.4 writes a range's validation once (sqref="B2:B10001") but does not declare `dataValidations` in its types.
    (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${col}2:${col}${LAST_ROW}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        // A warning, not a stop: a code or an English label is accepted too.
        showErrorMessage: true,
        errorStyle: "warning",
        error: "Giá trị không có trong danh sách; hệ thống sẽ kiểm tra khi tải lên.",
      },
    );
  });
}

const COMMON_NOTES = [
  "Dòng 2 là dòng ví dụ: hãy ghi đè hoặc xóa trước khi tải lên.",
  "Ngày ghi theo dạng dd/mm/yyyy, ví dụ 15/03/2001. Các cột đã được định dạng văn bản để Excel không tự đổi ngày và số.",
  "Ô có công thức được ghi nguyên văn công thức (hệ thống không tính công thức); nội dung dạng HTML được giữ nguyên là chữ.",
  `Mỗi tệp tối đa ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng và ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB. Tải lên sẽ cho xem trước từng dòng; chỉ khi không còn dòng nào có lỗi mới ghi được, và ghi tất cả các dòng hoặc không ghi gì.`,
];

/** GET /imports/candidates/template: the candidate spreadsheet, with the caller's branches. */
export async function candidateTemplate({ actor }: { actor: Actor }): Promise<ExportFile> {
  assertMayImport(actor, "CANDIDATES");
  const units = await findUnitsInScope(actor.scope);
  const byId = new Map(units.map((u) => [u.id, u]));
  const branches = units
    .filter((u) => actor.scope.writable.has(u.id) && CANDIDATE_UNIT_KINDS.includes(u.kind))
    .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }));
  const book = newWorkbook();
  const ws = dataSheet(book, "Quần chúng", CANDIDATE_COLUMNS, [
    {
      fullName: "Nguyễn Văn An",
      sex: viLabel(["sex", "MALE"]),
      birthDate: "15/03/2001",
      ethnicity: "Kinh",
      religion: "",
      generalEducation: "12/12",
      educationLevel: viLabel(["education", "UNIVERSITY"]),
      occupationGroup: viLabel(["occupation", "CIVIL_SERVANT"]),
      occupation: "Chuyên viên",
      nationalId: "038201001234",
      phone: "0912345678",
      hometown: "Thiệu Hóa, Thanh Hóa",
      residence: "Phường Hạc Thành, Thanh Hóa",
      youthUnionMember: "Có",
      tradeUnionMember: "Có",
      returningConscript: "Không",
      readmission: "Không",
      unitCode: branches[0]?.code ?? "",
      stage: viLabel(["stage", "SOURCE"]),
      stageSince: "",
      note: "",
    },
  ]);
  const label = (path: string[]) => viLabel(path);
  const ranges = guideSheet(
    book,
    "Hướng dẫn điền mẫu nhập quần chúng",
    [
      ...COMMON_NOTES,
      "Mỗi dòng là một người, vào chi bộ ghi ở cột “Mã chi bộ” (xem bảng mã cuối trang). Giai đoạn để trống là Nguồn; ngày vào giai đoạn để trống là ngày nhập.",
      "Người được nhập vào đúng giai đoạn đã ghi, từ ngày đã ghi. Hệ thống không tự tạo các bước trước đó (lớp học, biên bản, quyết định): hãy ghi nhận tiếp trên hồ sơ từng người.",
      "Số CCCD đã có trong hệ thống được báo lỗi ở dòng đó; hồ sơ đã có được giữ nguyên, không bị ghi đè.",
    ],
    CANDIDATE_COLUMNS,
    {
      fullName: "Chỉ gồm chữ cái và dấu cách.",
      sex: "Nam hoặc Nữ.",
      birthDate: "dd/mm/yyyy.",
      ethnicity: "Để trống là Kinh.",
      religion: "Để trống nếu không theo tôn giáo.",
      generalEducation: "Ví dụ 12/12 hoặc 9/10.",
      educationLevel: "Một tên trong bảng “Trình độ chuyên môn”.",
      occupationGroup: "Một tên trong bảng “Nhóm nghề nghiệp”.",
      nationalId: "12 chữ số (giữ số 0 ở đầu).",
      phone: "Bắt đầu bằng 0 hoặc +84.",
      youthUnionMember: "Có / Không (để trống là Không).",
      tradeUnionMember: "Có / Không (để trống là Không).",
      returningConscript: "Có / Không (để trống là Không).",
      readmission: "Có / Không (để trống là Không).",
      unitCode: "Mã một chi bộ trong bảng “Mã chi bộ”.",
      stage: "Một tên trong bảng “Giai đoạn”; để trống là Nguồn.",
      stageSince: "dd/mm/yyyy; bắt buộc với mọi giai đoạn sau Nguồn; không sau hôm nay, không trước khi đủ 16 tuổi.",
    },
    {
      sex: { title: "Giới tính", header: ["Tên", "Mã"], rows: SEXES.map((c) => [label(["sex", c]), c]) },
      educationLevel: { title: "Trình độ chuyên môn", header: ["Tên", "Mã"], rows: EDUCATION_LEVELS.map((c) => [label(["education", c]), c]) },
      occupationGroup: { title: "Nhóm nghề nghiệp", header: ["Tên", "Mã"], rows: OCCUPATION_GROUPS.map((c) => [label(["occupation", c]), c]) },
      stage: {
        title: "Giai đoạn (không nhập trực tiếp vào “đưa ra khỏi danh sách” hay “xóa tên”)",
        header: ["Tên", "Mã"],
        rows: PIPELINE_STAGES.map((c) => [label(["stage", c]), c]),
      },
      unitCode: {
        title: "Mã chi bộ (các chi bộ bạn được nhập)",
        header: ["Mã", "Tên chi bộ", "Trực thuộc"],
        rows: branches.map((b) => [b.code, b.name, (b.parentId && byId.get(b.parentId)?.name) || ""]),
      },
    },
  );
  addLists(ws, CANDIDATE_COLUMNS, ranges);
  return xlsxFile(book, "mau-nhap-quan-chung");
}

/** GET /imports/units/template: the unit-tree spreadsheet, with the caller's committees as possible parents. */
export async function unitTemplate({ actor }: { actor: Actor }): Promise<ExportFile> {
  assertMayImport(actor, "UNITS");
  const units = await findUnitsInScope(actor.scope);
  const committees = units
    .filter((u) => actor.scope.writable.has(u.id) && CHILD_KINDS[u.kind].length > 0)
    .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }));
  const home = units.find((u) => u.id === actor.unitId);
  const kindLabel = (k: UnitKindCode) => viLabel(["imports", "unitKind", k]);
  const top = home && home.kind === "SUPERIOR_COMMITTEE" ? home.code : (committees[0]?.code ?? "");
  const book = newWorkbook();
  const ws = dataSheet(book, "Đơn vị", UNIT_COLUMNS, [
    {
      code: "DBCS-01",
      name: "Đảng bộ cơ sở Sở Ví dụ",
      kind: kindLabel("GRASSROOTS_COMMITTEE"),
      parentCode: top,
      place: "",
      officialMembers: "40",
      totalMembers: "45",
      committeeMembers: "9",
      hasYouthUnion: "Có",
    },
    {
      code: "DBCS-01-CB1",
      name: "Chi bộ Văn phòng",
      kind: kindLabel("BRANCH"),
      parentCode: "DBCS-01",
      place: "",
      officialMembers: "12",
      totalMembers: "14",
      committeeMembers: "3",
      hasYouthUnion: "Không",
    },
  ]);
  ws.getRow(3).font = { italic: true, color: { argb: "FF6B7280" } };
  const ranges = guideSheet(
    book,
    "Hướng dẫn điền mẫu nhập cây đơn vị",
    [
      ...COMMON_NOTES.map((n) => n.replace("Dòng 2 là dòng ví dụ", "Dòng 2 và 3 là ví dụ")),
      "Mỗi dòng là một đơn vị. Đơn vị cấp trên là một dòng khác của tệp (ở trên hay dưới đều được) hoặc một đơn vị đã có trong bảng mã cuối trang.",
      "Mã đơn vị không được trùng trong tệp hay với đơn vị đã có. Loại đơn vị phải hợp với cấp trên (xem bảng “Loại đơn vị”).",
      "Số đảng viên, số ủy viên cấp ủy và Đoàn TN được ghi là số liệu của đơn vị từ ngày nhập.",
    ],
    UNIT_COLUMNS,
    {
      code: "Không có dấu cách, ví dụ CB-05.",
      kind: "Một tên trong bảng “Loại đơn vị”.",
      parentCode: "Mã một dòng khác của tệp, hoặc một đơn vị trong bảng “Đơn vị đã có”.",
      place: "Tỉnh, thành phố nơi đặt cơ quan (dòng địa danh trên văn bản); để trống là theo cấp trên.",
      officialMembers: "Số nguyên từ 0; để trống là 0.",
      totalMembers: "Không nhỏ hơn số đảng viên chính thức; để trống là bằng số đảng viên chính thức.",
      committeeMembers: "Số nguyên từ 0.",
      hasYouthUnion: "Có / Không.",
    },
    {
      kind: {
        title: "Loại đơn vị",
        header: ["Tên", "Mã", "Trực thuộc loại"],
        rows: UNIT_KINDS.map((k) => [
          kindLabel(k),
          k,
          [
            ...(k === "SUPERIOR_COMMITTEE" ? ["(cấp cao nhất)"] : []),
            ...UNIT_KINDS.filter((p) => (CHILD_KINDS[p] as readonly string[]).includes(k)).map(kindLabel),
          ].join(", "),
        ]),
      },
      parentCode: {
        title: "Đơn vị đã có (có thể làm cấp trên)",
        header: ["Mã", "Tên", "Loại"],
        rows: committees.map((u) => [u.code, u.name, kindLabel(u.kind)]),
      },
    },
  );
  addLists(ws, UNIT_COLUMNS, ranges);
  return xlsxFile(book, "mau-nhap-don-vi");
}
