#!/usr/bin/env node
// Fails when prisma/schema.prisma and the migrations disagree (someone changed the schema without
// writing a migration). Runs `migrate diff --from-migrations` on a throwaway database.
import pg from "pg";
import { run } from "./run.mjs";

const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `pdv_check_${Date.now()}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function shadowDatabases() {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'")).rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

const shadowsBefore = new Set(await shadowDatabases());
await admin(`CREATE DATABASE "${name}"`);
try {
  const code = await run(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
    { env: { ...process.env, DATABASE_URL: url.toString() }, quiet: true },
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
