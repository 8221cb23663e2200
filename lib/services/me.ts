import "server-only";
import type { Actor } from "@/lib/auth/actor";

export function describeMe(actor: Actor) {
  return {
    id: actor.userId,
    username: actor.username,
    name: actor.fullName,
    role: actor.role,
    unit: { id: actor.unitId, name: actor.unitName },
    unitIds: [...actor.scope.readable],
    writableUnitIds: [...actor.scope.writable],
    // A client (a script, the phone app) learns here that nothing else will answer until the password is changed.
    mustChangePassword: actor.mustChangePassword,
  };
}
