import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { notFound } from "@/lib/errors";
import { prisma, type Tx } from "./client";
import { Prisma } from "./generated/client";
import { MODEL_REFERENCES, MODEL_SCOPE, mayWriteUnit, scopeWhere, withScope, type ScopedModel } from "./scope-policy";

/**
 * Scope by construction: services reach the database only through a client bound to the caller's
 * scope. Every query on a unit-tied table gets the scope's filter added (reads see the subtree,
 * writes change only what the scope may write), and every row written is checked to land in the
 * scope: a record named by id from a request body (a class, a session, a candidate, a unit) that
 * lies outside it is simply not found. Raw SQL is not offered here; the few raw queries of lib/db
 * take the scope as a parameter. Unscoped access stays inside lib/db, in functions that say why
 * (sign-in, building the scope itself, uniqueness checks that span the whole database).
 *
 * A Proxy rather than a Prisma client extension, so that the same guard runs inside interactive
 * transactions and can check a written row's candidate with the transaction's own connection.
 */

// Prisma's model names must each have a scope decision: a new table fails to compile until it does.
const _everyModelDecided: Record<Prisma.ModelName, unknown> = MODEL_SCOPE;
void _everyModelDecided;

const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const WRITES_WITH_WHERE = new Set(["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert"]);
const CREATES = new Set(["create", "createMany", "createManyAndReturn"]);
/** Top-level methods a scoped client does not have: raw SQL escapes the scope, and the rest belong to the process. */
const WITHHELD = new Set([
  "$queryRaw",
  "$executeRaw",
  "$queryRawUnsafe",
  "$executeRawUnsafe",
  "$queryRawTyped",
  "$runCommandRaw",
  "$extends",
  "$on",
  "$use",
  "$connect",
  "$disconnect",
]);

type Withheld =
  "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe" | "$queryRawTyped" | "$runCommandRaw" | "$extends" | "$on" | "$connect" | "$disconnect";
/** A transaction of a scoped client. */
export type ScopedTx = Omit<Tx, Withheld>;
/** What services get from dbFor(scope): the models, scoped, and interactive transactions. */
export type ScopedDb = ScopedTx & {
  $transaction<T>(
    fn: (tx: ScopedTx) => Promise<T>,
    options?: { maxWait?: number; timeout?: number; isolationLevel?: Prisma.TransactionIsolationLevel },
  ): Promise<T>;
};

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: unknown; update?: unknown };
type Client = Tx | typeof prisma;

const delegateName = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);
const MODEL_BY_DELEGATE = new Map(Object.keys(MODEL_SCOPE).map((m) => [delegateName(m), m as ScopedModel]));

function connectedId(data: Record<string, unknown>, scalar: string, relation: string): unknown {
  if (scalar in data) return data[scalar];
  const nested = data[relation] as { connect?: { id?: unknown } } | undefined;
  return nested?.connect?.id;
}

/** Refuses a row that would land outside what the scope may write. `creating`: the row is new, so its tie must be named. */
async function checkRow(client: Client, scope: Scope, model: ScopedModel, data: unknown, creating: boolean, verified: Set<string> | null): Promise<void> {
  if (!data || typeof data !== "object") return;
  const row = data as Record<string, unknown>;
  const tie = MODEL_SCOPE[model];
  if (tie === "global") return;
  if (scope.writable.size === 0) throw notFound();
  if (scope.everything) return;
  await checkReferences(client, scope, model, row, verified);
  if (tie === "unit" || tie === "unitWithAncestors") {
    const unitId = connectedId(row, "unitId", "unit");
    if ((creating || unitId !== undefined) && !mayWriteUnit(scope, unitId)) throw notFound();
  } else if (tie === "tree") {
    const parentId = connectedId(row, "parentId", "parent");
    if ((creating || parentId !== undefined) && !mayWriteUnit(scope, parentId)) throw notFound();
  } else {
    const [scalar, relation, parent] = tie === "candidate" ? (["candidateId", "candidate", "Candidate"] as const) : (["quotaId", "quota", "Quota"] as const);
    const id = connectedId(row, scalar, relation);
    if (!creating && id === undefined) return;
    if (typeof id !== "string") throw notFound();
    if (verified?.has(`${parent}:${id}`)) return;
    const delegate = (client as unknown as Record<string, { findFirst(args: unknown): Promise<unknown> }>)[delegateName(parent)]!;
    const found = await delegate.findFirst({ where: withScope({ id }, scopeWhere(scope, parent, true)), select: { id: true } });
    if (!found) throw notFound();
    verified?.add(`${parent}:${id}`);
  }
}

/** The other records a written row names must be ones the caller can see (read filter). */
async function checkReferences(client: Client, scope: Scope, model: ScopedModel, row: Record<string, unknown>, verified: Set<string> | null): Promise<void> {
  for (const ref of MODEL_REFERENCES[model] ?? []) {
    const id = connectedId(row, ref.scalar, ref.relation);
    if (id === undefined) continue;
    if (typeof id !== "string") throw notFound();
    if (verified?.has(`${ref.model}:read:${id}`)) continue;
    const delegate = (client as unknown as Record<string, { findFirst(args: unknown): Promise<unknown> }>)[delegateName(ref.model)]!;
    if (!(await delegate.findFirst({ where: withScope({ id }, scopeWhere(scope, ref.model, false)), select: { id: true } }))) throw notFound();
    verified?.add(`${ref.model}:read:${id}`);
  }
}

/** `verified`: within one transaction, the candidates and quotas already found writable (a step writes several records of one candidate). */
async function guardArgs(client: Client, scope: Scope, model: ScopedModel, op: string, args: Args = {}, verified: Set<string> | null = null): Promise<Args> {
  if (READS.has(op)) return { ...args, where: withScope(args.where, scopeWhere(scope, model, false)) };
  if (CREATES.has(op)) {
    const rows = Array.isArray(args.data) ? args.data : [args.data];
    for (const row of rows) await checkRow(client, scope, model, row, true, verified);
    return args;
  }
  if (WRITES_WITH_WHERE.has(op)) {
    if (op === "upsert") {
      await checkRow(client, scope, model, args.create, true, verified);
      await checkRow(client, scope, model, args.update, false, verified);
    } else {
      await checkRow(client, scope, model, args.data, false, verified);
    }
    return { ...args, where: withScope(args.where, scopeWhere(scope, model, true)) };
  }
  throw new Error(`scoped client: operation ${op} on ${model} is not supported`);
}

/** "Record to update/delete not found": the scope's filter left nothing, which is a 404 like any other. */
function mapNotFound(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound();
  throw error;
}

function scopedDelegate(client: Client, scope: Scope, model: ScopedModel, delegate: Record<string, unknown>, verified: Set<string> | null) {
  return new Proxy(delegate, {
    get(target, op) {
      const method = target[op as string];
      if (typeof op !== "string" || typeof method !== "function") return method;
      return async (args?: Args) => {
        const guarded = await guardArgs(client, scope, model, op, args, verified);
        return (method as (a: Args) => Promise<unknown>).call(target, guarded).catch(mapNotFound);
      };
    },
  });
}

const underlying = new WeakMap<object, Client>();

function scopedClient(client: Client, scope: Scope, inTransaction: boolean): ScopedDb {
  const delegates = new Map<string, unknown>();
  // Only a transaction may remember what it checked: outside one, a candidate can move between two queries.
  const verified = inTransaction ? new Set<string>() : null;
  const proxy = new Proxy(client as object, {
    get(target, prop) {
      if (typeof prop !== "string") return Reflect.get(target, prop);
      if (WITHHELD.has(prop)) return undefined;
      if (prop === "$transaction") {
        return <T>(fn: (tx: ScopedTx) => Promise<T>, options?: object) => {
          if (typeof fn !== "function") throw new Error("scoped client: only interactive transactions");
          return (target as typeof prisma).$transaction((tx) => fn(scopedClient(tx, scope, true)), options);
        };
      }
      const model = MODEL_BY_DELEGATE.get(prop);
      if (!model) return Reflect.get(target, prop);
      if (!delegates.has(prop)) delegates.set(prop, scopedDelegate(client, scope, model, Reflect.get(target, prop) as Record<string, unknown>, verified));
      return delegates.get(prop);
    },
  }) as ScopedDb;
  underlying.set(proxy, client);
  return proxy;
}

const byScope = new WeakMap<Scope, ScopedDb>();

/** The database as the holder of `scope` may see and change it. Scopes are cached, so this is too. */
export function dbFor(scope: Scope): ScopedDb {
  let db = byScope.get(scope);
  if (!db) {
    db = scopedClient(prisma, scope, false);
    byScope.set(scope, db);
  }
  return db;
}

/**
 * For the raw queries of lib/db only (row locks, roll-ups): the connection under a scoped client or
 * transaction, so that a raw statement runs in the same transaction. Every caller takes the scope as
 * a parameter and applies it in its SQL. The ESLint rule forbids importing this outside lib/db.
 */
export function rawConnectionOf(db: ScopedTx): Client {
  const client = underlying.get(db);
  if (!client) throw new Error("not a scoped client");
  return client;
}
