"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { putQuota } from "@/lib/services/quotas/quotas";

export async function putQuotaAction(input: unknown) {
  const result = await runAction(async (actor) => (await putQuota({ actor, input })).id);
  if (result.ok) revalidatePath("/quotas");
  return result;
}
