/**
 * A PrismaPg factory for the Prisma 6.19 CLI's WASM schema engine (used only by prisma.config.ts).
 *
 * adapter-pg 7.10.1 has four bugs under that engine (see shared notes/stack-spike.md §3.2):
 *  A/B. the shadow database is created on the wrong database or dropped while its own pool is open;
 *  C.   `pg_constraint.contype` has type "char" (OID 18), which the adapter refuses (UnsupportedNativeDataType),
 *       while the engine reads that column as a Character: reported as Text, any CHECK constraint made the
 *       engine panic ("RuntimeError: unreachable"). No OID maps to Character in adapter-pg 7.10.1 (BPCHAR
 *       1042 maps to Text, tried: still panics), so the result set's column type is set to Character
 *       directly; the value stays the string pg returns for "char" (e.g. "c");
 *  D.   migration scripts are split on ";" (breaks plpgsql bodies) and run outside a transaction.
 * This subclass fixes all four so that `migrate deploy` is transactional and `migrate diff
 * --from-migrations` works against a real PostgreSQL.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const CHAR_OID = 18; // PostgreSQL's one-byte "char" (pg_constraint.contype, pg_class.relkind, …)
const TEXT_OID = 25;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils 7.10.1 (not a direct dependency).
const CHARACTER_COLUMN = 6;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Query = object;
type QueryResult = { fields?: { dataTypeID: number }[] };
type Queryable = {
  performIO(q: Query): Promise<QueryResult | QueryResult[]>;
  queryRaw(q: Query): Promise<{ columnTypes: number[] }>;
};

function patchAdapter(adapter: Adapter, pool: pg.Pool): Adapter {
  const queryable = adapter as unknown as Queryable;
  // Bug C. queryRaw hands its query object to performIO: the "char" columns a query returned are
  // remembered per query object (safe with concurrent queries).
  const charColumns = new WeakMap<Query, number[]>();
  const performIO = queryable.performIO.bind(adapter);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    // A parameterless multi-statement query (the engine replays migration files this way) yields an array.
    const parts = Array.isArray(result) ? result : [result];
    const columns: number[] = [];
    for (const part of parts) {
      part.fields?.forEach((field, i) => {
        if (field.dataTypeID !== CHAR_OID) return;
        field.dataTypeID = TEXT_OID; // the adapter maps and parses it like text: a string
        if (parts.length === 1) columns.push(i);
      });
    }
    if (columns.length > 0) charColumns.set(query, columns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(adapter);
  queryable.queryRaw = async (query) => {
    try {
      const resultSet = await queryRaw(query);
      for (const i of charColumns.get(query) ?? []) resultSet.columnTypes[i] = CHARACTER_COLUMN;
      return resultSet;
    } finally {
      charColumns.delete(query);
    }
  };
  // One simple-protocol query: PostgreSQL runs a multi-statement string as one implicit transaction.
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

async function runAdmin(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export class PrismaPgForMigrate extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    const adapter = await super.connect();
    return patchAdapter(adapter, adapter.underlyingDriver() as pg.Pool);
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await runAdmin(this.url, `CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    const shadow = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
    const pool = shadow.underlyingDriver() as pg.Pool;
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose(); // close the shadow pool before dropping its database
      await runAdmin(this.url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return patchAdapter(shadow, pool);
  }
}
