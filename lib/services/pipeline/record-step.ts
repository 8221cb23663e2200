import "server-only";
import type { ScopedTx as Tx } from "@/lib/db/scoped";
import type { ChainUnits } from "@/lib/db/pipeline-facts";
import type { CandidateFacts } from "@/lib/domain/rules/facts";
import { admissionDecisionExtension, conversionDecisionExtension } from "@/lib/domain/rules/deadlines";
import { officialAsOf } from "@/lib/domain/rules/membership";
import { ruleSetByCode } from "@/lib/domain/rules/rule-sets";
import type { StageCode } from "@/lib/domain/stages";
import { fromIsoDate } from "@/lib/time";
import type { TTransition } from "@/lib/validation/transition";

type DossierUpdate = { code: string; number?: string | null; date: string | null };

/**
 * Marks the papers a step produces as received, so nobody enters them twice. A paper the secretary
 * already checked stays checked, and the number and date typed on the checklist are kept where the
 * step has none.
 */
async function dossier(tx: Tx, candidateId: string, items: DossierUpdate[]) {
  for (const item of items) {
    const where = { candidateId_code: { candidateId, code: item.code } };
    const before = await tx.dossierItem.findUnique({ where, select: { status: true, number: true, date: true } });
    const data = {
      status: before?.status === "CHECKED" ? ("CHECKED" as const) : ("RECEIVED" as const),
      number: item.number ?? before?.number ?? null,
      date: item.date ? fromIsoDate(item.date) : (before?.date ?? null),
    };
    await tx.dossierItem.upsert({ where, create: { candidateId, code: item.code, ...data }, update: data });
  }
}

/**
 * Writes the records a forward step produces (helper, enrolment, certificate, verification,
 * introductions, resolutions, decisions, ceremony) and the dossier items they fill, and returns
 * the candidate columns that change with them. Runs inside the transition's transaction.
 */
export async function recordStep(tx: Tx, args: { candidateId: string; from: StageCode; input: TTransition; facts: CandidateFacts; chain: ChainUnits }) {
  const { candidateId, from, input, facts, chain } = args;
  const d = fromIsoDate(input.date);
  const rules = ruleSetByCode(facts.ruleSetCode);
  const columns: { admittedOn?: Date; ceremonyOn?: Date; officialOn?: Date } = {};
  switch (from) {
    case "SOURCE":
      await tx.helper.create({ data: { candidateId, fullName: input.helperName ?? "", assignedOn: d } });
      break;
    case "SYMPATHIZER":
      await tx.enrolment.upsert({
        where: { courseId_candidateId: { courseId: input.courseId!, candidateId } },
        create: { courseId: input.courseId!, candidateId },
        update: { result: "ENROLLED" },
      });
      break;
    case "TRAINING": {
      const enrolment = await tx.enrolment.findFirst({ where: { candidateId, course: { kind: "AWARENESS" } }, orderBy: { course: { startDate: "desc" } } });
      if (enrolment) {
        await tx.enrolment.update({ where: { id: enrolment.id }, data: { result: "PASSED", certificateNumber: input.certificateNumber, certificateDate: d, certificateIssuer: input.certificateIssuer } });
      }
      await dossier(tx, candidateId, [{ code: "A1", number: input.certificateNumber, date: input.date }]);
      break;
    }
    case "DOSSIER":
      await tx.verification.create({
        data: { candidateId, requestedOn: fromIsoDate(input.verificationRequestedOn!), completedOn: d, certifiedOn: fromIsoDate(input.certifiedOn!), conclusion: input.conclusion },
      });
      await dossier(tx, candidateId, [{ code: "A3", date: input.certifiedOn }]);
      break;
    case "BRANCH_VOTE": {
      if (input.introducers) {
        await tx.introducer.deleteMany({ where: { candidateId } });
        for (const i of input.introducers) {
          await tx.introducer.create({
            data: { candidateId, kind: i.kind, name: i.name, officialSince: i.officialSince ? fromIsoDate(i.officialSince) : null, knownSince: i.knownSince ? fromIsoDate(i.knownSince) : null, documentDate: fromIsoDate(i.documentDate), documentNumber: i.documentNumber },
          });
        }
        const members = input.introducers.filter((i) => i.kind === "PARTY_MEMBER");
        const union = input.introducers.find((i) => i.kind !== "PARTY_MEMBER");
        if (members[0]) await dossier(tx, candidateId, [{ code: "A4", date: members[0].documentDate }]);
        if (union) await dossier(tx, candidateId, [{ code: "A5", number: union.documentNumber, date: union.documentDate }]);
      }
      if (input.opinionsSummaryDate) await dossier(tx, candidateId, [{ code: "A6", date: input.opinionsSummaryDate }]);
      await tx.resolution.create({
        data: { candidateId, kind: "BRANCH_ADMISSION", unitId: chain.branchId, number: input.resolutionNumber, date: d, membersOnRoll: facts.unit.officialMembers, present: input.present, votesFor: input.votesFor ?? 0, votesAgainst: input.votesAgainst ?? 0, passed: true },
      });
      await dossier(tx, candidateId, [{ code: "B1", number: input.resolutionNumber, date: input.date }]);
      break;
    }
    case "COMMITTEE_REVIEW":
      if (input.partialAppraisalDate && chain.partialCommitteeId) {
        await tx.resolution.create({ data: { candidateId, kind: "PARTIAL_ADMISSION_APPRAISAL", unitId: chain.partialCommitteeId, date: fromIsoDate(input.partialAppraisalDate), membersOnRoll: 0, votesFor: 0, passed: true } });
        await dossier(tx, candidateId, [{ code: "B2", date: input.partialAppraisalDate }]);
      }
      await tx.resolution.create({
        data: { candidateId, kind: "GRASSROOTS_ADMISSION", unitId: chain.grassrootsId ?? chain.branchId, number: input.resolutionNumber, date: d, membersOnRoll: facts.unit.grassrootsCommitteeMembers, present: input.present, votesFor: input.votesFor ?? 0, votesAgainst: input.votesAgainst ?? 0, passed: true },
      });
      await dossier(tx, candidateId, [{ code: "B3", number: input.resolutionNumber, date: input.date }]);
      break;
    case "SUPERIOR_DECISION":
      await tx.decision.create({
        data: { candidateId, kind: "ADMISSION", unitId: chain.superiorId ?? chain.grassrootsId ?? chain.branchId, number: input.decisionNumber!, date: d, receivedOn: input.receivedOn ? fromIsoDate(input.receivedOn) : d, extensionDays: Math.min(Math.max(input.extensionDays ?? 0, admissionDecisionExtension(facts, rules)), rules.decisionMaxExtensionDays) },
      });
      await dossier(tx, candidateId, [{ code: "B4", number: input.decisionNumber, date: input.date }]);
      columns.admittedOn = d;
      break;
    case "CEREMONY":
      await tx.ceremony.create({ data: { candidateId, date: d, place: input.place, lateConsent: input.lateConsent } });
      columns.ceremonyOn = d;
      break;
    case "PROBATION": {
      await tx.resolution.create({
        data: { candidateId, kind: "BRANCH_CONVERSION", unitId: chain.branchId, number: input.resolutionNumber, date: fromIsoDate(input.conversionResolutionDate!), membersOnRoll: facts.unit.officialMembers, votesFor: input.votesFor ?? 0, votesAgainst: input.votesAgainst ?? 0, passed: true },
      });
      await tx.decision.create({ data: { candidateId, kind: "CONVERSION", unitId: chain.superiorId ?? chain.grassrootsId ?? chain.branchId, number: input.decisionNumber!, date: d, receivedOn: d, extensionDays: conversionDecisionExtension(facts, rules) } });
      await dossier(tx, candidateId, [
        { code: "C5", number: input.resolutionNumber, date: input.conversionResolutionDate },
        { code: "C8", number: input.decisionNumber, date: input.date },
      ]);
      // A candidate imported without a ceremony record counts from the decision date instead.
      columns.officialOn = fromIsoDate(officialAsOf(facts.ceremonyDate ?? input.date, rules));
      break;
    }
    default:
      break;
  }
  return columns;
}
