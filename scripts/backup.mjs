#!/usr/bin/env node
// `npm run backup [-- <file>]`: a consistent copy of the whole database (DATABASE_URL, or the
// embedded one) in one gzip file, restorable with `npm run restore -- <file>` into an empty
// database. Every table is read inside one REPEATABLE READ transaction, so the copy is one
// moment's state even while the app keeps writing. Built on COPY rather than pg_dump because the
// embedded PostgreSQL 18 ships without pg_dump and Debian's pg_dump 15 refuses a newer server.
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { databaseTarget } from "./database-target.mjs";
import { BACKUP_MAGIC, quoteIdent } from "./backup-format.mjs";

const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const file = path.resolve(process.argv[2] ?? `backups/pdv-${stamp}.pdvbackup.gz`);

async function main() {
  const target = await databaseTarget();
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const started = Date.now();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map(
      (r) => r.migration_name,
    );
    const tables = (
      await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`)
    ).rows.map((r) => r.tablename);
    mkdirSync(path.dirname(file), { recursive: true });
    const out = new PassThrough();
    const written = pipeline(out, createGzip(), createWriteStream(file, { mode: 0o600 }));
    out.write(`${BACKUP_MAGIC}\n${JSON.stringify({ createdAt: new Date().toISOString(), migrations, tables })}\n`);
    let rows = 0;
    for (const table of tables) {
      const columns = (
        await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [
          table,
        ])
      ).rows.map((r) => r.column_name);
      out.write(`TABLE ${JSON.stringify({ table, columns })}\n`);
      // COPY's text format escapes line breaks and backslashes, so a line of data is never "\.".
      const copy = client.query(copyStreams.to(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) TO STDOUT`));
      for await (const chunk of copy) out.write(chunk);
      out.write("\\.\n");
      rows += copy.rowCount ?? 0;
    }
    await client.query("COMMIT");
    out.end();
    await written;
    console.log(`[backup] ${target.describe}: ${tables.length} tables, ${rows} rows → ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await client.end();
    await target.release();
  }
}

main().catch((error) => {
  console.error(`[backup] failed: ${error.message}`);
  process.exit(1);
});
