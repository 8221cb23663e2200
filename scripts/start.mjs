#!/usr/bin/env node
// `npm start`: with DATABASE_URL, use that PostgreSQL; without it, start the embedded PostgreSQL
// (scripts/embedded-db.mjs) under .data/, apply migrations, load the demo data once, build if
// needed and start the server. Stops the app server, then the database, on SIGINT/SIGTERM.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { startEmbeddedDb } from "./embedded-db.mjs";
import { runOrFail } from "./run.mjs";

try {
  process.loadEnvFile(".env");
} catch {
  // no .env file: defaults below
}

const port = Number(process.env.PORT ?? 3000);
// Where the embedded database and the generated session secret live (a test points it elsewhere).
const dataDir = process.env.DATA_DIR ?? ".data";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let embedded = null;
let server = null;
let exiting = false;
let failed = false;

function log(message) {
  console.log(`[start] ${message}`);
}

function secret() {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}/nextauth-secret`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Stops the embedded database (after the app server) and exits. */
async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  if (embedded) await embedded.stop();
  process.exit(failed ? 1 : code);
}

// The app server goes first (its exit handler then stops the database); before it runs, the
// database is stopped right away.
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
  ["SIGHUP", 1],
]) {
  process.on(signal, () => {
    if (server && server.exitCode === null && server.signalCode === null) server.kill(signal);
    else shutdown(128 + number);
  });
}

async function startEmbedded() {
  const firstStart = !existsSync(`${dataDir}/postgres/PG_VERSION`);
  log(`no DATABASE_URL: starting the embedded PostgreSQL in ${dataDir}/postgres${firstStart ? " (first start: creating it)" : ""}`);
  if (existsSync(`${dataDir}/pglite`)) {
    log(
      `${dataDir}/pglite holds the database of the former embedded default (PGlite): it is no longer read and is left ` +
        `untouched. The embedded database is now PostgreSQL in ${dataDir}/postgres` +
        `${firstStart ? ", created empty, so the demo data is loaded again" : ""}. Delete ${dataDir}/pglite when you no longer need it.`,
    );
  }
  const requested = env.EMBEDDED_PG_PORT;
  embedded = await startEmbeddedDb({ dataDir, port: Number(requested ?? 5499), strictPort: requested !== undefined, log });
  log(`PostgreSQL listening on 127.0.0.1:${embedded.port}`);
  embedded.onExit((message) => {
    console.error(`[start] ${message}`);
    failed = true;
    if (server && server.exitCode === null) server.kill("SIGTERM");
    else shutdown(1);
  });
  env.DATABASE_URL = embedded.url;
  env.DEMO_MODE ??= "1";
}

async function main() {
  if (!env.DATABASE_URL) await startEmbedded();
  env.NEXTAUTH_SECRET = secret();
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  log("applying migrations");
  await runOrFail(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, quiet: true });
  if (env.DEMO_MODE === "1") {
    log("loading demo data (once)");
    await runOrFail(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { env });
  }
  if (!existsSync(".next/BUILD_ID")) {
    log("no production build yet: building (about a minute)");
    await runOrFail(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env });
  }
  if (exiting) return;

  log(`starting on http://localhost:${port}`);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "inherit" });
  server.on("exit", (code) => shutdown(code ?? 0));
}

main().catch(async (error) => {
  console.error(`[start] ${error.message}`);
  failed = true;
  await shutdown(1);
});
