import "server-only";
import type { Prisma } from "./generated/client";
import { rawConnectionOf, type ScopedDb, type ScopedTx } from "./scoped";
import { rollsOfUnits, type UnitRollEntry } from "./units";
import type { CandidateFacts } from "@/lib/domain/rules/facts";
import { toIsoDate } from "@/lib/time";
import { unitIdsOnPath } from "@/lib/domain/unit-path";

const iso = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);

/**
 * The records the rules read: the latest awareness enrolment and verification, every vote and
 * decision, the checklist's papers and the extensions recorded while waiting.
 */
const FACTS_INCLUDE = {
  unit: true,
  helpers: { orderBy: { assignedOn: "asc" } },
  introducers: { orderBy: { documentDate: "asc" } },
  enrolments: { where: { course: { kind: "AWARENESS" } }, include: { course: true }, orderBy: { course: { startDate: "desc" } }, take: 1 },
  verifications: { orderBy: { requestedOn: "desc" }, take: 1 },
  resolutions: { orderBy: { date: "desc" } },
  decisions: { orderBy: { date: "desc" } },
  ceremony: true,
  dossierItems: { select: { code: true, status: true, date: true } },
  // Facts recorded on their own, such as a decision's extension granted while waiting.
  events: { where: { kind: "RECORD" }, orderBy: { id: "asc" }, select: { changes: true } },
  testResults: { where: { outcome: "PASSED" }, include: { session: true }, take: 1 },
} satisfies Prisma.CandidateInclude;

/** The units above a branch that take part in its candidates' admission. */
export interface ChainUnits {
  branchId: string;
  partialCommitteeId: string | null;
  grassrootsId: string | null;
  superiorId: string | null;
  /**
   * The committee that decides admission and conversion: a grassroots committee given that
   * authority (Unit.decidesAdmission, HD 06 §3.7a), otherwise the superior committee.
   */
  deciderId: string;
  /** The units from the root of the tree down to the branch: who sits above whom. */
  path: string[];
}

/** How the facts are read. */
export interface FactsOptions {
  /**
   * The date of the step being checked or recorded: the roll of the branch and the size of the
   * grassroots committee are then the ones in force on that date (UnitRoll), not today's. Without
   * it (lists, deadlines, papers: nothing there counts votes) the units' own columns are read.
   */
  on?: string;
}

/**
 * Everything the pipeline rules need about one candidate, read inside the caller's transaction
 * (after the row is locked) so that the check and the write see the same state. With `on`, the
 * branch and its grassroots committee are held FOR SHARE until the transaction ends, so that a roll
 * change (which locks its unit FOR UPDATE and checks the votes already recorded against the new
 * roll) and a vote counted against the old one cannot pass each other.
 */
export async function loadPipelineFacts(
  tx: ScopedTx,
  candidateId: string,
  options: FactsOptions = {},
): Promise<{ facts: CandidateFacts; chain: ChainUnits } | null> {
  return (await loadPipelineFactsMany(tx, [candidateId], { ...options, holdRolls: options.on !== undefined })).get(candidateId) ?? null;
}

/** The same for many candidates in a few queries (the deadlines page reads hundreds at once). */
export async function loadPipelineFactsMany(
  tx: ScopedTx | ScopedDb,
  candidateIds: string[],
  options: FactsOptions & { holdRolls?: boolean } = {},
): Promise<Map<string, { facts: CandidateFacts; chain: ChainUnits }>> {
  const rows = await tx.candidate.findMany({ where: { id: { in: candidateIds } }, include: FACTS_INCLUDE });
  const ancestorIds = [...new Set(rows.flatMap((r) => unitIdsOnPath(r.unit.path)))];
  const units = await tx.unit.findMany({
    where: { id: { in: ancestorIds } },
    select: { id: true, kind: true, committeeMembers: true, runsAwarenessTest: true, decidesAdmission: true },
  });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const ancestorsOf = (c: (typeof rows)[number]) => unitIdsOnPath(c.unit.path).flatMap((id) => unitById.get(id) ?? []);
  const rolls = options.on ? await rollsOnStepDate(tx, rows.map((c) => rollUnitsOf(c, ancestorsOf(c))).flat(), options.on, options.holdRolls ?? false) : null;
  return new Map(rows.map((c) => [c.id, toFacts(c, ancestorsOf(c), rolls)]));
}

/** The units whose roll a candidate's votes count against: the branch, and the grassroots committee above it. */
function rollUnitsOf(c: { unitId: string; unit: { kind: string } }, ancestors: { id: string; kind: string }[]): string[] {
  const grassroots = c.unit.kind === "GRASSROOTS_BRANCH" ? null : ancestors.filter((a) => a.kind === "GRASSROOTS_COMMITTEE").at(-1);
  return grassroots ? [c.unitId, grassroots.id] : [c.unitId];
}

async function rollsOnStepDate(tx: ScopedTx | ScopedDb, unitIds: string[], on: string, hold: boolean): Promise<Map<string, UnitRollEntry>> {
  const ids = [...new Set(unitIds)].sort();
  if (hold) await rawConnectionOf(tx).$queryRaw`SELECT id FROM "Unit" WHERE id = ANY (${ids}::uuid[]) ORDER BY id FOR SHARE`;
  return rollsOfUnits(tx, ids, on);
}

type CandidateWithRecords = Prisma.CandidateGetPayload<{ include: typeof FACTS_INCLUDE }>;
type Extensions = NonNullable<CandidateFacts["recordedExtensions"]>;

/**
 * The decision extensions in force, from the history's RECORD events
 * (lib/services/pipeline/decision-extension.ts writes { decisionExtension, extensionKind }): the
 * latest of each kind counts.
 */
export function extensionsFromEvents(events: { changes: Prisma.JsonValue }[]): Extensions | undefined {
  let found: Extensions | undefined;
  for (const e of events) {
    const changes = (e.changes ?? {}) as Record<string, { to?: unknown } | undefined>;
    const days = changes.decisionExtension?.to;
    const kind = changes.extensionKind?.to;
    if (typeof days !== "number" || (kind !== "ADMISSION" && kind !== "CONVERSION")) continue;
    found = { admission: 0, conversion: 0, ...found, [kind === "ADMISSION" ? "admission" : "conversion"]: days };
  }
  return found;
}

/**
 * `rolls`: the rolls in force on the step's date, by unit (null: the units' own columns, today's
 * roll); a unit without any roll entry keeps its columns.
 */
function toFacts(
  c: CandidateWithRecords,
  ancestors: { id: string; kind: string; committeeMembers: number; runsAwarenessTest: boolean; decidesAdmission: boolean }[],
  rolls: Map<string, UnitRollEntry> | null,
): { facts: CandidateFacts; chain: ChainUnits } {
  const byKind = (kind: string) => ancestors.filter((a) => a.kind === kind).at(-1) ?? null;
  const partial = byKind("PARTIAL_COMMITTEE");
  const grassroots = c.unit.kind === "GRASSROOTS_BRANCH" ? c.unit : byKind("GRASSROOTS_COMMITTEE");
  const superior = byKind("SUPERIOR_COMMITTEE");
  const passed = (kind: string) => c.resolutions.find((r) => r.kind === kind && r.passed) ?? null;
  const decision = (kind: string) => c.decisions.find((d) => d.kind === kind) ?? null;
  const enrolment = c.enrolments[0];
  const verification = c.verifications[0];
  const admission = decision("ADMISSION");
  const conversionResolution = passed("BRANCH_CONVERSION");
  const branchRoll = rolls?.get(c.unitId);

  const facts: CandidateFacts = {
    stage: c.stage,
    stageSince: toIsoDate(c.stageSince),
    birthDate: toIsoDate(c.birthDate),
    youthUnionMember: c.youthUnionMember,
    ruleSetCode: c.ruleSetCode,
    unit: {
      kind: c.unit.kind === "GRASSROOTS_BRANCH" ? "GRASSROOTS_BRANCH" : "BRANCH",
      officialMembers: branchRoll?.officialMembers ?? c.unit.officialMembers,
      hasYouthUnion: branchRoll?.hasYouthUnion ?? c.unit.hasYouthUnion,
      partialCommitteeExists: partial !== null,
      grassrootsCommitteeMembers: (grassroots ? rolls?.get(grassroots.id)?.committeeMembers : undefined) ?? grassroots?.committeeMembers ?? 0,
      superiorRunsTest: superior?.runsAwarenessTest ?? false,
    },
    helpers: c.helpers.map((h) => ({ fullName: h.fullName, assignedOn: toIsoDate(h.assignedOn) })),
    awareness: enrolment
      ? { courseStart: toIsoDate(enrolment.course.startDate), certificateNumber: enrolment.certificateNumber, certificateDate: iso(enrolment.certificateDate) }
      : null,
    verification: verification
      ? { requestedOn: toIsoDate(verification.requestedOn), completedOn: iso(verification.completedOn), certifiedOn: iso(verification.certifiedOn) }
      : null,
    testPassedOn: c.testResults[0] ? toIsoDate(c.testResults[0].session.date) : null,
    introducers: c.introducers.map((i) => ({
      kind: i.kind,
      name: i.name,
      officialSince: iso(i.officialSince),
      knownSince: iso(i.knownSince),
      documentDate: toIsoDate(i.documentDate),
    })),
    opinionsSummaryDate: iso(c.dossierItems.find((d) => d.code === "A6")?.date),
    papers: c.dossierItems.map((d) => ({ code: d.code, status: d.status })),
    recordedExtensions: extensionsFromEvents(c.events),
    branchResolution: passed("BRANCH_ADMISSION") ? { date: toIsoDate(passed("BRANCH_ADMISSION")!.date) } : null,
    grassrootsResolution: passed("GRASSROOTS_ADMISSION") ? { date: toIsoDate(passed("GRASSROOTS_ADMISSION")!.date) } : null,
    admissionDecision: admission ? { date: toIsoDate(admission.date), receivedOn: iso(admission.receivedOn), extensionDays: admission.extensionDays } : null,
    ceremonyDate: iso(c.ceremony?.date),
    conversionBranchResolution: conversionResolution ? { date: toIsoDate(conversionResolution.date) } : null,
    conversionDecisionExtensionDays: decision("CONVERSION")?.extensionDays ?? 0,
    failedConversionVotes: c.resolutions.filter((r) => r.kind === "BRANCH_CONVERSION" && !r.passed).length,
  };
  const decider = grassroots?.decidesAdmission ? grassroots : (superior ?? grassroots);
  const chain = {
    branchId: c.unitId,
    partialCommitteeId: partial?.id ?? null,
    grassrootsId: grassroots?.id ?? null,
    superiorId: superior?.id ?? null,
    deciderId: decider?.id ?? c.unitId,
    path: unitIdsOnPath(c.unit.path),
  };
  return { facts, chain };
}
