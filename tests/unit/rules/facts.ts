import type { CandidateFacts } from "@/lib/domain/rules/facts";

/** A candidate in a branch under a grassroots committee, with nothing recorded yet. */
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
    ...overrides,
  };
}
