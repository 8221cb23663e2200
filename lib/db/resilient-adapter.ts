import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * adapter-pg 7.10 hands a pooled connection to each interactive transaction and gives it back only
 * in commit() or rollback(). When the database restarts under a transaction, the engine's ROLLBACK
 * fails on the dead socket, neither is called, and the connection never returns to the pool: after
 * as many cut transactions as the pool has connections, every request waits forever (found by
 * tests/integration/db-fault.test.ts). Here a transaction's connection that ends or fails is given
 * back at once as broken (pg then discards it and opens a fresh one), and a later commit/rollback
 * of that transaction does not release it a second time.
 */
function releaseOnFailure(tx: Transaction): Transaction {
  const conn = (tx as unknown as { client: pg.PoolClient }).client;
  let released = false;
  const discard = (error: Error) => {
    if (released) return;
    released = true;
    conn.release(error);
  };
  const onError = (error: Error) => discard(error);
  const onEnd = () => discard(new Error("connection ended during a transaction"));
  conn.on("error", onError);
  conn.on("end", onEnd);
  const settle = (finish: () => Promise<void>) => async () => {
    conn.removeListener("error", onError);
    conn.removeListener("end", onEnd);
    if (released) return;
    released = true;
    await finish();
  };
  tx.commit = settle(tx.commit.bind(tx));
  tx.rollback = settle(tx.rollback.bind(tx));
  return tx;
}

export class ResilientPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseOnFailure(await start(isolationLevel));
    return adapter;
  }
}
