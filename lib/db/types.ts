/**
 * The few row and enum types of the database that services handle, re-exported so that nothing
 * outside lib/db imports the generated Prisma client (ESLint keeps it that way). Query shapes
 * (Prisma.*Input, Prisma.sql) stay inside lib/db.
 */
export type { Quota as QuotaRow, QuotaChangeKind, QuotaStatus } from "./generated/client";
