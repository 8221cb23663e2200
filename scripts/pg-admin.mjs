import pg from "pg";

/** The local PostgreSQL server the test, check and migration scripts create throwaway databases on. */
export const ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs one statement as the administrator (CREATE/DROP DATABASE cannot run inside a pool's transaction). */
export async function admin(sql, values = []) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the same server. */
export function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
