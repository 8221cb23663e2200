import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card } from "@/components/ui/card";
import { canWrite } from "@/lib/auth/scope-rules";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getCandidate } from "@/lib/services/candidates/get-candidate";
import { writableBranches } from "@/lib/services/units/writable-branches";
import { formatVnDate } from "@/lib/time";
import { updateCandidateAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("editCandidate") };
}

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const candidate = await getCandidate({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!canWrite(actor.scope, candidate.unitId)) notFound();
  const t = await getTranslations("form");
  const tRecord = await getTranslations("record");
  const units = await writableBranches({ actor });
  const version = candidate.version;
  async function submit(values: unknown) {
    "use server";
    const result = await updateCandidateAction(id, { ...(values as object), version });
    // Saved: back to the record, which says so (?saved=1); a refusal stays on the form with its messages.
    if (result.ok) redirect(`/candidates/${id}?saved=1`);
    return result;
  }
  return (
    <div className="flex flex-col gap-4">
      <IntentLink href={`/candidates/${id}`} className="inline-flex min-h-6 items-center self-start text-sm text-stone-600 hover:underline">
        ← {tRecord("backToRecord")}
      </IntentLink>
      <h1 className="text-2xl font-semibold text-stone-900">{t("editTitle", { name: candidate.fullName })}</h1>
      <Card>
        <CandidateForm
          units={units}
          submit={submit}
          cancelHref={`/candidates/${id}`}
          defaults={{
            unitId: candidate.unitId,
            fullName: candidate.fullName,
            sex: candidate.sex,
            birthDate: formatVnDate(candidate.birthDate),
            ethnicity: candidate.ethnicity,
            religion: candidate.religion ?? "",
            educationLevel: candidate.educationLevel,
            generalEducation: candidate.generalEducation ?? "",
            occupationGroup: candidate.occupationGroup,
            occupation: candidate.occupation ?? "",
            youthUnionMember: candidate.youthUnionMember,
            tradeUnionMember: candidate.tradeUnionMember,
            returningConscript: candidate.returningConscript,
            readmission: candidate.readmission,
            nationalId: candidate.nationalId ?? "",
            phone: candidate.phone ?? "",
            residence: candidate.residence ?? "",
            hometown: candidate.hometown ?? "",
            note: candidate.note ?? "",
          }}
        />
      </Card>
    </div>
  );
}
