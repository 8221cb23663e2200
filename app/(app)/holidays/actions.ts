"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { addHoliday } from "@/lib/services/holidays/add-holiday";
import { removeHoliday } from "@/lib/services/holidays/remove-holiday";

// A holiday moves working-day deadlines: the deadline pages are refreshed with the table.
function refresh() {
  revalidatePath("/holidays");
  revalidatePath("/deadlines");
}

export async function addHolidayAction(input: unknown) {
  const result = await runAction(async (actor) => (await addHoliday({ actor, input })).date);
  if (result.ok) refresh();
  return result;
}

export async function removeHolidayAction(input: unknown) {
  const result = await runAction(async (actor) => (await removeHoliday({ actor, input })).date);
  if (result.ok) refresh();
  return result;
}
