"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { recordDecisionExtension } from "@/lib/services/pipeline/decision-extension";
import { recordFailedVote } from "@/lib/services/pipeline/record-failed-vote";
import { recordStageStep } from "@/lib/services/pipeline/record-stage-step";
import { transitionCandidate } from "@/lib/services/pipeline/transition-candidate";
import { updateDossierItem } from "@/lib/services/pipeline/update-dossier-item";

export async function transitionAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const { warnings } = await transitionCandidate({ actor, id, input });
    return warnings;
  });
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}

export async function dossierItemAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await updateDossierItem({ actor, id, input })).ok);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}

export async function failedVoteAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await recordFailedVote({ actor, id, input })).ok);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}

export async function decisionExtensionAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await recordDecisionExtension({ actor, id, input })).ok);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}

export async function stageStepAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => (await recordStageStep({ actor, id, input })).version);
  if (result.ok) revalidatePath(`/candidates/${id}`);
  return result;
}
