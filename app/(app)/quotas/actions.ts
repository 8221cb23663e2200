"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { approveProposal } from "@/lib/services/quotas/approve";
import { setQuotaLock } from "@/lib/services/quotas/lock";
import { putQuota } from "@/lib/services/quotas/quotas";

export async function putQuotaAction(input: unknown) {
  const result = await runAction(async (actor) => (await putQuota({ actor, input })).id);
  if (result.ok) revalidatePath("/quotas");
  return result;
}

export async function approveQuotaAction(input: unknown) {
  const result = await runAction(async (actor) => (await approveProposal({ actor, input })).id);
  if (result.ok) revalidatePath("/quotas");
  return result;
}

export async function lockQuotaAction(input: unknown) {
  const result = await runAction(async (actor) => (await setQuotaLock({ actor, input })).unitId);
  if (result.ok) revalidatePath("/quotas");
  return result;
}
