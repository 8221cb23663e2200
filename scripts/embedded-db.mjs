// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL
// wire protocol, so the app and Prisma talk to it exactly as they would to a real server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Starts the server; data lives under `dataDir` and survives restarts. */
export async function startEmbeddedDb({ dataDir, port, maxConnections = 10 }) {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  // The default of one connection crashes a pooled client: allow as many as the app's pool.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
