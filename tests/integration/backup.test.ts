/**
 * Issue 11: `npm run backup` and `npm run restore`. A database with every kind of row (units and
 * rolls, accounts, candidates with history, quotas, audit entries, roll-ups) is backed up while the
 * app could be writing, restored into an empty database, and compared table by table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { prisma } from "@/lib/db/client";
import { createTestDatabase } from "../support/test-db";
import { buildTree, insertCandidate, recordMove, resetDb } from "./support/fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "pdv-backup-"));
let target: Awaited<ReturnType<typeof createTestDatabase>>;

function run(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every table's rows, each as text in a fixed order: equal fingerprints, equal data. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)).rows;
    const out: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`);
      out[tablename] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await resetDb();
  const tree = await buildTree();
  const c = await insertCandidate(tree.B1.id, "Nguyễn Văn Sao Lưu", { stage: "SOURCE" });
  await recordMove(c.id, "SOURCE", "SYMPATHIZER", "2026-03-02");
  await prisma.unitRoll.create({
    data: {
      unitId: tree.B1.id,
      effectiveFrom: new Date("2026-01-01T00:00:00Z"),
      officialMembers: 12,
      totalMembers: 13,
      committeeMembers: 3,
      hasYouthUnion: true,
    },
  });
  await prisma.auditEvent.create({ data: { kind: "UNIT", action: "ROLL_CHANGED", unitId: tree.B1.id, changes: { officialMembers: { from: 9, to: 12 } } } });
  target = await createTestDatabase("pdv_restore");
}, 120_000);

afterAll(async () => {
  await target?.drop();
});

describe("backup and restore", () => {
  it("restores into an empty database exactly what was backed up, and new history continues after it", async () => {
    const file = path.join(dir, "full.pdvbackup.gz");
    const backup = run("scripts/backup.mjs", [file], process.env.DATABASE_URL!);
    expect(backup.code, backup.output).toBe(0);
    const restore = run("scripts/restore.mjs", [file], target.url);
    expect(restore.code, restore.output).toBe(0);
    const [before, after] = await Promise.all([fingerprint(process.env.DATABASE_URL!), fingerprint(target.url)]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after).toEqual(before);
    expect(before.Candidate!.startsWith("1:")).toBe(true);

    // The serial ids continue after the restored ones: a new history event does not collide.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const max = (await client.query(`SELECT max(id)::int AS m FROM "CandidateEvent"`)).rows[0].m;
      const next = (await client.query(`SELECT nextval(pg_get_serial_sequence('"CandidateEvent"', 'id'))::int AS n`)).rows[0].n;
      expect(next).toBeGreaterThan(max);
    } finally {
      await client.end();
    }
  });

  it("refuses a database that is not empty and a file that is not a backup, changing nothing", async () => {
    const file = path.join(dir, "again.pdvbackup.gz");
    expect(run("scripts/backup.mjs", [file], process.env.DATABASE_URL!).code).toBe(0);
    const before = await fingerprint(target.url);
    const again = run("scripts/restore.mjs", [file], target.url);
    expect(again.code).toBe(1);
    expect(again.output).toContain("not empty");
    const junk = path.join(dir, "junk.gz");
    writeFileSync(junk, gzipSync("hello"));
    const bad = run("scripts/restore.mjs", [junk], target.url);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain("is not a backup");
    expect(await fingerprint(target.url)).toEqual(before);
  });
});
