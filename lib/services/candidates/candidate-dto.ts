import { toIsoDate } from "@/lib/time";
import type { CandidateDetailRow } from "@/lib/db/candidates";
import type { Deadline } from "@/lib/domain/rules/deadlines";

/**
 * The candidate as the API and pages see it: an explicit shape, so that a new column never
 * reaches a client by accident. Dates are ISO calendar dates.
 */
export function toCandidateDetail(row: CandidateDetailRow, deadlines: (Deadline & { ruleRef: string })[]) {
  const date = (d: Date | null) => (d ? toIsoDate(d) : null);
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unit.name,
    fullName: row.fullName,
    sex: row.sex,
    birthDate: toIsoDate(row.birthDate),
    ethnicity: row.ethnicity,
    religion: row.religion,
    educationLevel: row.educationLevel,
    generalEducation: row.generalEducation,
    occupationGroup: row.occupationGroup,
    occupation: row.occupation,
    youthUnionMember: row.youthUnionMember,
    tradeUnionMember: row.tradeUnionMember,
    returningConscript: row.returningConscript,
    readmission: row.readmission,
    nationalId: row.nationalId,
    phone: row.phone,
    residence: row.residence,
    hometown: row.hometown,
    note: row.note,
    stage: row.stage,
    stageSince: toIsoDate(row.stageSince),
    version: row.version,
    ruleSetCode: row.ruleSetCode,
    admittedOn: date(row.admittedOn),
    ceremonyOn: date(row.ceremonyOn),
    officialOn: date(row.officialOn),
    exitReason: row.exitReason,
    helpers: row.helpers.map((h) => ({ id: h.id, fullName: h.fullName, assignedOn: toIsoDate(h.assignedOn), endedOn: date(h.endedOn) })),
    introducers: row.introducers.map((i) => ({
      id: i.id,
      kind: i.kind,
      name: i.name,
      documentDate: toIsoDate(i.documentDate),
      documentNumber: i.documentNumber,
    })),
    dossierItems: row.dossierItems.map((d) => ({ code: d.code, status: d.status, number: d.number, date: date(d.date), note: d.note, version: d.version })),
    deadlines: deadlines.map((d) => ({
      kind: d.kind,
      dueDate: d.dueDate,
      overdue: d.overdue,
      daysLeft: d.daysLeft,
      ruleSetCode: d.ruleSetCode,
      rule: d.rule,
      regulation: d.regulation,
      ruleRef: d.ruleRef,
    })),
    history: row.events.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      actorName: e.actor?.fullName ?? null,
      kind: e.kind,
      fromStage: e.fromStage,
      toStage: e.toStage,
      changes: e.changes,
      reason: e.reason,
    })),
  };
}

export type TCandidateDetail = ReturnType<typeof toCandidateDetail>;
