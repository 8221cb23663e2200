#!/usr/bin/env node
// `npm start`: with DATABASE_URL, use that PostgreSQL; without it, start the embedded database
// under .data/, apply migrations, load the demo data once, build if needed and start the server.
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

async function main() {
  if (!env.DATABASE_URL) {
    log(`no DATABASE_URL: starting the embedded database in ${dataDir}/pglite`);
    embedded = await startEmbeddedDb({ dataDir: `${dataDir}/pglite`, port: Number(env.PGLITE_PORT ?? 5499), maxConnections: 10 });
    env.DATABASE_URL = embedded.url;
    env.DB_POOL_MAX = "8";
    env.DEMO_MODE ??= "1";
  }
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

  log(`starting on http://localhost:${port}`);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "inherit" });
  const stop = async (signal) => {
    server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", async (code) => {
    if (embedded) await embedded.stop();
    process.exit(code ?? 0);
  });
}

main().catch(async (error) => {
  console.error(`[start] ${error.message}`);
  if (embedded) await embedded.stop();
  process.exit(1);
});
