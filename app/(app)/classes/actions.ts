"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { createCourse } from "@/lib/services/classes/courses";
import { enrolCandidates, recordResults } from "@/lib/services/classes/enrolments";

export async function createCourseAction(input: unknown) {
  const result = await runAction(async (actor) => (await createCourse({ actor, input })).id);
  if (result.ok) revalidatePath("/classes");
  return result;
}

export async function enrolAction(courseId: string, input: unknown) {
  const result = await runAction((actor) => enrolCandidates({ actor, courseId, input }));
  revalidatePath(`/classes/${courseId}`);
  return result;
}

export async function resultsAction(courseId: string, input: unknown) {
  const result = await runAction((actor) => recordResults({ actor, courseId, input }));
  revalidatePath(`/classes/${courseId}`);
  return result;
}
