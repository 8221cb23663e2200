import "server-only";
import type { ChainUnits } from "@/lib/db/pipeline-facts";
import type { ScopedTx } from "@/lib/db/scoped";
import type { Body, StepRecord } from "@/lib/domain/pipeline/step-module";
import { fromIsoDate } from "@/lib/time";

type CandidateDates = { admittedOn?: Date; ceremonyOn?: Date; officialOn?: Date };

const bodyUnit = (body: Body, chain: ChainUnits): string =>
  body === "branch"
    ? chain.branchId
    : body === "partial"
      ? (chain.partialCommitteeId ?? chain.branchId)
      : body === "grassroots"
        ? (chain.grassrootsId ?? chain.branchId)
        : chain.deciderId;

const day = (iso: string | null | undefined) => (iso ? fromIsoDate(iso) : null);

/**
 * Marks a paper a step produces as received, so nobody enters it twice. A paper the secretary
 * already checked stays checked, and the number and date typed on the checklist are kept where the
 * step has none.
 */
async function fillPaper(tx: ScopedTx, candidateId: string, r: Extract<StepRecord, { kind: "paper" }>) {
  const where = { candidateId_code: { candidateId, code: r.code } };
  const before = await tx.dossierItem.findUnique({ where, select: { status: true, number: true, date: true } });
  const data = {
    status: before?.status === "CHECKED" ? ("CHECKED" as const) : ("RECEIVED" as const),
    number: r.number ?? before?.number ?? null,
    date: day(r.date) ?? before?.date ?? null,
  };
  await tx.dossierItem.upsert({ where, create: { candidateId, code: r.code, ...data }, update: { ...data, version: { increment: 1 } } });
}

/**
 * Writes what a step puts on record, as its stage's module declares it (lib/domain/pipeline), in
 * the move's transaction, and returns the candidate's party dates that change with it. This file
 * knows tables, never the statute: a new step adds records to its module, not a case here.
 */
export async function writeStepRecords(tx: ScopedTx, candidateId: string, chain: ChainUnits, records: readonly StepRecord[]): Promise<CandidateDates> {
  const dates: CandidateDates = {};
  for (const r of records) {
    switch (r.kind) {
      case "helper":
        await tx.helper.create({ data: { candidateId, fullName: r.fullName, assignedOn: fromIsoDate(r.assignedOn) } });
        break;
      case "enrolment":
        await tx.enrolment.upsert({
          where: { courseId_candidateId: { courseId: r.courseId, candidateId } },
          create: { courseId: r.courseId, candidateId },
          update: { result: "ENROLLED" },
        });
        break;
      case "certificate": {
        const enrolment = await tx.enrolment.findFirst({ where: { candidateId, course: { kind: "AWARENESS" } }, orderBy: { course: { startDate: "desc" } } });
        if (enrolment)
          await tx.enrolment.update({
            where: { id: enrolment.id },
            data: { result: "PASSED", certificateNumber: r.number, certificateDate: fromIsoDate(r.date), certificateIssuer: r.issuer },
          });
        break;
      }
      case "verification":
        await tx.verification.create({
          data: {
            candidateId,
            requestedOn: fromIsoDate(r.requestedOn),
            completedOn: fromIsoDate(r.completedOn),
            certifiedOn: fromIsoDate(r.certifiedOn),
            conclusion: r.conclusion,
          },
        });
        break;
      case "introducers":
        // The introductions typed with the vote replace those on record.
        await tx.introducer.deleteMany({ where: { candidateId } });
        for (const i of r.introducers) {
          await tx.introducer.create({
            data: {
              candidateId,
              kind: i.kind,
              name: i.name,
              officialSince: day(i.officialSince),
              knownSince: day(i.knownSince),
              documentDate: fromIsoDate(i.documentDate),
              documentNumber: i.documentNumber ?? null,
            },
          });
        }
        break;
      case "resolution":
        await tx.resolution.create({
          data: {
            candidateId,
            kind: r.resolution,
            unitId: bodyUnit(r.body, chain),
            number: r.number,
            date: fromIsoDate(r.date),
            membersOnRoll: r.membersOnRoll,
            present: r.present,
            votesFor: r.votesFor,
            votesAgainst: r.votesAgainst,
            passed: r.passed,
          },
        });
        break;
      case "decision":
        await tx.decision.create({
          data: {
            candidateId,
            kind: r.decision,
            unitId: chain.deciderId,
            number: r.number,
            date: fromIsoDate(r.date),
            receivedOn: fromIsoDate(r.receivedOn),
            extensionDays: r.extensionDays,
          },
        });
        break;
      case "ceremony":
        await tx.ceremony.create({ data: { candidateId, date: fromIsoDate(r.date), place: r.place, lateConsent: r.lateConsent } });
        break;
      case "paper":
        await fillPaper(tx, candidateId, r);
        break;
      case "dates":
        if (r.admittedOn) dates.admittedOn = fromIsoDate(r.admittedOn);
        if (r.ceremonyOn) dates.ceremonyOn = fromIsoDate(r.ceremonyOn);
        if (r.officialOn) dates.officialOn = fromIsoDate(r.officialOn);
        break;
    }
  }
  return dates;
}
