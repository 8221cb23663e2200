import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { buildScope, canRead, canWrite } from "@/lib/auth/scope-rules";
import { ROLES } from "@/lib/domain/codes";
import { clientAddress } from "@/lib/services/auth/client-address";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  UNKNOWN_ADDRESS,
  limitsAddress,
  minutesUntilUnlock,
  reachedLimit,
} from "@/lib/services/auth/rate-limit-policy";

const units = [
  { id: "sup", isRoot: true },
  { id: "g1", isRoot: false },
  { id: "b1", isRoot: false },
];

describe("permissions", () => {
  it("every role reads candidates; only the viewer writes nothing", () => {
    for (const role of ROLES) expect(can(role, "candidate.read")).toBe(true);
    expect(ROLES.filter((r) => can(r, "candidate.write"))).toEqual(["ADMIN", "SUPERIOR_STAFF", "GRASSROOTS_STAFF", "BRANCH_SECRETARY"]);
    expect(ROLES.filter((r) => can(r, "quota.write"))).toEqual(["ADMIN", "SUPERIOR_STAFF", "GRASSROOTS_STAFF"]);
  });
  it("denies an unknown role everything", () => {
    expect(can("SUPERUSER", "candidate.read")).toBe(false);
  });
});

describe("scope", () => {
  it("gives the subtree it is handed, read and write, with the home unit as root", () => {
    const scope = buildScope({ role: "GRASSROOTS_STAFF", unitId: "g1" }, units.slice(1));
    expect(scope.rootUnitIds).toEqual(["g1"]);
    expect(canRead(scope, "b1") && canWrite(scope, "b1")).toBe(true);
    expect(canRead(scope, "sup")).toBe(false);
    expect(scope.everything).toBe(false);
  });
  it("lets a viewer read and never write", () => {
    const scope = buildScope({ role: "VIEWER", unitId: "g1" }, units.slice(1));
    expect(canRead(scope, "b1")).toBe(true);
    expect(canWrite(scope, "b1")).toBe(false);
  });
  it("marks an administrator's scope as everything, rooted at the top units", () => {
    const scope = buildScope({ role: "ADMIN", unitId: "b1" }, units);
    expect(scope.everything).toBe(true);
    expect(scope.rootUnitIds).toEqual(["sup"]);
  });
});

describe("sign-in lock", () => {
  it("lifts when the oldest counted failure leaves the 15-minute window", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(minutesUntilUnlock(new Date("2026-01-01T09:50:00Z"), now)).toBe(5);
    expect(minutesUntilUnlock(new Date("2026-01-01T09:44:00Z"), now)).toBe(1);
  });
});

describe("the address a sign-in comes from", () => {
  const forged = { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" };

  it("ignores proxy headers unless the deployment says a proxy sets them", () => {
    expect(clientAddress(forged, false)).toBeNull();
    expect(clientAddress(undefined, false)).toBeNull();
  });

  it("behind a trusted proxy, takes X-Real-IP, else the hop the proxy appended to X-Forwarded-For", () => {
    expect(clientAddress(forged, true)).toBe("203.0.113.8");
    // The client wrote "1.2.3.4"; the proxy appended the peer it saw.
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 198.51.100.9" }, true)).toBe("198.51.100.9");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(100) }, true)).toHaveLength(64);
  });

  it("has no address when the trusted headers name none", () => {
    expect(clientAddress({}, true)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": " , " }, true)).toBeNull();
    expect(clientAddress({ "x-real-ip": "unknown" }, true)).toBeNull();
  });
});

describe("sign-in limits", () => {
  it("count per address only for a real address, so attempts without one cannot lock everyone out", () => {
    expect(limitsAddress("198.51.100.9")).toBe(true);
    expect(limitsAddress(null)).toBe(false);
    expect(limitsAddress(UNKNOWN_ADDRESS)).toBe(false);
  });

  it("name the account's limit first, then the address's", () => {
    expect(reachedLimit(MAX_FAILURES_PER_ACCOUNT - 1, MAX_FAILURES_PER_ADDRESS - 1)).toBeNull();
    expect(reachedLimit(MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS)).toBe("ACCOUNT");
    expect(reachedLimit(0, MAX_FAILURES_PER_ADDRESS)).toBe("ADDRESS");
  });
});
