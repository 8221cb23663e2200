import type { Reason } from "./facts";
import { meetsFraction, type RuleSet } from "./rule-sets";

/**
 * HD 06 §3.6b: the branch resolution passes with at least 2/3 of ALL official members on the roll
 * (not of those present); a branch needs at least 3 official members. The grassroots committee's
 * resolution needs 2/3 of its members.
 */
export function checkBranchVote(
  vote: { membersOnRoll: number | null | undefined; votesFor: number | null | undefined; votesAgainst?: number | null },
  rules: RuleSet,
): Reason[] {
  if (vote.membersOnRoll == null || vote.votesFor == null) return [{ code: "VOTES_MISSING" }];
  if (vote.membersOnRoll < rules.branchMinOfficialMembers)
    return [{ code: "BRANCH_TOO_SMALL", params: { members: vote.membersOnRoll, min: rules.branchMinOfficialMembers } }];
  return checkTwoThirds(vote.membersOnRoll, vote.votesFor, vote.votesAgainst ?? 0, rules);
}

/** Those present at the meeting are members on the roll: never more than the roll on record. */
export function checkPresent(present: number | null | undefined, roll: number): Reason[] {
  return present != null && present > roll ? [{ code: "PRESENT_EXCEEDS_ROLL", params: { present, roll } }] : [];
}

export function checkTwoThirds(base: number, votesFor: number, votesAgainst: number, rules: RuleSet): Reason[] {
  if (votesFor + votesAgainst > base) return [{ code: "VOTES_EXCEED_ROLL", params: { votes: votesFor + votesAgainst, roll: base } }];
  if (!meetsFraction(votesFor, base, rules))
    return [
      {
        code: "VOTE_BELOW_TWO_THIRDS",
        params: { votesFor, roll: base, needed: Math.ceil((base * rules.voteFraction.numerator) / rules.voteFraction.denominator) },
      },
    ];
  return [];
}

/**
 * The base of the 2/3 rule is the roll the unit has on record (Unit.officialMembers for a branch,
 * Unit.committeeMembers for a grassroots committee), never a number typed with the vote: a smaller
 * typed roll would make a failed vote pass or hide a branch of fewer than 3 official members.
 * A typed roll is still accepted as the secretary's confirmation of the paper resolution, and a
 * difference is refused rather than silently ignored: either the paper or the unit's record is
 * wrong, and the unit's record must be corrected (by whoever keeps it) before the vote is recorded.
 */
export function checkSuppliedRoll(supplied: number | null | undefined, recorded: number): Reason[] {
  return supplied != null && supplied !== recorded ? [{ code: "ROLL_MISMATCH", params: { supplied, recorded } }] : [];
}

/** The same for the grassroots committee's vote: its base is the committee size on record. */
export function checkSuppliedCommitteeSize(supplied: number | null | undefined, recorded: number): Reason[] {
  return supplied != null && supplied !== recorded ? [{ code: "COMMITTEE_SIZE_MISMATCH", params: { supplied, recorded } }] : [];
}
