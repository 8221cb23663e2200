import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findOwnImport, listOwnImports } from "@/lib/db/imports";
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { mayImport, type ImportKindCode, type ImportSummary, type StoredRow } from "./preview-common";

/** What the import page may offer the caller: candidates with candidate.write, the unit tree to administrators and superior staff. */
export function importKindsFor(actor: Actor): ImportKindCode[] {
  return (["CANDIDATES", "UNITS"] as const).filter((k) => mayImport(actor.role, k));
}

/** The caller's latest imports (their own only), newest first. */
export async function listMyImports({ actor, take = 10 }: { actor: Actor; take?: number }) {
  const rows = await listOwnImports(actor.scope, actor.userId, take);
  return rows.map((r) => {
    const summary = r.summary as unknown as ImportSummary;
    return {
      id: r.id,
      kind: r.kind,
      status: r.status,
      fileName: r.fileName,
      total: summary.total,
      invalid: summary.invalid,
      createdAt: r.createdAt,
      committedAt: r.committedAt,
    };
  });
}

/** One of the caller's own imports with its rows (for the preview page); anyone else's is not found. */
export async function getMyImport({ actor, id }: { actor: Actor; id: string }) {
  if (!z.uuid().safeParse(id).success) throw notFound();
  const record = await findOwnImport(actor.scope, actor.userId, id);
  if (!record) throw notFound();
  const summary = record.summary as unknown as ImportSummary;
  const rows = (record.rows as unknown as StoredRow<unknown>[]).map(({ row, label, problems }) => ({ row, label, problems }));
  return {
    id: record.id,
    kind: record.kind,
    status: record.status,
    fileName: record.fileName,
    createdAt: record.createdAt,
    committedAt: record.committedAt,
    summary,
    rows,
    mayCommit: mayImport(actor.role, record.kind) && record.status === "PREVIEWED" && summary.invalid === 0,
  };
}
