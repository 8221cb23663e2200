import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countSelection, findPaperworkCandidates, type PaperworkCandidateRow } from "@/lib/db/paperwork";
import { loadPipelineFactsMany } from "@/lib/db/pipeline-facts";
import { dbFor } from "@/lib/db/scoped";
import { checklistFits, checklistRows, lastChecker, tickedCount, type ChecklistKind, type PaperRow } from "@/lib/domain/print/checklist-papers";
import type { PrintDocument, TickCell } from "@/lib/domain/print/document";
import { MAX_PRINT_BATCH, byName } from "@/lib/domain/print/lists";
import { papersOnRecord } from "@/lib/domain/print/papers-on-record";
import { composeSheets } from "@/lib/domain/print/sheets";
import { AppError, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translate";
import { formatVnDate, toIsoDate, todayVn } from "@/lib/time";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZChecklistQuery } from "@/lib/validation/paperwork";
import { printHeaders, type PrintHeader } from "./print-header";
import { resolveChecklistSelection, type BatchSource } from "./selection";

const iso = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);
/** No. · paper · form · number and date · tick · notes: 165 mm, the A4 body's width. */
const COLUMNS_MM = [12, 56, 20, 34, 15, 28];

export interface ChecklistBatch {
  kind: ChecklistKind;
  source: BatchSource;
  documents: PrintDocument[];
}

/** A batch larger than the browser can lay out is refused up front, saying how many and how many at most. */
export function batchTooLarge(count: number): AppError {
  return new AppError("VALIDATION_FAILED", "BATCH_TOO_LARGE", [], { count, max: MAX_PRINT_BATCH });
}

/**
 * The dossier checklists of a batch, one document per candidate in roll order. A foreign candidate,
 * class or unit is NOT_FOUND; a single candidate whose stage has no such file is VALIDATION_FAILED
 * (CHECKLIST_NOT_APPLICABLE); a batch only takes the candidates whose file it is.
 */
export async function checklistBatch({
  actor,
  input,
  locale,
  today = todayVn(),
}: {
  actor: Actor;
  input: unknown;
  locale: Locale;
  today?: string;
}): Promise<ChecklistBatch> {
  const query = parseOrThrow(ZChecklistQuery, input);
  const { selection, kind, source } = await resolveChecklistSelection(actor, query);
  const scoped =
    kind === "CONVERSION" && source.type !== "candidate" ? { ...selection, stages: selection.stages ?? (["PROBATION", "OFFICIAL"] as const) } : selection;
  const count = await countSelection(actor.scope, scoped);
  if (source.type === "candidate" && count === 0) throw notFound();
  if (count > MAX_PRINT_BATCH) throw batchTooLarge(count);
  const rows = (await findPaperworkCandidates(actor.scope, scoped, MAX_PRINT_BATCH)).filter((c) => checklistFits(kind, c.stage));
  if (source.type === "candidate" && rows.length === 0) throw new AppError("VALIDATION_FAILED", "CHECKLIST_NOT_APPLICABLE");
  const [facts, headers] = await Promise.all([
    loadPipelineFactsMany(
      dbFor(actor.scope),
      rows.map((r) => r.id),
    ),
    printHeaders(
      actor.scope,
      rows.map((r) => r.unit),
      today,
    ),
  ]);
  const t = translatorFor(locale);
  const documents = byName(rows).map((row) => {
    const loaded = facts.get(row.id)!;
    const papers = checklistRows(kind, loaded.facts, recordedItems(row), papersOnRecord(stepRecords(row)), today);
    return checklistDocument(t, kind, row, papers, headers.get(row.unitId)!);
  });
  return { kind, source, documents };
}

function recordedItems(row: PaperworkCandidateRow) {
  return row.dossierItems.map((d) => ({ code: d.code, status: d.status, number: d.number, date: iso(d.date), note: d.note }));
}

function stepRecords(row: PaperworkCandidateRow) {
  const certificate = (kind: "AWARENESS" | "NEW_MEMBER") => {
    const e = row.enrolments.find((x) => x.course.kind === kind);
    return e ? { number: e.certificateNumber, date: iso(e.certificateDate) } : null;
  };
  const verification = row.verifications[0];
  return {
    awarenessCertificate: certificate("AWARENESS"),
    newMemberCertificate: certificate("NEW_MEMBER"),
    verification: verification ? { documentNumber: verification.documentNumber, certifiedOn: iso(verification.certifiedOn) } : null,
    introductions: row.introducers.map((i) => ({ kind: i.kind, documentNumber: i.documentNumber, documentDate: toIsoDate(i.documentDate) })),
    resolutions: row.resolutions.map((r) => ({ kind: r.kind, number: r.number, date: toIsoDate(r.date), passed: r.passed })),
    decisions: row.decisions.map((d) => ({ kind: d.kind, number: d.number, date: toIsoDate(d.date) })),
  };
}

const TICKS: Record<PaperRow["state"], TickCell> = {
  CHECKED: "CHECKED",
  RECEIVED: "OPEN",
  ON_RECORD: "OPEN",
  MISSING: "OPEN",
  NOT_APPLICABLE: "NOT_APPLICABLE",
};

function numberAndDate(p: PaperRow): string {
  return [p.number, formatVnDate(p.date)].filter(Boolean).join("\n");
}

function checklistDocument(t: Translate, kind: ChecklistKind, row: PaperworkCandidateRow, papers: PaperRow[], header: PrintHeader): PrintDocument {
  const particulars = [
    { label: t("field.fullName"), value: row.fullName },
    { label: t("field.birthDate"), value: formatVnDate(iso(row.birthDate)) },
    { label: t("field.sex"), value: t(`sex.${row.sex}`) },
    { label: t("field.ethnicity"), value: row.ethnicity },
    { label: t("field.religion"), value: row.religion ?? t("field.none") },
    { label: t("field.hometown"), value: row.hometown ?? "" },
    { label: t("field.residence"), value: row.residence ?? "" },
    { label: t("print.education"), value: [row.generalEducation, t(`education.${row.educationLevel}`)].filter(Boolean).join("; ") },
    { label: t("field.occupation"), value: row.occupation ?? t(`occupation.${row.occupationGroup}`) },
    { label: t("print.unit"), value: row.unit.name },
    { label: t("print.stage"), value: t("print.stageSince", { stage: t(`stage.${row.stage}`), date: formatVnDate(iso(row.stageSince)) }) },
  ];
  const table = {
    widthsMm: COLUMNS_MM,
    header: [t("print.col.no"), t("print.col.paper"), t("print.col.form"), t("print.col.numberDate"), t("print.col.tick"), t("print.col.note")],
    rows: papers.map((p, i) => [
      String(i + 1),
      t(`dossier.item.${p.code}`),
      p.form,
      numberAndDate(p),
      TICKS[p.state],
      [p.state === "CHECKED" ? "" : t(`print.paperState.${p.state}`), p.note ?? ""].filter(Boolean).join(". "),
    ]),
    tickColumn: 4,
  };
  const { ticked, applicable } = tickedCount(papers);
  const closing = [t("print.tally", { ticked, applicable }), t("print.checkedOn")];
  const document: Omit<PrintDocument, "sheets"> = {
    key: row.id,
    header,
    title: t(`print.title.${kind}`),
    subtitle: t(`print.subtitle.${kind}`, { name: row.fullName }),
    particulars,
    table,
    closing,
    checkerTitle: t("print.checker"),
    checkerName: lastChecker(
      kind,
      row.events.map((e) => ({ changes: e.changes, actorName: e.actor?.fullName ?? null })),
    ),
    signHint: t("print.signHint"),
    footerName: row.fullName,
  };
  return {
    ...document,
    sheets: composeSheets({ intro: { ...header, title: document.title, subtitle: document.subtitle }, particulars, table, closingLines: closing.length }),
  };
}
