import { describe, expect, it } from "vitest";
import {
  CANDIDATE_COLUMNS,
  MAX_IMPORT_ROWS,
  MIN_SOURCE_AGE_YEARS,
  MIN_VOTE_AGE_YEARS,
  UNIT_COLUMNS,
  cellBool,
  cellDate,
  cellInt,
  cellNationalId,
  cellPhone,
  cellText,
  codeFromLabel,
  duplicatesInFile,
  headerKey,
  isBlankRow,
  matchHeader,
  planUnitTree,
  rowInput,
  stageProblems,
  type Cell,
  type ExistingParent,
  type UnitTreeRow,
} from "@/lib/domain/import-rows";
import { PIPELINE_STAGES, type StageCode } from "@/lib/domain/stages";

const FULL_PATH: StageCode[] = [...PIPELINE_STAGES];
const TODAY = "2026-06-15";

describe("the template's columns", () => {
  it("caps a file at 10,000 data rows and uses the Youth Union age (16) and the vote age (18)", () => {
    expect(MAX_IMPORT_ROWS).toBe(10_000);
    expect(MIN_SOURCE_AGE_YEARS).toBe(16);
    expect(MIN_VOTE_AGE_YEARS).toBe(18);
  });

  it("list the candidate columns with their headers, required flags, kinds and aliases", () => {
    expect(CANDIDATE_COLUMNS).toEqual([
      { field: "fullName", header: "Họ và tên", required: true, kind: "text", aliases: ["Họ tên"] },
      { field: "sex", header: "Giới tính", required: true, kind: "enum" },
      { field: "birthDate", header: "Ngày sinh (dd/mm/yyyy)", required: true, kind: "date" },
      { field: "ethnicity", header: "Dân tộc", required: false, kind: "text" },
      { field: "religion", header: "Tôn giáo", required: false, kind: "text" },
      { field: "generalEducation", header: "Trình độ GDPT", required: false, kind: "text", aliases: ["Giáo dục phổ thông", "GDPT"] },
      { field: "educationLevel", header: "Trình độ chuyên môn", required: true, kind: "enum", aliases: ["Trình độ học vấn", "Trình độ"] },
      { field: "occupationGroup", header: "Nhóm nghề nghiệp", required: true, kind: "enum" },
      { field: "occupation", header: "Nghề nghiệp", required: false, kind: "text", aliases: ["Nghề nghiệp, chức vụ", "Chức vụ"] },
      { field: "nationalId", header: "Số CCCD", required: false, kind: "nationalId", aliases: ["CCCD", "Căn cước công dân", "Số căn cước"] },
      { field: "phone", header: "Điện thoại", required: false, kind: "phone", aliases: ["Số điện thoại", "SĐT"] },
      { field: "hometown", header: "Quê quán", required: false, kind: "text" },
      { field: "residence", header: "Nơi ở hiện nay", required: false, kind: "text", aliases: ["Nơi ở", "Nơi cư trú"] },
      {
        field: "youthUnionMember",
        header: "Đoàn viên TN",
        required: false,
        kind: "bool",
        aliases: ["Đoàn viên Đoàn TNCS Hồ Chí Minh", "Đoàn viên"],
      },
      { field: "tradeUnionMember", header: "Công đoàn viên", required: false, kind: "bool", aliases: ["Đoàn viên Công đoàn"] },
      { field: "returningConscript", header: "Quân nhân xuất ngũ", required: false, kind: "bool" },
      { field: "readmission", header: "Kết nạp lại", required: false, kind: "bool" },
      { field: "unitCode", header: "Mã chi bộ", required: true, kind: "text", aliases: ["Mã đơn vị"] },
      { field: "stage", header: "Giai đoạn", required: false, kind: "enum" },
      { field: "stageSince", header: "Ngày vào giai đoạn (dd/mm/yyyy)", required: false, kind: "date", aliases: ["Từ ngày", "Ngày vào giai đoạn"] },
      { field: "note", header: "Ghi chú", required: false, kind: "text" },
    ]);
  });

  it("list the unit columns with their headers, required flags, kinds and aliases", () => {
    expect(UNIT_COLUMNS).toEqual([
      { field: "code", header: "Mã đơn vị", required: true, kind: "text" },
      { field: "name", header: "Tên", required: true, kind: "text", aliases: ["Tên đơn vị"] },
      { field: "kind", header: "Loại", required: true, kind: "enum", aliases: ["Loại đơn vị"] },
      { field: "parentCode", header: "Mã đơn vị cấp trên", required: true, kind: "text", aliases: ["Mã cấp trên", "Đơn vị cấp trên"] },
      { field: "place", header: "Địa danh", required: false, kind: "text" },
      { field: "officialMembers", header: "Số đảng viên chính thức", required: false, kind: "int", aliases: ["Đảng viên chính thức"] },
      { field: "totalMembers", header: "Tổng số đảng viên", required: false, kind: "int", aliases: ["Số đảng viên"] },
      { field: "committeeMembers", header: "Số ủy viên cấp ủy", required: false, kind: "int", aliases: ["Số cấp ủy viên", "Ủy viên cấp ủy"] },
      { field: "hasYouthUnion", header: "Có Đoàn TN", required: false, kind: "bool", aliases: ["Có Đoàn", "Có tổ chức Đoàn"] },
    ]);
  });
});

describe("header keys", () => {
  it("drop every bracketed hint, replacing it by a space", () => {
    expect(headerKey("Ngày (a) vào (b) giai đoạn")).toBe("ngay vao giai doan");
    expect(headerKey("Họ(x)tên")).toBe("ho ten");
    expect(headerKey("Tên (ghi rõ")).toBe("ten (ghi ro");
  });

  it("turn every required marker and colon into a space", () => {
    expect(headerKey("Họ*tên")).toBe("ho ten");
    expect(headerKey("Họ:tên")).toBe("ho ten");
    expect(headerKey("**Họ tên:*")).toBe("ho ten");
    expect(headerKey("Đơn vị")).toBe("don vi");
  });
});

describe("matching a header row", () => {
  const fieldsOf = (header: readonly Cell[], columns = CANDIDATE_COLUMNS, english: Record<string, string> = {}) =>
    [...matchHeader(header, columns, english).byIndex].map(([i, c]) => [i, c.field]);

  it("takes every candidate header, field name and alias for its column", () => {
    for (const column of CANDIDATE_COLUMNS) {
      for (const name of [column.header, column.field, ...(column.aliases ?? [])]) {
        expect(fieldsOf([name]), name).toEqual([[0, column.field]]);
      }
    }
  });

  it("takes every unit header, field name and alias for its column", () => {
    for (const column of UNIT_COLUMNS) {
      for (const name of [column.header, column.field, ...(column.aliases ?? [])]) {
        expect(fieldsOf([name], UNIT_COLUMNS), name).toEqual([[0, column.field]]);
      }
    }
  });

  it("takes each English label given, and only for its own field", () => {
    const english = { fullName: "Full name", sex: "Sex", unitCode: "Branch code" };
    expect(fieldsOf(["Full name", "Sex", "Branch code", "Birth date"], CANDIDATE_COLUMNS, english)).toEqual([
      [0, "fullName"],
      [1, "sex"],
      [2, "unitCode"],
    ]);
    expect(matchHeader(["Full name"], CANDIDATE_COLUMNS).unknown).toEqual([{ index: 0, text: "Full name" }]);
  });

  it("reads past row-number headers (STT, Số TT, Số thứ tự, TT, No, #) and blank cells", () => {
    const match = matchHeader(["STT", "Số TT", "Số thứ tự", "TT", "No.", "No", "#", null, "   ", "Họ và tên"], CANDIDATE_COLUMNS);
    expect(match.unknown).toEqual([{ index: 4, text: "No." }]);
    expect(match.duplicate).toEqual([]);
    expect([...match.byIndex].map(([i, c]) => [i, c.field])).toEqual([[9, "fullName"]]);
  });

  it("keeps the first of two headers for one column (an alias counts) and names the later ones as repeats", () => {
    const match = matchHeader(["Họ tên", "Số CCCD", "Họ và tên", "CCCD", "fullName"], CANDIDATE_COLUMNS);
    expect([...match.byIndex].map(([i, c]) => [i, c.field])).toEqual([
      [0, "fullName"],
      [1, "nationalId"],
    ]);
    expect(match.duplicate).toEqual([
      { index: 2, text: "Họ và tên" },
      { index: 3, text: "CCCD" },
      { index: 4, text: "fullName" },
    ]);
  });

  it("names every required column that is missing, in template order, and no optional one", () => {
    expect(matchHeader([], CANDIDATE_COLUMNS).missing.map((c) => c.field)).toEqual([
      "fullName",
      "sex",
      "birthDate",
      "educationLevel",
      "occupationGroup",
      "unitCode",
    ]);
    expect(matchHeader(["Tên", "Loại"], UNIT_COLUMNS).missing.map((c) => c.field)).toEqual(["code", "parentCode"]);
  });

  it("reads a header given as a number, a date or a formula by its text", () => {
    const match = matchHeader([2024, { formula: "=A1" }, true], CANDIDATE_COLUMNS);
    expect(match.unknown).toEqual([
      { index: 0, text: "2024" },
      { index: 1, text: "=A1" },
      { index: 2, text: "TRUE" },
    ]);
  });
});

describe("reading cells", () => {
  it("reads FALSE, infinities, zero and negative numbers as text", () => {
    expect(cellText(false)).toBe("FALSE");
    expect(cellText(Number.POSITIVE_INFINITY)).toBeNull();
    expect(cellText(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(cellText(0)).toBe("0");
    expect(cellText(-12)).toBe("-12");
    expect(cellText(2 ** 53)).toBe("9007199254740992");
    expect(cellText(-1e21)).toBe("-1000000000000000000000");
    expect(cellText(1.5e-7)).toBe("1.5e-7");
    expect(cellText("")).toBeNull();
    expect(cellText("\t\n")).toBeNull();
    expect(cellText("a")).toBe("a");
  });

  it("reads a date cell as dd/mm/yyyy and anything else that is not a formula as nothing", () => {
    expect(cellText({ date: "1999-12-31" })).toBe("31/12/1999");
    expect(cellText({ formula: "" })).toBe("");
    expect(cellText({} as unknown as Cell)).toBeNull();
  });

  it("reads a date column: blank is null, a number or text as typed", () => {
    expect(cellDate(null)).toBeNull();
    expect(cellDate("  ")).toBeNull();
    expect(cellDate("2001-03-15")).toBe("2001-03-15");
    expect(cellDate(36965)).toBe("36965");
    expect(cellDate(true)).toBe("TRUE");
  });

  it("reads every yes word (x, có, yes, true, 1, đúng, v), whatever the case and accents", () => {
    for (const yes of ["x", " X ", "CÓ", "Yes", "YES", "true", "TRUE", "1", "đúng", "ĐÚNG", "v", "V"]) expect(cellBool(yes), yes).toBe(true);
    expect(cellBool({ formula: "x" })).toBe(true);
  });

  it("reads every no word (không, no, false, 0, sai, -); blank is no", () => {
    for (const no of ["KHÔNG", "No", "FALSE", "false", "0", "sai", "Sai", " - ", "   ", ""]) expect(cellBool(no), no).toBe(false);
    expect(cellBool(false)).toBe(false);
    expect(cellBool(true)).toBe(true);
  });

  it("leaves any other yes/no answer as typed (not folded) for the schema to refuse", () => {
    expect(cellBool(" Có lẽ ")).toBe(" Có lẽ ");
    expect(cellBool(2)).toBe("2");
    expect(cellBool("yes please")).toBe("yes please");
    expect(cellBool({ date: "2001-03-15" })).toBe("15/03/2001");
  });

  it("pads a national ID stored as a whole number from 0 up to 12 digits to 12 digits", () => {
    expect(cellNationalId(0)).toBe("000000000000");
    expect(cellNationalId(1)).toBe("000000000001");
    expect(cellNationalId(999_999_999_999)).toBe("999999999999");
    expect(cellNationalId(1e12)).toBe("1000000000000");
    expect(cellNationalId(-1)).toBe("-1");
    expect(cellNationalId(1e21)).toBe("1000000000000000000000");
    expect(cellNationalId(12.5)).toBe("12.5");
    expect(cellNationalId(null)).toBeNull();
    expect(cellNationalId("  ")).toBeNull();
    expect(cellNationalId(" 0123 ")).toBe(" 0123 ");
  });

  it("puts the leading 0 back on a phone number of 9 or 10 digits stored as a number, and only then", () => {
    expect(cellPhone(12_345_678)).toBe("12345678");
    expect(cellPhone(123_456_789)).toBe("0123456789");
    expect(cellPhone(1_234_567_890)).toBe("01234567890");
    expect(cellPhone(12_345_678_901)).toBe("12345678901");
    expect(cellPhone(-912_345_678)).toBe("-912345678");
    expect(cellPhone(0)).toBe("0");
    expect(cellPhone(912_345_678.5)).toBe("912345678.5");
    expect(cellPhone(null)).toBeNull();
    expect(cellPhone("912345678")).toBe("912345678");
  });

  it("reads a count: a number as a number, anything else as text", () => {
    expect(cellInt(0)).toBe(0);
    expect(cellInt(7)).toBe(7);
    expect(cellInt(2.5)).toBe(2.5);
    expect(cellInt(" 12 ")).toBe(" 12 ");
    expect(cellInt(null)).toBeNull();
    expect(cellInt("")).toBeNull();
    expect(cellInt(true)).toBe("TRUE");
  });
});

describe("labels into codes", () => {
  it("takes a code with spaces for its underscores, in any case", () => {
    const labels = { NON_STATE_EMPLOYEE: ["Lao động tự do"], WORKER: [] };
    expect(codeFromLabel("Non State Employee", labels)).toBe("NON_STATE_EMPLOYEE");
    expect(codeFromLabel("non_state_employee", labels)).toBe("NON_STATE_EMPLOYEE");
    expect(codeFromLabel("lao dong tu do", labels)).toBe("NON_STATE_EMPLOYEE");
    expect(codeFromLabel("worker", labels)).toBe("WORKER");
    expect(codeFromLabel("nonstateemployee", labels)).toBe("nonstateemployee");
  });

  it("gives a code precedence over another code's label, and the first code listed a label two codes share", () => {
    const labels = { A: ["B", "shared"], B: ["A", "shared", "only b"] };
    expect(codeFromLabel("a", labels)).toBe("A");
    expect(codeFromLabel("b", labels)).toBe("B");
    expect(codeFromLabel("Shared", labels)).toBe("A");
    expect(codeFromLabel("only b", labels)).toBe("B");
  });

  it("gives the first code listed a spaced code name two codes share", () => {
    const labels = { A_B: [], "A B": [] };
    expect(codeFromLabel("a b", labels)).toBe("A_B");
    expect(codeFromLabel("A B", labels)).toBe("A_B");
  });

  it("answers the same for a table on every look-up (the table is read once)", () => {
    const labels = { MALE: ["Nam"], FEMALE: ["Nữ"] };
    expect(codeFromLabel("Nam", labels)).toBe("MALE");
    expect(codeFromLabel("Nữ", labels)).toBe("FEMALE");
    expect(codeFromLabel("nu", labels)).toBe("FEMALE");
    expect(codeFromLabel("", labels)).toBe("");
  });
});

describe("a row as the form would send it (every kind of column)", () => {
  const header = [
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Số CCCD",
    "Điện thoại",
    "Đoàn viên TN",
    "Công đoàn viên",
    "Giai đoạn",
    "Ngày vào giai đoạn",
    "Ghi chú",
  ];
  // Matched inside each test, so that a fault in the matching fails the tests rather than the file's set-up.
  const columnsOf = () => matchHeader(header, CANDIDATE_COLUMNS).byIndex;
  const enums = { sex: { MALE: ["Nam"], FEMALE: ["Nữ"] }, stage: { SOURCE: ["Nguồn"] } };

  it("turns each cell by its column's kind", () => {
    const input = rowInput(["  An  ", "nam", "15/03/2001", 1_201_001_234, 912_345_678, "Có", "không", "Nguồn", { date: "2026-01-02" }, 42], columnsOf(), enums);
    expect(input).toEqual({
      fullName: "  An  ",
      sex: "MALE",
      birthDate: "15/03/2001",
      nationalId: "001201001234",
      phone: "0912345678",
      youthUnionMember: true,
      tradeUnionMember: false,
      stage: "SOURCE",
      stageSince: "2026-01-02",
      note: "42",
    });
  });

  it("leaves blank cells out, and the cells past the end of a short row", () => {
    expect(rowInput(["An", "  ", null, "", null, false], columnsOf(), enums)).toEqual({ fullName: "An", youthUnionMember: false });
    expect(rowInput([], columnsOf(), enums)).toEqual({});
  });

  it("keeps an enum as typed when no labels are given for its field", () => {
    const { byIndex: unitIndex } = matchHeader(["Loại", "Số đảng viên chính thức", "Tổng số đảng viên", "Có Đoàn TN", "Mã đơn vị"], UNIT_COLUMNS);
    expect(rowInput(["Chi bộ", 7, "9", "x", 123], unitIndex, {})).toEqual({
      kind: "Chi bộ",
      officialMembers: 7,
      totalMembers: "9",
      hasYouthUnion: true,
      code: "123",
    });
  });

  it("reads a date column's number as text and an enum's date cell as its dd/mm/yyyy text", () => {
    expect(rowInput([null, { date: "2001-03-15" }, 36965], columnsOf(), enums)).toEqual({ sex: "15/03/2001", birthDate: "36965" });
  });
});

describe("blank rows and repeats", () => {
  it("is blank only when every cell is blank", () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, "x"])).toBe(false);
    expect(isBlankRow(["x", null])).toBe(false);
    expect(isBlankRow([false])).toBe(false);
  });

  it("compares values with surrounding spaces trimmed, never blank ones", () => {
    expect([...duplicatesInFile([" A ", "A", undefined, undefined, "", "", "a"])]).toEqual([[1, 0]]);
    expect([...duplicatesInFile([])]).toEqual([]);
  });
});

describe("the stage and its date", () => {
  const facts = (stage: StageCode, stageSince: string | null, birthDate = "2000-05-01", path = FULL_PATH) => ({
    stage,
    stageSince,
    birthDate,
    today: TODAY,
    path,
  });

  it("names the stage refused, with its message key", () => {
    expect(stageProblems(facts("DROPPED", null))).toEqual([
      { field: "stage", code: "STAGE_NOT_IMPORTABLE", messageKey: "imports.problem.STAGE_NOT_IMPORTABLE", params: { stage: "DROPPED" } },
    ]);
    expect(stageProblems(facts("DOSSIER", "2026-01-01", "2000-05-01", ["SOURCE", "SYMPATHIZER"]))).toEqual([
      { field: "stage", code: "STAGE_NOT_ON_PATH", messageKey: "imports.problem.STAGE_NOT_ON_PATH", params: { stage: "DOSSIER" } },
    ]);
    expect(stageProblems(facts("DOSSIER", null))).toEqual([
      { field: "stageSince", code: "STAGE_DATE_REQUIRED", messageKey: "imports.problem.STAGE_DATE_REQUIRED", params: { stage: "DOSSIER" } },
    ]);
  });

  it("checks the exit before the path, and the path before the date", () => {
    expect(stageProblems(facts("STRUCK_OFF", "2030-01-01", "2000-05-01", ["SOURCE"])).map((p) => p.code)).toEqual(["STAGE_NOT_IMPORTABLE"]);
    expect(stageProblems(facts("TRAINING", null, "2000-05-01", ["SOURCE"])).map((p) => p.code)).toEqual(["STAGE_NOT_ON_PATH"]);
    expect(stageProblems(facts("SOURCE", null, "2000-05-01", ["SYMPATHIZER"])).map((p) => p.code)).toEqual(["STAGE_NOT_ON_PATH"]);
  });

  it("reports a future date without parameters, one day after today", () => {
    expect(stageProblems(facts("SOURCE", "2026-06-16"))).toEqual([
      { field: "stageSince", code: "STAGE_DATE_IN_FUTURE", messageKey: "imports.problem.STAGE_DATE_IN_FUTURE" },
    ]);
    expect(stageProblems(facts("OFFICIAL", "2027-01-01", "2030-01-01"))[0]!.code).toBe("STAGE_DATE_IN_FUTURE");
  });

  it("counts the 16th birthday (the day before refused, the day itself fine) for every stage", () => {
    for (const stage of ["SOURCE", "SYMPATHIZER", "BRANCH_VOTE"] as const) {
      expect(stageProblems(facts(stage, "2016-04-30")), stage).toEqual([
        { field: "stageSince", code: "STAGE_DATE_BEFORE_AGE_16", messageKey: "imports.problem.STAGE_DATE_BEFORE_AGE_16", params: { years: 16 } },
      ]);
      expect(stageProblems(facts(stage, "2016-05-01")), stage).toEqual([]);
    }
    // After the vote, a date before 16 is named as before 16 (not 18).
    expect(stageProblems(facts("OFFICIAL", "2016-04-30"))[0]!.code).toBe("STAGE_DATE_BEFORE_AGE_16");
  });

  it("counts the 18th birthday for the stages after the branch vote, with its parameters", () => {
    for (const stage of ["COMMITTEE_REVIEW", "SUPERIOR_DECISION", "CEREMONY", "PROBATION", "OFFICIAL"] as const) {
      expect(stageProblems(facts(stage, "2018-04-30")), stage).toEqual([
        {
          field: "stageSince",
          code: "STAGE_DATE_BEFORE_AGE_18",
          messageKey: "imports.problem.STAGE_DATE_BEFORE_AGE_18",
          params: { stage, years: 18 },
        },
      ]);
      expect(stageProblems(facts(stage, "2018-05-01")), stage).toEqual([]);
    }
    for (const stage of ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "AWARENESS_TEST", "BRANCH_VOTE"] as const) {
      expect(stageProblems(facts(stage, "2018-04-30")), stage).toEqual([]);
    }
  });

  it("takes a birthday on 29 February as reached on 28 February of a common year", () => {
    expect(stageProblems(facts("SOURCE", "2016-02-28", "2000-02-29")).map((p) => p.code)).toEqual(["STAGE_DATE_BEFORE_AGE_16"]);
    expect(stageProblems(facts("SOURCE", "2016-02-29", "2000-02-29"))).toEqual([]);
    expect(stageProblems(facts("PROBATION", "2018-02-27", "2000-02-29")).map((p) => p.code)).toEqual(["STAGE_DATE_BEFORE_AGE_18"]);
    expect(stageProblems(facts("PROBATION", "2018-02-28", "2000-02-29"))).toEqual([]);
  });
});

describe("the unit tree, in detail", () => {
  const row = (rowNumber: number, code: string | null, kind: UnitTreeRow["kind"], parentCode: string | null): UnitTreeRow => ({
    rowNumber,
    code,
    kind,
    parentCode,
  });
  const SUP: ExistingParent = { kind: "SUPERIOR_COMMITTEE", writable: true };
  const lookups = (over: Partial<Parameters<typeof planUnitTree>[1]> = {}) => ({
    existing: new Map([["SUP", SUP]]),
    taken: new Set<string>(),
    outside: new Set<string>(),
    allowRoot: false,
    ...over,
  });
  const problemsOf = (plan: ReturnType<typeof planUnitTree>) => Object.fromEntries([...plan.problems].map(([i, ps]) => [i, ps]));

  it("names a repeated code by the first row's number, and a taken code by its trimmed text", () => {
    const rows = [
      row(10, " G1 ", "GRASSROOTS_COMMITTEE", "SUP"),
      row(11, "G1", "GRASSROOTS_COMMITTEE", "SUP"),
      row(12, " OLD ", "GRASSROOTS_COMMITTEE", "SUP"),
    ];
    const plan = planUnitTree(rows, lookups({ taken: new Set(["OLD"]) }));
    expect(problemsOf(plan)).toEqual({
      1: [{ field: "code", code: "DUPLICATE_IN_FILE", messageKey: "imports.problem.DUPLICATE_CODE_IN_FILE", params: { row: 10 } }],
      2: [{ field: "code", code: "EXISTS", messageKey: "imports.problem.EXISTS_UNIT_CODE", params: { code: "OLD" } }],
    });
    // The repeat is still placed under its parent; the first holder of the code is the one children find.
    expect(plan.order).toEqual([0, 1, 2]);
  });

  it("gives a repeated code that is also taken both problems, in order", () => {
    const plan = planUnitTree([row(2, "T", "GRASSROOTS_COMMITTEE", "SUP"), row(3, "T", "GRASSROOTS_COMMITTEE", "SUP")], lookups({ taken: new Set(["T"]) }));
    expect([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)])).toEqual([
      [0, ["EXISTS"]],
      [1, ["DUPLICATE_IN_FILE", "EXISTS"]],
    ]);
  });

  it("skips rows without a code when collecting codes, but still places them", () => {
    const plan = planUnitTree([row(2, null, "GRASSROOTS_COMMITTEE", "SUP"), row(3, null, "GRASSROOTS_COMMITTEE", "SUP")], lookups());
    expect(problemsOf(plan)).toEqual({});
    expect(plan.order).toEqual([0, 1]);
  });

  it("finds a parent in the file with spaces around either code", () => {
    const plan = planUnitTree([row(2, "B1", "BRANCH", "  G1 "), row(3, " G1", "GRASSROOTS_COMMITTEE", "SUP ")], lookups());
    expect(problemsOf(plan)).toEqual({});
    expect([...plan.parentRow]).toEqual([
      [0, 1],
      [1, null],
    ]);
    expect(plan.order).toEqual([1, 0]);
  });

  it("finds existing and outside units with spaces around their codes, and names them trimmed", () => {
    const plan = planUnitTree(
      [row(2, "A", "GRASSROOTS_COMMITTEE", "EX"), row(3, "B", "BRANCH", " OUT "), row(4, "C", "BRANCH", " NOPE ")],
      lookups({ existing: new Map([[" EX ", SUP]]), outside: new Set([" OUT "]) }),
    );
    expect(problemsOf(plan)).toEqual({
      1: [{ field: "parentCode", code: "UNIT_OUT_OF_SCOPE", messageKey: "imports.problem.PARENT_OUT_OF_SCOPE", params: { code: "OUT" } }],
      2: [{ field: "parentCode", code: "PARENT_UNKNOWN", messageKey: "imports.problem.PARENT_UNKNOWN", params: { code: "NOPE" } }],
    });
    expect([...plan.parentRow]).toEqual([[0, null]]);
    expect(plan.order).toEqual([0]);
  });

  it("prefers a parent row of the file to an existing unit of the same code", () => {
    const plan = planUnitTree(
      [row(2, "SUP", "GRASSROOTS_COMMITTEE", "ROOT"), row(3, "B", "BRANCH", "SUP")],
      lookups({
        existing: new Map([
          ["ROOT", SUP],
          ["SUP", SUP],
        ]),
      }),
    );
    expect(problemsOf(plan)).toEqual({});
    expect([...plan.parentRow]).toEqual([
      [0, null],
      [1, 0],
    ]);
  });

  it("names the kinds that do not fit: the row's and its parent's, '-' for a root", () => {
    const plan = planUnitTree(
      [row(2, "P", "BRANCH", "SUP"), row(3, "C", "BRANCH", "P"), row(4, "R", "GRASSROOTS_COMMITTEE", null)],
      lookups({ allowRoot: true }),
    );
    expect(problemsOf(plan)).toEqual({
      0: [
        {
          field: "kind",
          code: "KIND_NOT_UNDER_PARENT",
          messageKey: "imports.problem.KIND_NOT_UNDER_PARENT",
          params: { kind: "BRANCH", parentKind: "SUPERIOR_COMMITTEE" },
        },
      ],
      1: [
        { field: "kind", code: "KIND_NOT_UNDER_PARENT", messageKey: "imports.problem.KIND_NOT_UNDER_PARENT", params: { kind: "BRANCH", parentKind: "BRANCH" } },
      ],
      2: [
        {
          field: "kind",
          code: "KIND_NOT_UNDER_PARENT",
          messageKey: "imports.problem.KIND_NOT_UNDER_PARENT",
          params: { kind: "GRASSROOTS_COMMITTEE", parentKind: "-" },
        },
      ],
    });
    // A kind that does not fit is a problem of the row, yet the tree still orders it.
    expect(plan.order).toEqual([0, 1]);
    expect([...plan.parentRow]).toEqual([
      [0, null],
      [1, 0],
    ]);
  });

  it("does not judge the kind of a row, or of its parent, whose kind cell was invalid", () => {
    const plan = planUnitTree(
      [row(2, "P", null, "SUP"), row(3, "C", "BRANCH", "P"), row(4, "D", null, "C"), row(5, "R", null, null)],
      lookups({ allowRoot: true }),
    );
    expect(problemsOf(plan)).toEqual({});
    expect(plan.order).toEqual([0, 1, 2, 3]);
    expect([...plan.parentRow]).toEqual([
      [0, null],
      [1, 0],
      [2, 1],
      [3, null],
    ]);
  });

  it("requires a parent when roots are not allowed, whatever the kind, and places no such row", () => {
    const plan = planUnitTree([row(2, "R", "SUPERIOR_COMMITTEE", null), row(3, "S", null, null)], lookups());
    expect(problemsOf(plan)).toEqual({
      0: [{ field: "parentCode", code: "PARENT_REQUIRED", messageKey: "imports.problem.PARENT_REQUIRED" }],
      1: [{ field: "parentCode", code: "PARENT_REQUIRED", messageKey: "imports.problem.PARENT_REQUIRED" }],
    });
    expect(plan.order).toEqual([]);
    expect([...plan.parentRow]).toEqual([]);
  });

  it("names a unit under itself as a cycle, with the code trimmed", () => {
    const plan = planUnitTree([row(2, "D", "BRANCH", " D ")], lookups());
    expect(problemsOf(plan)).toEqual({
      0: [{ field: "parentCode", code: "CYCLE", messageKey: "imports.problem.CYCLE", params: { code: "D" } }],
    });
    expect(plan.order).toEqual([]);
  });

  it("names each row of a longer cycle once, with its own parent's code, and leaves rows before the cycle alone", () => {
    const rows = [
      row(2, "TOP", "SUPERIOR_COMMITTEE", "SUP"),
      row(3, "A", "SUPERIOR_COMMITTEE", " C "),
      row(4, "B", "SUPERIOR_COMMITTEE", "A"),
      row(5, "C", "SUPERIOR_COMMITTEE", "B"),
      row(6, "X", "GRASSROOTS_COMMITTEE", "B"),
      row(7, "Y", "BRANCH", " X "),
    ];
    const plan = planUnitTree(rows, lookups());
    const cycle = (code: string) => [{ field: "parentCode", code: "CYCLE", messageKey: "imports.problem.CYCLE", params: { code } }];
    expect(problemsOf(plan)).toEqual({
      1: cycle("C"),
      2: cycle("A"),
      3: cycle("B"),
      4: [{ field: "parentCode", code: "PARENT_NOT_PLACED", messageKey: "imports.problem.PARENT_NOT_PLACED", params: { code: "B", row: 4 } }],
      5: [{ field: "parentCode", code: "PARENT_NOT_PLACED", messageKey: "imports.problem.PARENT_NOT_PLACED", params: { code: "X", row: 6 } }],
    });
    expect(plan.order).toEqual([0]);
  });

  it("leaves a row under a cycle it hangs from out of the cycle itself", () => {
    // Z's chain reaches the cycle A ↔ B, but Z is not part of it.
    const rows = [row(2, "Z", "GRASSROOTS_COMMITTEE", "A"), row(3, "A", "SUPERIOR_COMMITTEE", "B"), row(4, "B", "SUPERIOR_COMMITTEE", "A")];
    const plan = planUnitTree(rows, lookups());
    expect([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)])).toEqual([
      [1, ["CYCLE"]],
      [2, ["CYCLE"]],
      [0, ["PARENT_NOT_PLACED"]],
    ]);
    expect(plan.problems.get(0)![0]!.params).toEqual({ code: "A", row: 3 });
  });

  it("does not add 'not placed' to a row under an unknown parent's child, beyond its own problem", () => {
    const rows = [row(2, "G", "GRASSROOTS_COMMITTEE", "NOPE"), row(3, "B", "BRANCH", "G"), row(4, "C", "BRANCH", "NOPE2")];
    const plan = planUnitTree(rows, lookups());
    expect([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)])).toEqual([
      [0, ["PARENT_UNKNOWN"]],
      [2, ["PARENT_UNKNOWN"]],
      [1, ["PARENT_NOT_PLACED"]],
    ]);
    expect(plan.problems.get(1)![0]!.params).toEqual({ code: "G", row: 2 });
    expect(plan.order).toEqual([]);
    expect([...plan.parentRow]).toEqual([[1, 0]]);
  });

  it("does not place a child listed before its parent when the parent cannot be placed", () => {
    const rows = [row(2, "B", "BRANCH", "G"), row(3, "G", "GRASSROOTS_COMMITTEE", "NOPE")];
    const plan = planUnitTree(rows, lookups());
    expect([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)])).toEqual([
      [1, ["PARENT_UNKNOWN"]],
      [0, ["PARENT_NOT_PLACED"]],
    ]);
    expect(plan.order).toEqual([]);
  });

  it("does not add 'not placed' to a row that already has a problem", () => {
    const rows = [row(2, "G", "GRASSROOTS_COMMITTEE", "NOPE"), row(3, "B", "SUPERIOR_COMMITTEE", "G")];
    const plan = planUnitTree(rows, lookups());
    expect([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)])).toEqual([
      [0, ["PARENT_UNKNOWN"]],
      [1, ["KIND_NOT_UNDER_PARENT"]],
    ]);
  });

  it("places a deep chain given children first, each once", () => {
    const rows = [
      row(2, "B", "BRANCH", "P"),
      row(3, "P", "PARTIAL_COMMITTEE", "G"),
      row(4, "G", "GRASSROOTS_COMMITTEE", "S2"),
      row(5, "S2", "SUPERIOR_COMMITTEE", "S1"),
      row(6, "S1", "SUPERIOR_COMMITTEE", null),
      row(7, "B2", "BRANCH", "P"),
    ];
    const plan = planUnitTree(rows, lookups({ allowRoot: true }));
    expect(problemsOf(plan)).toEqual({});
    expect(plan.order).toEqual([4, 3, 2, 1, 0, 5]);
  });
});
