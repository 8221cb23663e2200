import type { Reason } from "./facts";
import { meetsFraction, type RuleSet } from "./rule-sets";

/**
 * HD 06 §3.6b: the branch resolution passes with at least 2/3 of ALL official members on the roll
 * (not of those present); a branch needs at least 3 official members. The grassroots committee's
 * resolution needs 2/3 of its members.
 */
export function checkBranchVote(vote: { membersOnRoll: number | null | undefined; votesFor: number | null | undefined; votesAgainst?: number | null }, rules: RuleSet): Reason[] {
  if (vote.membersOnRoll == null || vote.votesFor == null) return [{ code: "VOTES_MISSING" }];
  if (vote.membersOnRoll < rules.branchMinOfficialMembers) return [{ code: "BRANCH_TOO_SMALL", params: { members: vote.membersOnRoll, min: rules.branchMinOfficialMembers } }];
  return checkTwoThirds(vote.membersOnRoll, vote.votesFor, vote.votesAgainst ?? 0, rules);
}

export function checkTwoThirds(base: number, votesFor: number, votesAgainst: number, rules: RuleSet): Reason[] {
  if (votesFor + votesAgainst > base) return [{ code: "VOTES_EXCEED_ROLL", params: { votes: votesFor + votesAgainst, roll: base } }];
  if (!meetsFraction(votesFor, base, rules)) return [{ code: "VOTE_BELOW_TWO_THIRDS", params: { votesFor, roll: base, needed: Math.ceil((base * rules.voteFraction.numerator) / rules.voteFraction.denominator) } }];
  return [];
}
