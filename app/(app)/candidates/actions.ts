"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { createCandidate } from "@/lib/services/candidates/create-candidate";
import { updateCandidate } from "@/lib/services/candidates/update-candidate";

export async function createCandidateAction(input: unknown) {
  const result = await runAction(async (actor) => (await createCandidate({ actor, input })).id);
  if (result.ok) revalidatePath("/candidates");
  return result;
}

export async function updateCandidateAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await updateCandidate({ actor, id, input })).id);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}
