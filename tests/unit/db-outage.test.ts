import { describe, expect, it } from "vitest";
import { isDatabaseOutage } from "@/lib/api/db-outage";

/** An error of a given class name with extra fields, as Prisma and pg build theirs. */
function errorLike(name: string, message: string, fields: Record<string, unknown> = {}): Error {
  const error = new Error(message);
  error.name = name;
  return Object.assign(error, fields);
}

describe("the database-outage classifier", () => {
  it("recognises Prisma's connection errors by name and code", () => {
    expect(isDatabaseOutage(errorLike("PrismaClientInitializationError", "Can't reach database server at `db:5432`"))).toBe(true);
    for (const code of ["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]) {
      expect(isDatabaseOutage(errorLike("PrismaClientKnownRequestError", "…", { code })), code).toBe(true);
    }
  });

  it("recognises the pg adapter's errors carried in meta.driverAdapterError", () => {
    const wrapped = (cause: Record<string, unknown>) =>
      errorLike("PrismaClientKnownRequestError", "…", { code: "P2010", meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });
    expect(isDatabaseOutage(wrapped({ kind: "DatabaseNotReachable", host: "db", port: 5432 }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ kind: "TooManyConnections", cause: "…" }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ kind: "postgres", originalCode: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    expect(isDatabaseOutage(errorLike("DriverAdapterError", "…", { cause: { kind: "SocketTimeout" } }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseOutage(wrapped({ kind: "postgres", originalCode: "22P02" }))).toBe(false);
  });

  it("recognises node-postgres and socket errors, also wrapped in cause or an AggregateError", () => {
    expect(isDatabaseOutage(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseOutage(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseOutage(errorLike("error", "the database system is starting up", { code: "57P03", severity: "FATAL" }))).toBe(true);
    expect(isDatabaseOutage(errorLike("error", "sorry, too many clients already", { code: "53300", severity: "FATAL" }))).toBe(true);
    expect(isDatabaseOutage(errorLike("error", "connection failure", { code: "08006" }))).toBe(true);
    const refused = errorLike("Error", "connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
    expect(isDatabaseOutage(refused)).toBe(true);
    expect(isDatabaseOutage(new AggregateError([refused, refused], ""))).toBe(true);
    expect(isDatabaseOutage(new Error("query failed", { cause: refused }))).toBe(true);
  });

  it("leaves bugs, bad data and conflicts alone", () => {
    expect(isDatabaseOutage(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseOutage(errorLike("PrismaClientKnownRequestError", "Unique constraint failed", { code: "P2002" }))).toBe(false);
    expect(isDatabaseOutage(errorLike("PrismaClientKnownRequestError", "write conflict", { code: "P2034" }))).toBe(false);
    expect(isDatabaseOutage(errorLike("error", "invalid input syntax for type uuid", { code: "22P02", severity: "ERROR" }))).toBe(false);
    expect(isDatabaseOutage(errorLike("Error", "no such file", { code: "ENOENT" }))).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
    expect(isDatabaseOutage("ECONNREFUSED")).toBe(false);
    // A cause cycle does not loop.
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseOutage(a)).toBe(false);
  });
});
