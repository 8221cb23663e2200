"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { transferCandidate } from "@/lib/services/candidates/transfer-candidate";
import { createUnit } from "@/lib/services/units/create-unit";
import { mergeUnit } from "@/lib/services/units/merge-unit";
import { updateUnit } from "@/lib/services/units/update-unit";

// A unit's name, place and roll show on the tree, the unit's page and the pages of its candidates.
function refreshUnits(...ids: string[]) {
  revalidatePath("/units");
  for (const id of ids) revalidatePath(`/units/${id}`);
}

export async function updateUnitAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await updateUnit({ actor, id, input })).version);
  if (result.ok) refreshUnits(id);
  return result;
}

export async function createUnitAction(input: unknown) {
  const result = await runAction(async (actor) => (await createUnit({ actor, input })).id);
  if (result.ok) refreshUnits(result.data);
  return result;
}

export async function mergeUnitAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const merged = await mergeUnit({ actor, id, input });
    return { intoUnitId: merged.intoUnitId, ...merged.moved };
  });
  if (result.ok) refreshUnits(id, result.data.intoUnitId);
  return result;
}

/** The transfer form of the candidate page (components/candidates/transfer-form.tsx). */
export async function transferCandidateAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await transferCandidate({ actor, id, input })).unitName);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}
