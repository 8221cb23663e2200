"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { createTestSession, recordTestResults } from "@/lib/services/classes/awareness-tests";

export async function createTestSessionAction(input: unknown) {
  const result = await runAction(async (actor) => (await createTestSession({ actor, input })).id);
  if (result.ok) revalidatePath("/awareness-tests");
  return result;
}

export async function testResultsAction(sessionId: string, input: unknown) {
  const result = await runAction((actor) => recordTestResults({ actor, sessionId, input }));
  revalidatePath(`/awareness-tests/${sessionId}`);
  return result;
}
