import "server-only";
import type { prisma, Tx } from "@/lib/db/client";
import type { ExtensionKind } from "@/lib/domain/rules/deadlines";
import type { CandidateFacts } from "@/lib/domain/rules/facts";

type Extensions = NonNullable<CandidateFacts["recordedExtensions"]>;
type Change = { to?: unknown };

/** The extension in force per candidate and decision kind: the latest one recorded. */
export async function loadDecisionExtensions(tx: Tx | typeof prisma, candidateIds: string[]): Promise<Map<string, Extensions>> {
  const events = await tx.candidateEvent.findMany({ where: { candidateId: { in: candidateIds }, kind: "RECORD" }, orderBy: { id: "asc" }, select: { candidateId: true, changes: true } });
  const out = new Map<string, Extensions>();
  for (const e of events) {
    const changes = (e.changes ?? {}) as Record<string, Change | undefined>;
    const days = changes.decisionExtension?.to;
    const kind = changes.extensionKind?.to as ExtensionKind | undefined;
    if (typeof days !== "number" || !kind) continue;
    const current = out.get(e.candidateId) ?? { admission: 0, conversion: 0 };
    out.set(e.candidateId, kind === "ADMISSION" ? { ...current, admission: days } : { ...current, conversion: days });
  }
  return out;
}

/** The facts with the extensions recorded while waiting (the facts loader reads the decision's own only). */
export function withExtensions(facts: CandidateFacts, extensions: Extensions | undefined): CandidateFacts {
  return extensions ? { ...facts, recordedExtensions: extensions } : facts;
}
