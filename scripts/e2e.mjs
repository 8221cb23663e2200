#!/usr/bin/env node
// End-to-end run: a throwaway PostgreSQL database with the real migrations and the demo data, the
// production build served by `next start`, and Playwright driving Debian's Chromium against it.
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { admin, databaseUrl } from "./pg-admin.mjs";
import { run, runOrFail } from "./run.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function waitForServer(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the app server exited before it was ready");
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app server did not answer at ${url}`);
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const name = `pdv_e2e_${Date.now()}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(name),
    DEMO_MODE: "1",
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    NEXTAUTH_URL: `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  await admin(`CREATE DATABASE "${name}"`);
  let server = null;
  try {
    console.log(`[e2e] database ${name}: migrating and loading the demo data`);
    await runOrFail(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, quiet: true });
    await runOrFail(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { env });
    if (process.env.E2E_SKIP_BUILD !== "1") {
      console.log("[e2e] building the app");
      await runOrFail(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env, quiet: true });
    }
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: ["ignore", "inherit", "inherit"] });
    await waitForServer(`http://127.0.0.1:${PORT}/login`, server);
    console.log("[e2e] server ready; running Playwright");
    const code = await run(
      process.execPath,
      ["node_modules/@playwright/test/cli.js", "test", "-c", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)],
      {
        env: { ...env, BASE_URL: `http://localhost:${PORT}`, CHROMIUM_PATH: CHROMIUM },
      },
    );
    process.exitCode = code;
  } finally {
    server?.kill("SIGTERM");
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => console.error(`[e2e] could not drop ${name}: ${e.message}`));
  }
}

main().catch((error) => {
  console.error(`[e2e] ${error.message}`);
  process.exit(1);
});
