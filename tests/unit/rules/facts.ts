import { DOSSIER_ITEMS } from "@/lib/domain/rules/dossier";
import type { CandidateFacts } from "@/lib/domain/rules/facts";

/** Every paper of the file marked received, so that a test of another rule is not refused for a paper. */
export const ALL_PAPERS: NonNullable<CandidateFacts["papers"]> = DOSSIER_ITEMS.map((i) => ({ code: i.code, status: "RECEIVED" }));

/**
 * A candidate in a branch under a grassroots committee, with no step recorded yet but every paper of
 * the dossier in hand (tests of the papers pass `papers: []` or their own list).
 */
export function facts(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    stage: "SOURCE",
    stageSince: "2025-01-06",
    birthDate: "1995-06-15",
    youthUnionMember: false,
    ruleSetCode: "QD294-2025",
    unit: { kind: "BRANCH", officialMembers: 9, hasYouthUnion: false, partialCommitteeExists: false, grassrootsCommitteeMembers: 9, superiorRunsTest: false },
    helpers: [],
    awareness: null,
    verification: null,
    testPassedOn: null,
    introducers: [],
    opinionsSummaryDate: null,
    branchResolution: null,
    grassrootsResolution: null,
    admissionDecision: null,
    ceremonyDate: null,
    conversionBranchResolution: null,
    conversionDecisionExtensionDays: 0,
    failedConversionVotes: 0,
    papers: ALL_PAPERS,
    ...overrides,
  };
}
