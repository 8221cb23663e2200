import { beforeEach, inject, vi } from "vitest";

// lib/env reads these at first use, so they must be set before any module under test runs a query.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DB_POOL_MAX = "5";
process.env.LOG_LEVEL = "silent";

// Route handlers read the session through getActor: in tests it answers with support/session.ts's
// actor (services under test still receive their actor directly).
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => (await import("./support/session")).session.actor,
}));

beforeEach(async () => {
  (await import("./support/session")).session.actor = null;
});
