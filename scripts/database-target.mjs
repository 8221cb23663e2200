// Which database a maintenance command (backup, restore) works on: DATABASE_URL when set (from the
// environment or .env), otherwise the embedded cluster under DATA_DIR (default .data): the running
// one if `npm start` has it up, or one started here for the command and stopped afterwards.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDb } from "./embedded-db.mjs";

/** The port of the embedded cluster's running server, or null (postmaster.pid line 4, if its process lives). */
function runningEmbeddedPort(clusterDir) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port) || null;
}

/** `{ url, describe, release() }` for the database to work on; release() stops an embedded server started here. */
export async function databaseTarget({ log = console.log } = {}) {
  try {
    process.loadEnvFile(".env");
  } catch {
    // no .env: the environment alone
  }
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, describe: `${url.hostname}:${url.port || 5432}${url.pathname}`, release: async () => {} };
  }
  const dataDir = process.env.DATA_DIR ?? ".data";
  const clusterDir = path.join(path.resolve(dataDir), "postgres");
  const passwordFile = path.join(path.resolve(dataDir), "postgres-password");
  const port = existsSync(passwordFile) ? runningEmbeddedPort(clusterDir) : null;
  if (port) {
    const password = readFileSync(passwordFile, "utf8").trim();
    return {
      url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/pdv`,
      describe: `the running embedded database (${clusterDir})`,
      release: async () => {},
    };
  }
  const db = await startEmbeddedDb({ dataDir, log: (m) => log(`[embedded] ${m}`) });
  return { url: db.url, describe: `the embedded database (${clusterDir})`, release: () => db.stop() };
}
