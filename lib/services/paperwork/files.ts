import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countSelection, findAdmittedInRange, findPaperworkCandidates } from "@/lib/db/paperwork";
import type { ListKind } from "@/lib/domain/print/lists";
import { foldVi } from "@/lib/domain/text";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translate";
import { formatVnDate, fromIsoDate, toIsoDate } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZAdmittedMembersQuery, ZCandidateExportQuery } from "@/lib/validation/paperwork";
import { addSheet, csvFile, exportBasename, fileSlug, newWorkbook, xlsxFile, type ExportFile, type SheetData } from "../dashboard/sheet-file";
import { listData } from "./lists";
import { unitOrNotFound } from "./selection";

/** Files are for the party offices and the national database: Vietnamese headers whatever the reader's language. */
const t = translatorFor("vi");
const iso = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);
const date = (d: Date | null | undefined) => formatVnDate(iso(d));

/** More rows than any unit's list holds: a request beyond it is a mistake, refused rather than streamed. */
export const MAX_EXPORT_ROWS = 20_000;

/** One of the organizers' lists as an Excel file, with the same rows as the printed list. */
export async function listFile({ actor, kind, input, today }: { actor: Actor; kind: ListKind; input: unknown; today?: string }): Promise<ExportFile> {
  const list = await listData({ actor, kind, input, locale: "vi", today });
  const book = newWorkbook();
  const sheet: SheetData = {
    name: list.title.slice(0, 31),
    title: [list.title, list.subtitle].filter(Boolean).join(" – "),
    header: list.columns.map((c) => c.label),
    // A printed cell's line break (number above date) reads as ", " in a spreadsheet cell.
    rows: list.rows.map((cells) => ({ cells: cells.map((c, i) => (i === 0 ? Number(c) : c.replace(/\n/g, ", "))) })),
  };
  const ws = addSheet(book, sheet);
  ws.columns.forEach((c, i) => (c.width = Math.max(6, Math.round((list.columns[i]?.widthMm ?? 20) * 0.6))));
  return xlsxFile(book, exportBasename(`danh-sach-${kind}`, "", list.scopeLabel));
}

/** The particulars both files carry, in the party-member record sheet's order, and their cells. */
const PARTICULAR_COLUMNS = [
  "ethnicity",
  "religion",
  "nationalId",
  "hometown",
  "residence",
  "generalEducation",
  "educationLevel",
  "occupation",
  "unit",
] as const;

type Particulars = Pick<
  Awaited<ReturnType<typeof findPaperworkCandidates>>[number],
  "ethnicity" | "religion" | "nationalId" | "hometown" | "residence" | "generalEducation" | "educationLevel" | "occupation" | "occupationGroup"
> & { unit: { name: string } };

function particularCells(c: Particulars): (string | null)[] {
  return [
    c.ethnicity,
    c.religion,
    c.nationalId,
    c.hometown,
    c.residence,
    c.generalEducation,
    t(`education.${c.educationLevel}`),
    c.occupation ?? t(`occupation.${c.occupationGroup}`),
    c.unit.name,
  ];
}

const EXPORT_COLUMNS = ["no", "fullName", "birthDate", "sex", ...PARTICULAR_COLUMNS, "stage", "stageSince", "admittedOn", "ceremonyOn", "officialOn"] as const;

/** The candidate list as filtered on screen (unit subtree, stage, name), every row of it, as xlsx or CSV. */
export async function exportCandidates({ actor, input }: { actor: Actor; input: unknown }): Promise<ExportFile> {
  const query = parseOrThrow(ZCandidateExportQuery, input);
  const unit = await unitOrNotFound(actor, query.unitId);
  const search = query.q ? foldVi(query.q).replace(/[%_\\]/g, "") : undefined;
  const selection = { under: unit ? { path: unit.path } : undefined, stages: query.stage ? [query.stage] : undefined, search: search || undefined };
  const count = await countSelection(actor.scope, selection);
  if (count > MAX_EXPORT_ROWS) throw new AppError("VALIDATION_FAILED", "BATCH_TOO_LARGE", [], { count, max: MAX_EXPORT_ROWS });
  const rows = await findPaperworkCandidates(actor.scope, selection, MAX_EXPORT_ROWS);
  const sheet: SheetData = {
    name: t("export.candidatesSheet"),
    title: t("export.candidatesSheet"),
    header: EXPORT_COLUMNS.map((c) => t(`export.col.${c}`)),
    rows: rows.map((c, i) => ({
      cells: [
        i + 1,
        c.fullName,
        date(c.birthDate),
        t(`sex.${c.sex}`),
        ...particularCells(c),
        t(`stage.${c.stage}`),
        date(c.stageSince),
        date(c.admittedOn),
        date(c.ceremonyOn),
        date(c.officialOn),
      ],
    })),
    firstWidth: 6,
    otherWidth: 20,
  };
  const basename = ["danh-sach-quan-chung", query.stage ? fileSlug(t(`stage.${query.stage}`)) : "", unit ? fileSlug(unit.name) : ""].filter(Boolean).join("-");
  if (query.format === "csv") return csvFile(sheet, basename);
  const book = newWorkbook();
  addSheet(book, sheet);
  return xlsxFile(book, basename);
}

const ADMITTED_COLUMNS = [
  "no",
  "fullName",
  "sex",
  "birthDate",
  ...PARTICULAR_COLUMNS,
  "admissionNumber",
  "admissionDate",
  "ceremonyOn",
  "officialOn",
  "conversionNumber",
] as const;

/**
 * The hand-off to the national party-member database: everyone admitted by a decision (9-KNĐ)
 * dated in the period, one row each, with what the party-member record sheet asks for.
 */
export async function admittedMembersFile({ actor, input }: { actor: Actor; input: unknown }): Promise<ExportFile> {
  const { period, unitId } = parseOrThrow(ZAdmittedMembersQuery, input);
  const unit = await unitOrNotFound(actor, unitId);
  const rows = await findAdmittedInRange(actor.scope, { from: fromIsoDate(period.from), to: fromIsoDate(period.to) }, unit ? { path: unit.path } : undefined);
  const sheet: SheetData = {
    name: t("export.admittedSheet"),
    title: t("export.admittedTitle", { period: period.label }),
    header: ADMITTED_COLUMNS.map((c) => t(`export.col.${c}`)),
    rows: rows.map((c, i) => {
      const admission = c.decisions.find((d) => d.kind === "ADMISSION");
      const conversion = c.decisions.find((d) => d.kind === "CONVERSION");
      return {
        cells: [
          i + 1,
          c.fullName,
          t(`sex.${c.sex}`),
          date(c.birthDate),
          ...particularCells(c),
          admission?.number ?? null,
          date(admission?.date),
          date(c.ceremony?.date ?? c.ceremonyOn),
          date(c.officialOn),
          conversion?.number ?? null,
        ],
      };
    }),
    firstWidth: 6,
    otherWidth: 20,
  };
  const book = newWorkbook();
  addSheet(book, sheet);
  return xlsxFile(book, exportBasename("dang-vien-ket-nap", period.label, unit?.name ?? null));
}
