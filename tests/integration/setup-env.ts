import { inject } from "vitest";

// lib/env reads these at first use, so they must be set before any module under test runs a query.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DB_POOL_MAX = "5";
process.env.LOG_LEVEL = "silent";
