import "server-only";
import { EDUCATION_LEVELS, OCCUPATION_GROUPS, SEXES, UNIT_KINDS } from "@/lib/domain/codes";
import type { EnumLabels, LabelTable } from "@/lib/domain/import-rows";
import { STAGES } from "@/lib/domain/stages";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The labels a spreadsheet may use instead of codes: the app's own labels in every language
 * (lib/i18n/messages "stage", "education", "occupation", "sex", "imports.unitKind"), plus the
 * abbreviations people write on the forms.
 */
type Messages = Record<string, unknown>;

const ALIASES: Record<string, Record<string, readonly string[]>> = {
  sex: { MALE: ["Nam giới", "M"], FEMALE: ["Nữ giới", "F"] },
  educationLevel: {
    LOWER_SECONDARY: ["THCS", "Cấp 2"],
    UPPER_SECONDARY: ["THPT", "Cấp 3", "Phổ thông"],
    VOCATIONAL: ["Trung cấp chuyên nghiệp", "TCCN"],
    UNIVERSITY: ["ĐH", "Cử nhân", "Kỹ sư"],
    MASTER: ["ThS"],
    DOCTORATE: ["TS"],
  },
  occupationGroup: { STUDENT: ["Học sinh", "Sinh viên"], CIVIL_SERVANT: ["Cán bộ", "Công chức", "Viên chức", "CBCCVC"] },
  kind: {
    BRANCH: ["Chi bộ"],
    GRASSROOTS_COMMITTEE: ["Đảng ủy cơ sở"],
    PARTIAL_COMMITTEE: ["Đảng ủy bộ phận"],
    SUPERIOR_COMMITTEE: ["Đảng ủy cấp trên", "Đảng ủy cấp trên cơ sở", "Đảng ủy khối"],
  },
};

function table(codes: readonly string[], path: string[], field: string): LabelTable {
  const out: Record<string, string[]> = {};
  for (const code of codes) {
    const labels: string[] = [];
    for (const locale of LOCALES) {
      let node: unknown = loadMessages(locale) as Messages;
      for (const key of [...path, code]) node = (node as Messages | undefined)?.[key];
      if (typeof node === "string") labels.push(node);
    }
    out[code] = [...labels, ...(ALIASES[field]?.[code] ?? [])];
  }
  return out;
}

let candidateLabels: EnumLabels | null = null;
let unitLabels: EnumLabels | null = null;

export function candidateEnumLabels(): EnumLabels {
  candidateLabels ??= {
    sex: table(SEXES, ["sex"], "sex"),
    educationLevel: table(EDUCATION_LEVELS, ["education"], "educationLevel"),
    occupationGroup: table(OCCUPATION_GROUPS, ["occupation"], "occupationGroup"),
    stage: table(STAGES, ["stage"], "stage"),
  };
  return candidateLabels;
}

export function unitEnumLabels(): EnumLabels {
  unitLabels ??= { kind: table(UNIT_KINDS, ["imports", "unitKind"], "kind") };
  return unitLabels;
}

/** The English column names ("imports.column.<field>" in en.json), also accepted as headers. */
export function englishHeaders(): Record<string, string> {
  const column = ((loadMessages("en") as Messages).imports as Messages | undefined)?.column as Record<string, string> | undefined;
  return column ?? {};
}

/** A label to write into a template (Vietnamese). */
export function viLabel(path: string[]): string {
  let node: unknown = loadMessages("vi") as Messages;
  for (const key of path) node = (node as Messages | undefined)?.[key];
  return typeof node === "string" ? node : path.at(-1)!;
}
