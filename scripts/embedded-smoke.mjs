#!/usr/bin/env node
// The README's first command, checked: `npm start` with no DATABASE_URL starts the embedded
// PostgreSQL, applies the migrations, loads the demo data once and serves the built app; a restart
// keeps the data and does not load the demo again; the server is stopped with the app. Also: a
// leftover PGlite folder is left alone and, as root, a data folder behind a private parent folder
// is refused with what to do. Runs after the end-to-end suite (needs a build).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

const PORT = Number(process.env.SMOKE_PORT ?? 3210);
const base = `http://127.0.0.1:${PORT}`;
// As root the database runs as the `postgres` user, which must reach the folder: mkdtemp makes it
// private (700), so open it up (the files inside keep their own modes).
const dataDir = mkdtempSync(path.join(tmpdir(), "pdv-embedded-"));
chmodSync(dataDir, 0o755);
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), EMBEDDED_PG_PORT: String(PORT + 1), LOG_LEVEL: "warn" };
for (const key of ["DATABASE_URL", "DEMO_MODE", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]) delete env[key];

function fail(message) {
  throw new Error(`[embedded] ${message}`);
}

function start() {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.output = "";
  child.stdout.on("data", (chunk) => (child.output += chunk));
  child.stderr.on("data", (chunk) => {
    child.output += chunk;
    process.stderr.write(chunk);
  });
  return child;
}

/** As root: a data folder inside a private (700) folder is refused at once, saying what to do. */
async function privateParentRefused() {
  if (process.getuid?.() !== 0) return;
  const privateDir = mkdtempSync(path.join(tmpdir(), "pdv-private-")); // mode 700
  try {
    const started = Date.now();
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      env: { ...env, DATA_DIR: path.join(privateDir, "data") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    if (code === 0) fail(`npm start in a private folder exited 0:\n${output}`);
    for (const expected of [`${privateDir} is private (mode 700)`, `chmod o+x ${privateDir}`, "DATA_DIR="]) {
      if (!output.includes(expected)) fail(`the refusal does not say "${expected}":\n${output}`);
    }
    if (existsSync(path.join(privateDir, "data", "postgres"))) fail("a cluster was started in the private folder");
    console.log(`[embedded] as root, a data folder behind a private folder is refused with what to do, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(privateDir, { recursive: true, force: true });
  }
}

async function ready(child, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}:\n${child.output}`);
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail("the app did not answer in time");
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  // A clean shutdown of PostgreSQL removes its lock file.
  if (existsSync(path.join(dataDir, "postgres", "postmaster.pid"))) fail("PostgreSQL was not stopped with the app");
}

/** Signs in as a demo account the way a script would (shared/API.md) and returns the cookie. */
async function signIn(username) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password: "demo1234", json: "true" }),
  });
  return [jar, ...login.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function candidateTotal() {
  const cookie = await signIn("bantochuc");
  const res = await fetch(`${base}/api/v1/candidates?pageSize=1`, { headers: { cookie } });
  if (!res.ok) fail(`GET /api/v1/candidates answered ${res.status}`);
  return (await res.json()).total;
}

async function main() {
  await privateParentRefused();
  // A data folder from the PGlite days: left untouched, and said so.
  mkdirSync(path.join(dataDir, "pglite"));
  writeFileSync(path.join(dataDir, "pglite", "PG_VERSION"), "17\n");
  const started = Date.now();
  let app = start();
  try {
    await ready(app);
    if (!app.output.includes("pglite holds the database of the former embedded default (PGlite)")) fail(`no word about the old pglite folder:\n${app.output}`);
    if (!existsSync(path.join(dataDir, "pglite", "PG_VERSION"))) fail("the old pglite folder was touched");
    const login = await (await fetch(`${base}/login`)).text();
    if (!login.includes("bantochuc")) fail("the sign-in page does not list the demo accounts");
    const total = await candidateTotal();
    if (!(total >= 300)) fail(`expected the demo candidates, found ${total}`);
    console.log(
      `[embedded] first start: cluster created, demo data loaded (${total} candidates in the bloc) in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    await stop(app);

    const again = Date.now();
    app = start();
    await ready(app);
    if (!app.output.includes("nothing to do")) fail(`the restart loaded the demo data again:\n${app.output}`);
    const after = await candidateTotal();
    if (after !== total) fail(`the restart changed the data: ${total} → ${after} candidates`);
    console.log(`[embedded] restart: same ${after} candidates, demo not reloaded, in ${Math.round((Date.now() - again) / 1000)} s`);
    // An office's load on the embedded default (issue: it used to fail under three users): 20 clients
    // for 60 s, then every endpoint once and a 20-way race; the script fails on any 5xx.
    const seconds = process.env.SMOKE_LOAD_SECONDS ?? "60";
    const load = spawn(process.execPath, ["scripts/load-test.mjs", base, "--clients", "20", "--seconds", seconds], { stdio: "inherit" });
    const loadCode = await new Promise((resolve) => load.once("exit", resolve));
    if (loadCode !== 0) fail(`the load test on the embedded database failed (exit ${loadCode})`);
  } finally {
    if (app.exitCode === null) await stop(app).catch((error) => console.error(error.message));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
