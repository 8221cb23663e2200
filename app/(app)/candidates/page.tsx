import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CandidateFilters } from "@/components/candidates/candidate-filters";
import { CandidateTable } from "@/components/candidates/candidate-table";
import { Pagination } from "@/components/candidates/pagination";
import { ListPaperwork } from "@/components/print/list-paperwork";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { loadNextDeadlines } from "@/lib/services/candidates/candidate-deadlines";
import { listCandidates } from "@/lib/services/candidates/list-candidates";
import { listUnits } from "@/lib/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("candidates") };
}

type Search = Record<string, string | string[] | undefined>;

function pickStrings(search: Search): Record<string, string> {
  return Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations("list");
  const params = pickStrings(await searchParams);
  // A hand-edited URL with a bad filter shows the unfiltered list rather than an error page.
  const result = await listCandidates({ actor, input: params }).catch((error) => {
    if (isAppError(error)) return listCandidates({ actor, input: {} });
    throw error;
  });
  const [{ items: units }, nextDeadlines] = await Promise.all([listUnits({ actor }), loadNextDeadlines(actor.scope, result.items)]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-stone-600" data-testid="candidate-total">
            {t("total", { total: result.total })}
          </p>
        </div>
        {can(actor.role, "candidate.write") ? <ButtonLink href="/candidates/new">+ {(await getTranslations("nav"))("newCandidate")}</ButtonLink> : null}
      </div>
      <CandidateFilters units={units} values={params} />
      <ListPaperwork filters={params} total={result.total} />
      <CandidateTable items={result.items} nextDeadlines={nextDeadlines} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} />
    </div>
  );
}
