import "server-only";
import type { Scope } from "@/lib/auth/scope-rules";
import { findUnitsOnPaths } from "@/lib/db/paperwork";
import { headerLines, nearestPlace, placeDateLine, signerOf, type HeaderUnitKind } from "@/lib/domain/print/party-header";
import { unitIdsOnPath } from "@/lib/domain/unit-path";
import type { IsoDate } from "@/lib/domain/rules/dates";

/** The party header and signature of a paper issued by a unit (print-layout.md). */
export interface PrintHeader {
  superior: string | null;
  issuer: string;
  placeDate: string;
  signer: { body: string; title: string };
}

type UnitOnPath = { id: string; name: string; kind: HeaderUnitKind; place: string | null };

/** Headers for many units at once (a batch prints each candidate under their own branch). */
export async function printHeaders(scope: Scope, units: readonly { id: string; path: string }[], today: IsoDate): Promise<Map<string, PrintHeader>> {
  const rows: UnitOnPath[] = await findUnitsOnPaths(
    scope,
    units.map((u) => u.path),
  );
  const byId = new Map(rows.map((u) => [u.id, u]));
  return new Map(
    units.map((unit) => {
      const chain = unitIdsOnPath(unit.path).flatMap((id) => byId.get(id) ?? []);
      const self = chain.at(-1) ?? { id: unit.id, name: "", kind: "BRANCH" as const, place: null };
      const parent = chain.length > 1 ? chain.at(-2)! : null;
      return [unit.id, { ...headerLines(self, parent), placeDate: placeDateLine(nearestPlace(chain), today), signer: signerOf(self.kind) }];
    }),
  );
}

export async function printHeader(scope: Scope, unit: { id: string; path: string }, today: IsoDate): Promise<PrintHeader> {
  return (await printHeaders(scope, [unit], today)).get(unit.id)!;
}
