import type { IsoDate } from "../../rules/dates";
import type { Reason } from "../../rules/facts";
import { dateField } from "../fields";
import { certificateExpiryDeadline } from "../shared-rules";
import type { StageModule } from "../step-module";

/**
 * Local practice (domain.md §12.8): where the superior runs a test council, the candidate goes on
 * to the branch vote only after a recorded pass; a fail records an essay and a retest round and
 * keeps them here. A pass dated after the move does not count for it.
 */
export function checkAwarenessTestPassed(testPassedOn: IsoDate | null, moveDate: IsoDate): Reason[] {
  return testPassedOn && testPassedOn <= moveDate ? [] : [{ code: "AWARENESS_TEST_NOT_PASSED" }];
}

/** Only where the superior runs a test council (lib/domain/rules/flow.ts leaves it out elsewhere). */
export const awarenessTest: StageModule = {
  stage: "AWARENESS_TEST",
  appliesTo: (unit) => unit.superiorRunsTest,
  exit: {
    fields: [dateField("date", "testDate")],
    requires: ({ facts, input }) => checkAwarenessTestPassed(facts.testPassedOn, input.date),
    records: () => [],
  },
  deadlines: certificateExpiryDeadline,
};
