/**
 * `npm run bench`: seeds a province-scale data set (5,041 units, 200,000 candidates over ten years)
 * into a throwaway PostgreSQL database, serves the built app on it, and prints the median and p95
 * time of GET /api/v1/dashboard/attainment next to the bare SQL that computes the same numbers.
 * Target: the API within 1.5× of the SQL and p95 under 150 ms. Numbers are printed, never asserted.
 * After the build it prints the JavaScript the dashboard loads first, read from the production build in .next
 * (`npm run bench -- --js-weight` prints only that section).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";

const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const name = `pdv_bench_${Date.now()}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const DB_URL = url.toString();

async function sql(connectionString: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
};

/** Steady state: a fresh server compiles and caches its code paths over its first few requests. */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 10);

async function timeAlternating(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  for (let i = 0; i < WARM_UP; i++) {
    await a();
    await b();
  }
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await a();
    outA.push(performance.now() - start);
    start = performance.now();
    await b();
    outB.push(performance.now() - start);
  }
  return [outA, outB];
}

async function timeIt(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

async function main() {
  if (process.argv.includes("--js-weight")) return printFirstLoadJs();
  const env = {
    ...process.env,
    DATABASE_URL: DB_URL,
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  await sql(ADMIN_URL, `CREATE DATABASE "${name}"`);
  let server: ChildProcess | null = null;
  try {
    const t = Date.now();
    await run(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], env);
    await sql(DB_URL, readFileSync("prisma/seed-scale.sql", "utf8"));
    // Settle the freshly loaded tables (visibility map, statistics) so that autovacuum does not
    // start working on them in the middle of the timings.
    await sql(DB_URL, "VACUUM ANALYZE");
    const bloc = (await sql(DB_URL, `SELECT id, path, depth FROM "Unit" WHERE code = 'BENCH'`)).rows[0] as { id: string; path: string; depth: number };
    await sql(
      DB_URL,
      `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "unitId", "updatedAt") VALUES (gen_random_uuid(), 'bench', $1, 'Bench', 'SUPERIOR_STAFF', $2, now())`,
      [await bcrypt.hash("bench-password", 4), bloc.id],
    );
    const counts = (
      await sql(
        DB_URL,
        `SELECT (SELECT count(*) FROM "Unit") units, (SELECT count(*) FROM "Candidate") candidates, (SELECT count(*) FROM "Decision") decisions, (SELECT count(*) FROM "CandidateEvent") events`,
      )
    ).rows[0];
    console.log(
      `seeded ${counts.units} units, ${counts.candidates} candidates, ${counts.decisions} admission decisions, ${counts.events} history events in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );

    if (!existsSync(".next/BUILD_ID")) await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
    printFirstLoadJs();
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/login`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    // Sign in the way a script would (shared/API.md).
    const csrf = await fetch(`http://127.0.0.1:${PORT}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    const login = await fetch(`http://127.0.0.1:${PORT}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
      body: new URLSearchParams({ csrfToken, username: "bench", password: "bench-password", json: "true" }),
    });
    const cookie = [jar, ...(login.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0])].join("; ");
    const year = new Date().getFullYear();
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;

    const coldStart = performance.now();
    await fetch(`http://127.0.0.1:${PORT}/api/v1/dashboard/attainment?period=${year}`, { headers: { cookie } });
    const cold = performance.now() - coldStart;
    const callApi = async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/dashboard/attainment?period=${year}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`API answered ${res.status}`);
      await res.json();
    };

    // The same numbers in bare SQL: the stage roll-up, the admissions over the decisions and the quotas.
    const pool = new pg.Pool({ connectionString: DB_URL, max: 2 });
    const part = bloc.depth + 3;
    const callSql = () =>
      Promise.all([
        pool.query(
          `SELECT COALESCE(NULLIF(split_part(u.path, '/', $1), ''), $2) AS unit_id, s.stage, SUM(s.count)::int FROM "UnitStageCount" s JOIN "Unit" u ON u.id = s."unitId" WHERE u.path LIKE $3 AND s.count <> 0 GROUP BY 1, 2`,
          [part, bloc.id, `${bloc.path}%`],
        ),
        pool.query(
          `SELECT COALESCE(NULLIF(split_part(u.path, '/', $1), ''), $2) AS unit_id, COUNT(*)::int FROM "Decision" d JOIN "Candidate" c ON c.id = d."candidateId" JOIN "Unit" u ON u.id = c."unitId" WHERE d.kind = 'ADMISSION' AND d.date BETWEEN $4::date AND $5::date AND u.path LIKE $3 GROUP BY 1`,
          [part, bloc.id, `${bloc.path}%`, from, to],
        ),
        pool.query(
          `SELECT "unitId", target FROM "Quota" WHERE "startYear" = $1 AND "endYear" = $1 AND status = 'APPROVED' AND ("unitId" = $2 OR "unitId" IN (SELECT id FROM "Unit" WHERE "parentId" = $2))`,
          [year, bloc.id],
        ),
      ]);
    // Alternated run by run, so that both see the same machine (a background task slows both).
    const [api, bare] = await timeAlternating(callApi, callSql);

    // What every signed-in request costs before any dashboard work: session, user and scope.
    const me = await timeIt(async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/me`, { headers: { cookie } });
      await res.json();
    });
    // Without the roll-up table, counting stages means scanning every candidate.
    const scan = await timeIt(() =>
      pool.query(
        `SELECT COALESCE(NULLIF(split_part(u.path, '/', $1), ''), $2) AS unit_id, c.stage, COUNT(*) FROM "Candidate" c JOIN "Unit" u ON u.id = c."unitId" WHERE u.path LIKE $3 GROUP BY 1, 2`,
        [part, bloc.id, `${bloc.path}%`],
      ),
    );
    await pool.end();

    // The rest of the dashboard page: the forecast (stage history of three years) and the whole page.
    const fewer = async (fn: () => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        await fn();
        out.push(performance.now() - start);
      }
      return stats(out);
    };
    const forecast = await fewer(async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/dashboard/forecast?period=${year}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`forecast answered ${res.status}`);
      await res.json();
    });
    const page = await fewer(async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/dashboard?period=${year}`, { headers: { cookie } });
      if (!res.ok) throw new Error(`dashboard page answered ${res.status}`);
      await res.text();
    });

    const a = stats(api);
    const b = stats(bare);
    const c = stats(scan);
    console.log(`\n${RUNS} runs each after ${WARM_UP} warm-up runs, bloc level (80 child units, whole tree of 5,041 units):`);
    console.log(`  first request to a fresh server: ${cold.toFixed(0)} ms`);
    console.log(`  GET /api/v1/dashboard/attainment   median ${a.median.toFixed(1)} ms   p95 ${a.p95.toFixed(1)} ms`);
    console.log(`  bare SQL (same numbers)            median ${b.median.toFixed(1)} ms   p95 ${b.p95.toFixed(1)} ms`);
    console.log(`  API ÷ SQL (median)                 ${(a.median / b.median).toFixed(2)}×   (target ≤ 1.5×; p95 target < 150 ms)`);
    console.log(`  for reference, stage counts by scanning candidates: median ${c.median.toFixed(1)} ms`);
    const m = stats(me);
    console.log(`  for reference, GET /api/v1/me (session + scope of 5,041 units): median ${m.median.toFixed(1)} ms`);
    console.log(`  for reference, GET /api/v1/dashboard/forecast (10 runs): median ${forecast.median.toFixed(0)} ms   p95 ${forecast.p95.toFixed(0)} ms`);
    console.log(`  for reference, the whole dashboard page (10 runs):      median ${page.median.toFixed(0)} ms   p95 ${page.p95.toFixed(0)} ms`);
  } finally {
    server?.kill("SIGTERM");
    // In process, on the same data: runs whatever happened to the server's figures above.
    await benchImport(env);
    await sql(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Excel import (issue 11): a 10,000-row candidate workbook built in memory, previewed and committed
// by the services themselves (in this process, on the same throwaway database, as the bloc's staff
// user): the figures are the import's own work, whatever build the server above runs. Target:
// seconds, not minutes. Numbers are printed, never asserted.

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

async function benchImport(env: NodeJS.ProcessEnv) {
  console.log(`\nExcel import of ${IMPORT_ROWS.toLocaleString("en")} candidates (in process, against the same database):`);
  try {
    // The services start with `import "server-only"`, which throws outside Next's server build: an
    // empty module in its place (tsx loads this script and the app's modules as CommonJS).
    const { Module, createRequire } = await import("node:module");
    const requireHere = createRequire(`${process.cwd()}/package.json`);
    const stubPath = requireHere.resolve("server-only");
    const stub = new Module(stubPath);
    stub.loaded = true;
    stub.exports = {};
    requireHere.cache[stubPath] = stub;
    for (const key of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "LOG_LEVEL"]) process.env[key] = env[key];
    const ExcelJS = (await import("exceljs")).default;
    const { CANDIDATE_COLUMNS } = await import("../lib/domain/import-rows");
    const { loadActor } = await import("../lib/auth/actor");
    const { previewCandidateImport } = await import("../lib/services/imports/preview-candidates");
    const { commitImport } = await import("../lib/services/imports/commit-import");
    const { prisma } = await import("../lib/db/client");
    try {
      const user = (await sql(env.DATABASE_URL!, `SELECT id FROM "User" WHERE username = 'bench'`)).rows[0] as { id: string };
      const actor = await loadActor(user.id);
      if (!actor) throw new Error("bench user not found");
      const branches = (await sql(env.DATABASE_URL!, `SELECT code FROM "Unit" WHERE kind = 'BRANCH' ORDER BY code LIMIT 400`)).rows.map(
        (r) => r.code as string,
      );

      let start = performance.now();
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet("Quần chúng");
      ws.addRow(CANDIDATE_COLUMNS.map((c) => c.header));
      const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("/");
      const stages = [
        ["Nguồn", ""],
        ["Cảm tình Đảng", daysAgo(300)],
        ["Học lớp nhận thức", daysAgo(200)],
        ["Làm hồ sơ, thẩm tra lý lịch", daysAgo(100)],
      ] as const;
      for (let i = 0; i < IMPORT_ROWS; i++) {
        const [stage, since] = stages[i % stages.length]!;
        const values: Record<string, string> = {
          fullName: `${["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"][i % 5]} ${i % 2 ? "Thị" : "Văn"} ${["An", "Bình", "Cường", "Dung", "Hải", "Lan"][i % 6]}`,
          sex: i % 2 ? "Nữ" : "Nam",
          birthDate: `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/${1985 + (i % 20)}`,
          ethnicity: "Kinh",
          educationLevel: "Đại học",
          occupationGroup: "Cán bộ, công chức, viên chức",
          occupation: "Chuyên viên",
          nationalId: `09${String(i).padStart(10, "0")}`,
          phone: `09${String(10_000_000 + i).slice(-8)}`,
          hometown: "Thanh Hóa",
          residence: `Số ${i} phố Ví Dụ`,
          unitCode: branches[i % branches.length]!,
          stage,
          stageSince: since,
          note: "",
        };
        ws.addRow(CANDIDATE_COLUMNS.map((c) => values[c.field] ?? ""));
      }
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      console.log(`  workbook built in memory: ${(bytes.length / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - start) / 1000).toFixed(1)} s`);

      start = performance.now();
      const preview = await previewCandidateImport({ actor, file: { name: "bench.xlsx", type: "", bytes } });
      const previewSeconds = (performance.now() - start) / 1000;
      console.log(
        `  preview (read, check every row, one batched query per check, store): ${previewSeconds.toFixed(1)} s   ${preview.summary.valid} valid, ${preview.summary.invalid} with problems${
          preview.summary.invalid ? ` ${JSON.stringify(preview.summary.problems)}` : ""
        }`,
      );
      start = performance.now();
      const result = await commitImport({ actor, input: { importId: preview.importId } });
      const commitSeconds = (performance.now() - start) / 1000;
      console.log(`  commit (one transaction: candidates, IMPORTED events, audit):     ${commitSeconds.toFixed(1)} s   ${result.created} written`);
      console.log(`  preview + commit: ${(previewSeconds + commitSeconds).toFixed(1)} s   (target: seconds, not minutes)`);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    console.log(`  import bench failed: ${(error as Error).stack ?? error}`);
  }
}

// ---------------------------------------------------------------------------------------------
// First-load JavaScript (issue 12): what a browser downloads before the dashboard can respond, gzip
// compressed, against another page, from the production build (`next build`; nothing is built
// here). Target: the dashboard under 200 KB gzip. The rule is Next's own for "First Load JS"
// (next/dist/build/route-bundle-stats.js, which turbopack builds also write to
// .next/diagnostics/route-bundle-stats.json, uncompressed):
//   - .next/build-manifest.json, `rootMainFiles`: the runtime every App Router page loads;
//   - .next/server/app-paths-manifest.json: the route's page entry ("/(app)/dashboard/page");
//   - .next/server/app/<entry>_client-reference-manifest.js: a script that sets
//     globalThis.__RSC_MANIFEST[<entry>].entryJSFiles, the chunks of the page and of each layout
//     above it (the <script> tags of the HTML).
// Chunks loaded later (next/dynamic, as the dashboard's charts are) are in none of these.

const DIST = ".next";
const FIRST_LOAD_TARGET_KB = 200;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The JS files (relative to .next) a route loads first, or null when the build has no such page. */
function firstLoadFiles(route: string): string[] | null {
  const { rootMainFiles = [] } = readJson<{ rootMainFiles?: string[] }>(join(DIST, "build-manifest.json"));
  const appPaths = readJson<Record<string, string>>(join(DIST, "server", "app-paths-manifest.json"));
  // "/(app)/dashboard/page" is the route "/dashboard": route groups in parentheses do not show in the address.
  const entry = Object.keys(appPaths).find((p) => p.endsWith("/page") && p.replace(/\/\([^/]+\)/g, "").replace(/\/page$/, "") === route);
  if (!entry) return null;
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  runInNewContext(readFileSync(join(DIST, "server", "app", `${entry}_client-reference-manifest.js`), "utf8"), sandbox);
  const entryJSFiles = sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {};
  return [...new Set([...Object.values(entryJSFiles).flat(), ...rootMainFiles])].filter((f) => f.endsWith(".js"));
}

function printFirstLoadJs() {
  console.log("\nFirst-load JavaScript (production build in .next; gzip at zlib's default level, as `next start` serves it):");
  if (!existsSync(join(DIST, "BUILD_ID")) || !existsSync(join(DIST, "server", "app-paths-manifest.json"))) {
    console.log("  skipped: .next holds no production build (run `npm run build` first).");
    return;
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const route of ["/dashboard", "/candidates"]) {
    const files = firstLoadFiles(route);
    if (!files) {
      console.log(`  ${route}: not in this build`);
      continue;
    }
    const bytes = files.map((f) => readFileSync(join(DIST, f)));
    const raw = bytes.reduce((n, b) => n + b.length, 0);
    const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
    const verdict = route === "/dashboard" ? `   (target < ${FIRST_LOAD_TARGET_KB} KB gzip: ${gzip / 1024 < FIRST_LOAD_TARGET_KB ? "met" : "MISSED"})` : "";
    console.log(`  ${route.padEnd(12)} ${kb(gzip).padStart(9)} gzip   ${kb(raw).padStart(9)} raw   ${files.length} files${verdict}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
