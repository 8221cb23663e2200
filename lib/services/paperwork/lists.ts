import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findCourseForPrint, findPaperworkCandidates, countSelection, type PaperworkCandidateRow, type PrintSelection } from "@/lib/db/paperwork";
import { loadHolidays } from "@/lib/db/holidays";
import { findUnitInScope } from "@/lib/db/units";
import { ceremonyDue } from "@/lib/domain/pipeline/shared-rules";
import type { PrintDocument } from "@/lib/domain/print/document";
import { MAX_PRINT_BATCH, byName, conversionDueOn, inRange, monthRange, voteResult, type ListKind } from "@/lib/domain/print/lists";
import { composeSheets } from "@/lib/domain/print/sheets";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import { AppError, notFound, validationFailed } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translate";
import { formatVnDate, toIsoDate, todayVn } from "@/lib/time";
import { msg } from "@/lib/validation/messages";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZListQuery } from "@/lib/validation/paperwork";
import { printHeader } from "./print-header";
import { unitOrNotFound } from "./selection";

const iso = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/** A list's columns: the message key of the header and the width on A4 (the widths add up to 165 mm). */
const COLUMNS: Record<ListKind, readonly [string, number][]> = {
  roster: [
    ["no", 12],
    ["fullName", 44],
    ["birthDate", 25],
    ["unit", 38],
    ["attendance", 16],
    ["result", 16],
    ["signature", 14],
  ],
  proposals: [
    ["no", 12],
    ["fullName", 40],
    ["birthDate", 25],
    ["unit", 36],
    ["certificate", 26],
    ["branchVote", 26],
  ],
  ceremony: [
    ["no", 12],
    ["fullName", 40],
    ["birthDate", 25],
    ["unit", 36],
    ["decision", 28],
    ["ceremonyDue", 24],
  ],
  "conversion-due": [
    ["no", 12],
    ["fullName", 40],
    ["birthDate", 25],
    ["unit", 36],
    ["ceremonyDate", 26],
    ["probationEnds", 26],
  ],
};

/** A list as data, before it becomes a printed paper or a worksheet. */
export interface ListData {
  kind: ListKind;
  title: string;
  subtitle: string | null;
  columns: { label: string; widthMm: number }[];
  rows: string[][];
  header: PrintDocument["header"];
  /** For the file name: what the list covers. */
  scopeLabel: string;
}

type Built = { rows: string[][]; subtitle: string | null; issuer: { id: string; path: string }; scopeLabel: string };

/**
 * One of the organizers' lists (lib/domain/print/lists.ts LIST_KINDS) for the caller's scope: a
 * foreign class or unit is NOT_FOUND; the roster needs a class; the conversions due take a month
 * (the current one by default).
 */
export async function listData({
  actor,
  kind,
  input,
  locale,
  today = todayVn(),
}: {
  actor: Actor;
  kind: ListKind;
  input: unknown;
  locale: Locale;
  today?: string;
}): Promise<ListData> {
  const query = parseOrThrow(ZListQuery, input);
  const t = translatorFor(locale);
  const built = await BUILDERS[kind](actor, query, t, today);
  return {
    kind,
    title: t(`print.list.${kind}.title`),
    subtitle: built.subtitle,
    columns: COLUMNS[kind].map(([key, widthMm]) => ({ label: t(`print.col.${key}`), widthMm })),
    rows: built.rows,
    header: await printHeader(actor.scope, built.issuer, today),
    scopeLabel: built.scopeLabel,
  };
}

/** The list laid out as a printed paper. */
export function listDocument(list: ListData, locale: Locale): PrintDocument {
  const t = translatorFor(locale);
  const table = { widthsMm: list.columns.map((c) => c.widthMm), header: list.columns.map((c) => c.label), rows: list.rows };
  const closing = [t("print.listTotal", { count: list.rows.length })];
  const doc = {
    key: list.kind,
    header: list.header,
    title: list.title,
    subtitle: list.subtitle,
    particulars: [],
    table,
    closing,
    checkerTitle: null,
    signHint: t("print.signHint"),
    footerName: null,
  };
  return {
    ...doc,
    sheets: composeSheets({ intro: { ...list.header, title: list.title, subtitle: list.subtitle }, particulars: [], table, closingLines: closing.length }),
  };
}

type Query = ReturnType<typeof ZListQuery.parse>;
type Builder = (actor: Actor, query: Query, t: Translate, today: string) => Promise<Built>;

/** The issuing unit of a list: the unit asked for, otherwise the caller's own. */
async function issuingUnit(actor: Actor, unitId: string | undefined) {
  const unit = (await unitOrNotFound(actor, unitId)) ?? (await findUnitInScope(actor.scope, actor.unitId));
  if (!unit) throw notFound();
  return unit;
}

async function candidatesOf(actor: Actor, selection: PrintSelection): Promise<PaperworkCandidateRow[]> {
  const count = await countSelection(actor.scope, selection);
  if (count > MAX_PRINT_BATCH * 10) throw new AppError("VALIDATION_FAILED", "BATCH_TOO_LARGE", [], { count, max: MAX_PRINT_BATCH * 10 });
  return byName(await findPaperworkCandidates(actor.scope, selection, MAX_PRINT_BATCH * 10));
}

const base = (c: PaperworkCandidateRow, i: number) => [String(i + 1), c.fullName, formatVnDate(iso(c.birthDate)), c.unit.name];
// Number above date, as in the checklist's "Số, ngày" column: a date never breaks across lines.
const numbered = (d: { number: string | null; date: Date } | undefined) => (d ? [d.number, formatVnDate(iso(d.date))].filter(Boolean).join("\n") : "");

const BUILDERS: Record<ListKind, Builder> = {
  async roster(actor, query, t) {
    if (!query.classId) throw validationFailed([{ path: "classId", message: msg("required") }]);
    const course = await findCourseForPrint(actor.scope, query.classId);
    if (!course) throw notFound();
    const rows = await candidatesOf(actor, { courseId: course.id });
    return {
      rows: rows.map((c, i) => [...base(c, i), "", "", ""]),
      subtitle: t("print.list.roster.subtitle", { name: course.name, from: formatVnDate(iso(course.startDate)), to: formatVnDate(iso(course.endDate)) }),
      issuer: course.unit,
      scopeLabel: course.name,
    };
  },
  async proposals(actor, query, t, today) {
    const unit = await issuingUnit(actor, query.unitId);
    const rows = await candidatesOf(actor, { under: { path: unit.path }, stages: ["COMMITTEE_REVIEW", "SUPERIOR_DECISION"] });
    return {
      rows: rows.map((c, i) => {
        const certificate = c.enrolments.find((e) => e.course.kind === "AWARENESS");
        const vote = c.resolutions.filter((r) => r.kind === "BRANCH_ADMISSION" && r.passed).at(-1);
        return [
          ...base(c, i),
          certificate ? numbered({ number: certificate.certificateNumber, date: certificate.certificateDate! }) : "",
          voteResult(vote ?? null),
        ];
      }),
      subtitle: t("print.asOf", { date: formatVnDate(today) }),
      issuer: unit,
      scopeLabel: unit.name,
    };
  },
  async ceremony(actor, query, t, today) {
    const unit = await issuingUnit(actor, query.unitId);
    const [rows, holidays] = await Promise.all([candidatesOf(actor, { under: { path: unit.path }, stages: ["CEREMONY"] }), loadHolidays()]);
    return {
      rows: rows.map((c, i) => {
        const decision = c.decisions.filter((d) => d.kind === "ADMISSION").at(-1);
        const due = decision
          ? ceremonyDue(
              { admissionDecision: { date: toIsoDate(decision.date), receivedOn: iso(decision.receivedOn), extensionDays: 0 } },
              ruleSetByCode(c.ruleSetCode),
              holidays,
            )
          : null;
        return [...base(c, i), numbered(decision), formatVnDate(due)];
      }),
      subtitle: t("print.asOf", { date: formatVnDate(today) }),
      issuer: unit,
      scopeLabel: unit.name,
    };
  },
  async "conversion-due"(actor, query, t, today) {
    const unit = await issuingUnit(actor, query.unitId);
    const month = query.month ?? today.slice(0, 7);
    const range = monthRange(month);
    const due = (c: PaperworkCandidateRow) => (c.ceremonyOn ? conversionDueOn(toIsoDate(c.ceremonyOn), c.ruleSetCode) : null);
    const rows = (await candidatesOf(actor, { under: { path: unit.path }, stages: ["PROBATION"] })).filter((c) => {
      const end = due(c);
      return end !== null && inRange(end, range);
    });
    return {
      rows: rows.map((c, i) => [...base(c, i), formatVnDate(iso(c.ceremonyOn)), formatVnDate(due(c))]),
      subtitle: t("print.list.conversion-due.subtitle", { month: `${month.slice(5, 7)}/${month.slice(0, 4)}` }),
      issuer: unit,
      scopeLabel: `${unit.name}-${month}`,
    };
  },
};
