"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { commitImport } from "@/lib/services/imports/commit-import";

/** Writes a previewed import (all rows or none); the upload itself goes to the API (a file can be 30 MB). */
export async function commitImportAction(importId: unknown) {
  const result = await runAction(async (actor) => commitImport({ actor, input: { importId } }));
  if (result.ok) {
    revalidatePath("/imports");
    revalidatePath("/candidates");
    revalidatePath("/units");
  }
  return result;
}
