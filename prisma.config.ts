// Prisma 6.19 CLI configured for machines without Prisma's native engines: the WASM schema engine
// talks to PostgreSQL through the pg driver adapter (see prisma/migrate-adapter.ts).
import { defineConfig } from "prisma/config";
import { PrismaPgForMigrate } from "./prisma/migrate-adapter";

// A config file turns off Prisma's own .env loading.
try {
  process.loadEnvFile(".env");
} catch {
  // no .env: the environment is enough
}
// The CLI insists on these paths even though the adapter replaces the native engines.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/true";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return new PrismaPgForMigrate(url);
  },
  migrations: { path: "prisma/migrations", seed: "node --import tsx prisma/seed.ts" },
});
