"use server";

import { runAction } from "@/lib/api/action-result";
import { viewVerificationFindings } from "@/lib/services/candidates/verification-findings";

/** Opens the verification findings on request; the service logs who opened them. */
export async function verificationFindingsAction(id: string) {
  return runAction(async (actor) => viewVerificationFindings({ actor, id }));
}
