import "server-only";
import { redirect } from "next/navigation";
import { getActor, type Actor } from "./actor";

/** For pages: the signed-in actor, or off to the sign-in page. Each page asks for itself. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
