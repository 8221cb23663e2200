"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { bulkTransition } from "@/lib/services/pipeline/bulk-transition";

export async function bulkTransitionAction(input: unknown) {
  const result = await runAction((actor) => bulkTransition({ actor, input }));
  revalidatePath("/board");
  return result;
}
