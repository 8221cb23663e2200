import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/require-actor";
import { writableBranches } from "@/lib/services/units/writable-branches";
import { createCandidateAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("newCandidate") };
}

export default async function NewCandidatePage() {
  const actor = await requireActor();
  const t = await getTranslations("form");
  const units = await writableBranches({ actor });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("createTitle")}</h1>
      <Card>
        <CandidateForm
          units={units}
          defaults={{ unitId: units.length === 1 ? units[0]?.id : "", ethnicity: "Kinh", generalEducation: "12/12" }}
          submit={createCandidateAction}
          cancelHref="/candidates"
          creating
        />
      </Card>
    </div>
  );
}
