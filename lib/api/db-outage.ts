/**
 * Is this error the database being unreachable (down, restarting, out of connections, network
 * gone) rather than a bug or bad data? Then the API answers 503 with Retry-After and the pages
 * their error screen, never the driver's text.
 *
 * The one place that knows the shapes, inspected structurally so that nothing here imports the
 * Prisma client (route handlers, server actions and the sign-in path can all ask it):
 * - Prisma's errors (`PrismaClientInitializationError`, or a known request error with a P1xxx
 *   connection code, P2024 "timed out fetching a connection from the pool", P2037 "too many
 *   connections"); under the pg driver adapter the driver's own error rides along in
 *   `meta.driverAdapterError.cause` (`kind`: DatabaseNotReachable, ConnectionClosed…);
 * - node-postgres errors: a server SQLSTATE of class 08 (connection exception), 53 (insufficient
 *   resources: too many connections, out of memory or disk) or 57P01–57P03 (shutting down,
 *   crashed, starting up), and the pool's and client's own messages ("Connection terminated
 *   unexpectedly", "timeout exceeded when trying to connect");
 * - Node's socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT…), also wrapped in an AggregateError
 *   (one per address tried) or in `cause`.
 */

/** What the API tells clients to wait before trying again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

const PRISMA_OUTAGE_CODES = new Set([
  "P1000", // authentication failed (the server is up but we cannot use it)
  "P1001", // can't reach database server
  "P1002", // the server was reached but timed out
  "P1003", // database does not exist
  "P1008", // operations timed out
  "P1010", // access denied
  "P1011", // TLS connection error
  "P1017", // server closed the connection
  "P2024", // timed out fetching a new connection from the pool
  "P2037", // too many database connections opened
]);

const ADAPTER_OUTAGE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
  "AuthenticationFailed",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
]);

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "ECONNABORTED",
]);

const OUTAGE_MESSAGES = [
  /connection terminated/i, // pg: "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool
  /client has encountered a connection error and is not queryable/i, // pg
  /cannot use a pool after calling end on the pool/i, // pg-pool (shutting down)
  /can't reach database server/i, // Prisma P1001 text
  /server has closed the connection/i, // Prisma P1017 text
  /timed out fetching a new connection from the connection pool/i, // Prisma P2024 text
];

function isPgOutageState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || /^53[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03";
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function looksLikeOutage(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const name = field(error, "name");
  if (name === "PrismaClientInitializationError") return true;
  const code = field(error, "code");
  if (typeof code === "string" && (PRISMA_OUTAGE_CODES.has(code) || SOCKET_CODES.has(code) || isPgOutageState(code))) return true;
  // The pg adapter's view of the driver error: { kind, originalCode? , code? }.
  for (const cause of [field(field(field(error, "meta"), "driverAdapterError"), "cause"), name === "DriverAdapterError" ? field(error, "cause") : undefined]) {
    const kind = field(cause, "kind");
    if (typeof kind === "string" && ADAPTER_OUTAGE_KINDS.has(kind)) return true;
    const pgCode = field(cause, "originalCode") ?? field(cause, "code");
    if (kind === "postgres" && typeof pgCode === "string" && isPgOutageState(pgCode)) return true;
  }
  const message = field(error, "message");
  return typeof message === "string" && OUTAGE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error` (or what it wraps: `cause`, an AggregateError's `errors`) is a database outage. */
export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    if (looksLikeOutage(current)) return true;
    queue.push(field(current, "cause"));
    const errors = field(current, "errors");
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}
