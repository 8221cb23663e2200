#!/usr/bin/env node
// Fails when prisma/schema.prisma and the migrations disagree (someone changed the schema without
// writing a migration). Runs `migrate diff --from-migrations` on a throwaway database.
import { admin, databaseUrl } from "./pg-admin.mjs";
import { run } from "./run.mjs";

const name = `pdv_check_${Date.now()}`;
const url = databaseUrl(name);

async function shadowDatabases() {
  return (await admin("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'")).rows.map((r) => r.datname);
}

const shadowsBefore = new Set(await shadowDatabases());
await admin(`CREATE DATABASE "${name}"`);
try {
  const code = await run(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--exit-code",
    ],
    { env: { ...process.env, DATABASE_URL: url }, quiet: true },
  );
  if (code === 2) console.error("[db-check] prisma/schema.prisma has changes that no migration contains: npm run db:new -- <name>");
  else if (code !== 0) console.error(`[db-check] migrate diff failed (${code})`);
  else console.log("[db-check] schema and migrations agree");
  process.exitCode = code;
} finally {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  // With --exit-code the CLI exits before it disposes of its shadow database: drop the one it left.
  for (const shadow of await shadowDatabases()) if (!shadowsBefore.has(shadow)) await admin(`DROP DATABASE IF EXISTS "${shadow}" WITH (FORCE)`);
}
