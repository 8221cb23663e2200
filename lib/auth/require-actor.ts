import "server-only";
import { redirect } from "next/navigation";
import { duringPasswordChange, getActor, type Actor } from "./actor";

/**
 * For pages: the signed-in actor, or off to the sign-in page. Each page asks for itself. A user who
 * must change their password first is sent to the password page (getActor, lib/auth/actor.ts).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For the password page alone: the signed-in actor even while their password change is pending. */
export async function requireActorDuringPasswordChange(): Promise<Actor> {
  const actor = await duringPasswordChange(getActor);
  if (!actor) redirect("/login");
  return actor;
}
