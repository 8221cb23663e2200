import { describe, expect, it } from "vitest";
import {
  CANDIDATE_COLUMNS,
  UNIT_COLUMNS,
  cellBool,
  cellDate,
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
  type ExistingParent,
  type UnitTreeRow,
} from "@/lib/domain/import-rows";
import { PIPELINE_STAGES, type StageCode } from "@/lib/domain/stages";
import { ZCandidateImportRow, ZUnitImportRow } from "@/lib/validation/import";

const FULL_PATH: StageCode[] = [...PIPELINE_STAGES];
const TODAY = "2026-06-15";

describe("headers", () => {
  it("compare without accents, case, hints in brackets or a required marker", () => {
    expect(headerKey("Ngày sinh (dd/mm/yyyy) *")).toBe("ngay sinh");
    expect(headerKey("  HỌ VÀ  TÊN ")).toBe("ho va ten");
    // A name typed on a "tổ hợp" keyboard (combining marks) is the same header.
    expect(headerKey("Ho\u0323 va\u0300 te\u0302n")).toBe("ho va ten");
  });

  it("find the template's columns in any order, by Vietnamese header, alias, English label or field name", () => {
    const header = ["Mã chi bộ", "Ngày sinh (dd/mm/yyyy)", "STT", "Họ tên", "sex", "Education level", "Nhóm nghề nghiệp *", null];
    const match = matchHeader(header, CANDIDATE_COLUMNS, { educationLevel: "Education level" });
    expect([...match.byIndex].map(([i, c]) => [i, c.field])).toEqual([
      [0, "unitCode"],
      [1, "birthDate"],
      [3, "fullName"],
      [4, "sex"],
      [5, "educationLevel"],
      [6, "occupationGroup"],
    ]);
    expect(match.missing).toEqual([]);
    expect(match.unknown).toEqual([]);
    expect(match.duplicate).toEqual([]);
  });

  it("name the required columns missing, the headers not in the template (a renamed column), and repeats", () => {
    const match = matchHeader(["Họ và tên", "Giới tính", "Ngày sinh", "Trình độ", "Nghề", "Mã chi bộ", "Giới tính"], CANDIDATE_COLUMNS);
    expect(match.missing.map((c) => c.field)).toEqual(["occupationGroup"]);
    expect(match.unknown).toEqual([{ index: 4, text: "Nghề" }]);
    expect(match.duplicate).toEqual([{ index: 6, text: "Giới tính" }]);
  });

  it("every unit column the brief lists is in the unit template, required ones marked", () => {
    expect(UNIT_COLUMNS.map((c) => c.header)).toEqual([
      "Mã đơn vị",
      "Tên",
      "Loại",
      "Mã đơn vị cấp trên",
      "Địa danh",
      "Số đảng viên chính thức",
      "Tổng số đảng viên",
      "Số ủy viên cấp ủy",
      "Có Đoàn TN",
    ]);
    expect(UNIT_COLUMNS.filter((c) => c.required).map((c) => c.field)).toEqual(["code", "name", "kind", "parentCode"]);
  });
});

describe("cells", () => {
  it("read as text: blank is null, numbers without exponent, dates dd/mm/yyyy, formulas as their own text", () => {
    expect(cellText("  ")).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText(" An ")).toBe(" An ");
    expect(cellText(38201001234)).toBe("38201001234");
    expect(cellText(1e21)).toBe("1000000000000000000000");
    expect(cellText(7.5)).toBe("7.5");
    expect(cellText(Number.NaN)).toBeNull();
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ date: "2001-03-15" })).toBe("15/03/2001");
    expect(cellText({ formula: '=A2&"x"' })).toBe('=A2&"x"');
    expect(cellText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });

  it("read dates: a date cell as ISO, typed text as typed (the schema reads dd/mm/yyyy)", () => {
    expect(cellDate({ date: "2001-03-15" })).toBe("2001-03-15");
    expect(cellDate("15/03/2001")).toBe("15/03/2001");
    expect(cellDate({ formula: "=TODAY()" })).toBe("=TODAY()");
  });

  it("read yes/no: ticks, x, có/không, 1/0; blank is no; anything else left for the schema", () => {
    for (const yes of [true, "x", "X", "Có", "co", "yes", "1", 1, "Đúng"]) expect(cellBool(yes)).toBe(true);
    for (const no of [false, null, "", "Không", "khong", "no", "0", 0, "-"]) expect(cellBool(no)).toBe(false);
    expect(cellBool("có lẽ")).toBe("có lẽ");
  });

  it("give a national ID or phone stored as a number back its leading zeros", () => {
    expect(cellNationalId(38201001234)).toBe("038201001234");
    expect(cellNationalId(1201001234)).toBe("001201001234");
    expect(cellNationalId("038201001234")).toBe("038201001234");
    expect(cellNationalId(1.5)).toBe("1.5");
    expect(cellPhone(912345678)).toBe("0912345678");
    expect(cellPhone("0912 345 678")).toBe("0912 345 678");
    expect(cellPhone(123)).toBe("123");
  });

  it("turn labels into codes in either language, codes as they are, anything else as typed", () => {
    const labels = { MALE: ["Nam", "Male"], FEMALE: ["Nữ", "Female"] };
    expect(codeFromLabel("nữ", labels)).toBe("FEMALE");
    expect(codeFromLabel(" NAM ", labels)).toBe("MALE");
    expect(codeFromLabel("female", labels)).toBe("FEMALE");
    expect(codeFromLabel("MALE", labels)).toBe("MALE");
    expect(codeFromLabel("Khác", labels)).toBe("Khác");
    expect(codeFromLabel(null, labels)).toBeNull();
    expect(codeFromLabel("non state employee", { NON_STATE_EMPLOYEE: [] })).toBe("NON_STATE_EMPLOYEE");
  });

  it("know a blank row", () => {
    expect(isBlankRow([null, "  ", ""])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe("a row as the form would send it", () => {
  const header = [
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Trình độ chuyên môn",
    "Nhóm nghề nghiệp",
    "Số CCCD",
    "Mã chi bộ",
    "Đoàn viên TN",
    "Giai đoạn",
    "Ngày vào giai đoạn",
    "Ghi chú",
  ];
  const { byIndex } = matchHeader(header, CANDIDATE_COLUMNS);
  const enums = {
    sex: { MALE: ["Nam"], FEMALE: ["Nữ"] },
    educationLevel: { UNIVERSITY: ["Đại học"] },
    occupationGroup: { WORKER: ["Công nhân"] },
    stage: { SOURCE: ["Nguồn"], TRAINING: ["Học lớp nhận thức"] },
  };

  it("passes the candidate schema when the cells are right, formulas and HTML kept as text", () => {
    const input = rowInput(
      ["Trần Thị Bình", "Nữ", { date: "2000-05-01" }, "Đại học", "Công nhân", 38200001234, "B1", "x", "Học lớp nhận thức", "01/02/2026", "=1+1 <b>đậm</b>"],
      byIndex,
      enums,
    );
    const parsed = ZCandidateImportRow.parse(input);
    expect(parsed).toMatchObject({
      fullName: "Trần Thị Bình",
      sex: "FEMALE",
      birthDate: "2000-05-01",
      educationLevel: "UNIVERSITY",
      occupationGroup: "WORKER",
      nationalId: "038200001234",
      unitCode: "B1",
      youthUnionMember: true,
      tradeUnionMember: false,
      ethnicity: "Kinh",
      stage: "TRAINING",
      stageSince: "2026-02-01",
      note: "=1+1 <b>đậm</b>",
    });
  });

  it("is refused by the same rules as the form: a bad date, a formula for a name, an unknown label", () => {
    const input = rowInput(["=A1", "Khác", "31/02/2000", "Đại học", "Công nhân", "12345", "B1", null, null, null, null], byIndex, enums);
    const result = ZCandidateImportRow.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["fullName", "sex", "birthDate", "nationalId"]));
    // A blank stage is SOURCE.
    expect(ZCandidateImportRow.safeParse({ ...input, fullName: "An", sex: "MALE", birthDate: "2000-01-01", nationalId: null }).data?.stage).toBe("SOURCE");
  });

  it("unit rows: counts default to 0, a blank total to the official members, a total below them refused", () => {
    const base = { code: "CB-1", name: "Chi bộ 1", kind: "BRANCH", parentCode: "G1" };
    expect(ZUnitImportRow.parse({ ...base, officialMembers: 7, totalMembers: null })).toMatchObject({
      officialMembers: 7,
      totalMembers: 7,
      committeeMembers: 0,
      hasYouthUnion: false,
    });
    expect(ZUnitImportRow.safeParse({ ...base, officialMembers: 7, totalMembers: 5 }).error?.issues[0]?.path).toEqual(["totalMembers"]);
    expect(ZUnitImportRow.safeParse({ ...base, code: "CB 1" }).success).toBe(false);
  });
});

describe("duplicates in a file", () => {
  it("map each repeat to the first row holding the value; blanks are not compared", () => {
    expect([...duplicatesInFile(["1", null, "2", " 1", "", "2", "1"])]).toEqual([
      [3, 0],
      [5, 2],
      [6, 0],
    ]);
  });
});

describe("the stage a row lands in", () => {
  const facts = (stage: StageCode, stageSince: string | null, birthDate = "2000-05-01", path = FULL_PATH) => ({
    stage,
    stageSince,
    birthDate,
    today: TODAY,
    path,
  });
  const codes = (f: ReturnType<typeof facts>) => stageProblems(f).map((p) => `${p.field}:${p.code}`);

  it("SOURCE may leave its date blank (the import date); every later stage needs one", () => {
    expect(codes(facts("SOURCE", null))).toEqual([]);
    expect(codes(facts("SYMPATHIZER", null))).toEqual(["stageSince:STAGE_DATE_REQUIRED"]);
    expect(codes(facts("PROBATION", "2026-01-10"))).toEqual([]);
  });

  it("refuses a date in the future (today itself is fine)", () => {
    expect(codes(facts("TRAINING", "2026-06-16"))).toEqual(["stageSince:STAGE_DATE_IN_FUTURE"]);
    expect(codes(facts("TRAINING", TODAY))).toEqual([]);
    expect(codes(facts("SOURCE", "2026-06-16"))).toEqual(["stageSince:STAGE_DATE_IN_FUTURE"]);
  });

  it("refuses a date before the 16th birthday, counting the birthday itself as old enough", () => {
    expect(codes(facts("SOURCE", "2016-04-30"))).toEqual(["stageSince:STAGE_DATE_BEFORE_AGE_16"]);
    expect(codes(facts("SOURCE", "2016-05-01"))).toEqual([]);
    expect(stageProblems(facts("SOURCE", "2016-04-30"))[0]).toMatchObject({ messageKey: "imports.problem.STAGE_DATE_BEFORE_AGE_16", params: { years: 16 } });
  });

  it("after the branch vote (committee review onwards) the date cannot be before the 18th birthday; up to the vote it can", () => {
    expect(codes(facts("COMMITTEE_REVIEW", "2018-04-30"))).toEqual(["stageSince:STAGE_DATE_BEFORE_AGE_18"]);
    expect(codes(facts("COMMITTEE_REVIEW", "2018-05-01"))).toEqual([]);
    expect(codes(facts("OFFICIAL", "2017-01-01"))).toEqual(["stageSince:STAGE_DATE_BEFORE_AGE_18"]);
    expect(codes(facts("BRANCH_VOTE", "2017-01-01"))).toEqual([]);
  });

  it("does not import the terminal exits, nor a stage the branch does not go through", () => {
    expect(codes(facts("DROPPED", "2026-01-01"))).toEqual(["stage:STAGE_NOT_IMPORTABLE"]);
    expect(codes(facts("STRUCK_OFF", null))).toEqual(["stage:STAGE_NOT_IMPORTABLE"]);
    const grassrootsBranch = FULL_PATH.filter((s) => s !== "COMMITTEE_REVIEW" && s !== "AWARENESS_TEST");
    expect(codes(facts("COMMITTEE_REVIEW", "2026-01-01", "2000-05-01", grassrootsBranch))).toEqual(["stage:STAGE_NOT_ON_PATH"]);
    expect(codes(facts("AWARENESS_TEST", "2026-01-01", "2000-05-01", grassrootsBranch))).toEqual(["stage:STAGE_NOT_ON_PATH"]);
    expect(codes(facts("AWARENESS_TEST", "2026-01-01"))).toEqual([]);
  });
});

describe("the unit tree of a file", () => {
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
  const problemsOf = (plan: ReturnType<typeof planUnitTree>) => Object.fromEntries([...plan.problems].map(([i, ps]) => [i, ps.map((p) => p.code)]));

  it("places parents before children, parents in the file in any order or existing units", () => {
    const rows = [
      row(2, "B1", "BRANCH", "P1"),
      row(3, "P1", "PARTIAL_COMMITTEE", "G1"),
      row(4, "G1", "GRASSROOTS_COMMITTEE", "SUP"),
      row(5, "GB", "GRASSROOTS_BRANCH", "SUP"),
    ];
    const plan = planUnitTree(rows, lookups());
    expect(problemsOf(plan)).toEqual({});
    expect(plan.order).toEqual([2, 1, 0, 3]);
    expect([...plan.parentRow]).toEqual([
      [0, 1],
      [1, 2],
      [2, null],
      [3, null],
    ]);
  });

  it("refuses a cycle (and a unit under itself), and a row under a row that cannot be placed", () => {
    const rows = [row(2, "A", "GRASSROOTS_COMMITTEE", "B"), row(3, "B", "GRASSROOTS_COMMITTEE", "A"), row(4, "C", "BRANCH", "A"), row(5, "D", "BRANCH", "D")];
    const plan = planUnitTree(rows, lookups());
    expect(plan.order).toEqual([]);
    const problems = problemsOf(plan);
    expect(problems[0]).toContain("CYCLE");
    expect(problems[1]).toContain("CYCLE");
    expect(problems[2]).toEqual(["PARENT_NOT_PLACED"]);
    expect(problems[3]).toEqual(["CYCLE"]);
  });

  it("refuses an unknown parent, one outside the scope, a missing one (roots are for administrators), and a kind that does not fit", () => {
    const rows = [
      row(2, "X1", "BRANCH", "NOPE"),
      row(3, "X2", "BRANCH", "FOREIGN"),
      row(4, "X3", "BRANCH", null),
      row(5, "X4", "BRANCH", "SUP"),
      row(6, "X5", "PARTIAL_COMMITTEE", "X6"),
      row(7, "X6", "BRANCH", "SUP"),
    ];
    const plan = planUnitTree(rows, lookups({ outside: new Set(["FOREIGN"]) }));
    expect(problemsOf(plan)).toEqual({
      0: ["PARENT_UNKNOWN"],
      1: ["UNIT_OUT_OF_SCOPE"],
      2: ["PARENT_REQUIRED"],
      3: ["KIND_NOT_UNDER_PARENT"],
      4: ["KIND_NOT_UNDER_PARENT"],
      5: ["KIND_NOT_UNDER_PARENT"],
    });
    const roots = planUnitTree([row(2, "NEW", "SUPERIOR_COMMITTEE", null), row(3, "BAD", "BRANCH", null)], lookups({ allowRoot: true }));
    expect(problemsOf(roots)).toEqual({ 1: ["KIND_NOT_UNDER_PARENT"] });
    // An existing unit the caller may read but not write under is outside too.
    const readOnly = planUnitTree([row(2, "Y", "BRANCH", "G9")], lookups({ existing: new Map([["G9", { kind: "GRASSROOTS_COMMITTEE", writable: false }]]) }));
    expect(problemsOf(readOnly)).toEqual({ 0: ["UNIT_OUT_OF_SCOPE"] });
  });

  it("refuses a code repeated in the file (naming the first row) or already taken", () => {
    const rows = [row(2, "G1", "GRASSROOTS_COMMITTEE", "SUP"), row(3, "G1", "GRASSROOTS_COMMITTEE", "SUP"), row(4, "OLD", "GRASSROOTS_COMMITTEE", "SUP")];
    const plan = planUnitTree(rows, lookups({ taken: new Set(["OLD"]) }));
    expect(problemsOf(plan)).toEqual({ 1: ["DUPLICATE_IN_FILE"], 2: ["EXISTS"] });
    expect(plan.problems.get(1)![0]!.params).toEqual({ row: 2 });
  });
});
