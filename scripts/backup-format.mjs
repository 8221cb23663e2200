// The backup file (scripts/backup.mjs, scripts/restore.mjs), gzip-compressed text:
//   line 1: the magic line below
//   line 2: JSON { createdAt, migrations: [names applied], tables: [names] }
//   then for each table: `TABLE {"table":…,"columns":[…]}`, its rows in COPY text format, and `\.`
export const BACKUP_MAGIC = "PDV-BACKUP 1";

export function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}
