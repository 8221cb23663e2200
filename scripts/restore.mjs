#!/usr/bin/env node
// `npm run restore -- <file>`: brings a backup (scripts/backup.mjs) back into an EMPTY database
// (DATABASE_URL, or the embedded one — stop `npm start` first). The schema comes from this
// version's migrations, which must be the ones the backup was taken with; then every table's rows
// are copied in one transaction with triggers and foreign-key checks deferred to the end (the rows
// were consistent when taken), and the id sequences are moved past the restored ids.
import { createReadStream, existsSync } from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { databaseTarget } from "./database-target.mjs";
import { BACKUP_MAGIC, quoteIdent } from "./backup-format.mjs";
import { runOrFail } from "./run.mjs";

const file = process.argv[2];

function fail(message) {
  console.error(`[restore] ${message}`);
  process.exit(1);
}

async function main() {
  if (!file || !existsSync(file)) fail("usage: npm run restore -- <backup file> (the file was not found)");
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? null : value;
  };
  if ((await next()) !== BACKUP_MAGIC) fail(`${file} is not a backup of this application`);
  const header = JSON.parse(await next());

  const target = await databaseTarget();
  try {
    console.log(`[restore] applying this version's migrations to ${target.describe}`);
    await runOrFail(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: target.url },
      quiet: true,
    });
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const applied = (await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map(
        (r) => r.migration_name,
      );
      if (JSON.stringify(applied) !== JSON.stringify(header.migrations)) {
        fail(
          `the backup was taken with ${header.migrations.length} migrations (last: ${header.migrations.at(-1)}), this version has ${applied.length} (last: ${applied.at(-1)}): restore it with the version that made it`,
        );
      }
      const held = (await client.query(`SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Unit") AS n`)).rows[0].n;
      if (Number(held) > 0) fail(`${target.describe} is not empty (it has units or accounts): restore only into an empty database`);

      const started = Date.now();
      await client.query("BEGIN");
      // Replica mode: no triggers (the roll-ups and derived columns are restored as they were) and no
      // foreign-key triggers while tables arrive in name order.
      await client.query("SET LOCAL session_replication_role = replica");
      let rows = 0;
      for (let line = await next(); line !== null; line = await next()) {
        if (!line.startsWith("TABLE ")) fail(`unexpected line in ${file}: ${line.slice(0, 60)}`);
        const { table, columns } = JSON.parse(line.slice(6));
        const copy = client.query(copyStreams.from(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM STDIN`));
        const done = new Promise((resolve, reject) => {
          copy.on("finish", resolve);
          copy.on("error", reject);
        });
        for (let data = await next(); data !== "\\."; data = await next()) {
          if (data === null) fail(`${file} ends in the middle of table ${table}`);
          if (!copy.write(`${data}\n`)) await new Promise((resolve) => copy.once("drain", resolve));
        }
        copy.end();
        await done;
        rows += copy.rowCount ?? 0;
      }
      // Serial ids (history, sign-in attempts, audit) continue after the restored ones.
      const sequences = await client.query(`
        SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
      for (const s of sequences.rows) {
        await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(s.column)}) FROM ${quoteIdent(s.table)}), 0) + 1, false)`, [s.seq]);
      }
      await client.query("COMMIT");
      console.log(
        `[restore] ${header.tables.length} tables, ${rows} rows from ${file} (taken ${header.createdAt}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await target.release();
  }
}

main().catch((error) => fail(`failed: ${error.message}`));
