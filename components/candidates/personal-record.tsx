import { getTranslations } from "next-intl/server";
import type { TCandidateDetail } from "@/lib/services/candidates/candidate-dto";
import { formatVnDate } from "@/lib/time";
import { telHref } from "./tel-href";

export async function PersonalRecord({ candidate: c }: { candidate: TCandidateDetail }) {
  const t = await getTranslations();
  const yes = t("form.yes");
  const no = t("form.no");
  const tel = c.phone ? telHref(c.phone) : null;
  const rows: [string, React.ReactNode][] = [
    [t("field.sex"), t(`sex.${c.sex}`)],
    [t("field.birthDate"), formatVnDate(c.birthDate)],
    [t("field.ethnicity"), c.ethnicity],
    [t("field.religion"), c.religion ?? t("field.none")],
    [t("field.educationLevel"), t(`education.${c.educationLevel}`)],
    [t("field.generalEducation"), c.generalEducation ?? ""],
    [t("field.occupationGroup"), t(`occupation.${c.occupationGroup}`)],
    [t("field.occupation"), c.occupation ?? ""],
    [t("field.youthUnionMember"), c.youthUnionMember ? yes : no],
    [t("field.tradeUnionMember"), c.tradeUnionMember ? yes : no],
    [t("field.nationalId"), c.nationalId ?? ""],
    [
      t("field.phone"),
      tel ? (
        <a href={tel} className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline">
          {c.phone}
        </a>
      ) : (
        (c.phone ?? "")
      ),
    ],
    [t("field.residence"), c.residence ?? ""],
    [t("field.hometown"), c.hometown ?? ""],
    [t("detail.helpers"), c.helpers.map((h) => `${h.fullName} (${formatVnDate(h.assignedOn)})`).join(", ") || t("detail.noneYet")],
  ];
  return (
    <dl className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-stone-600">{label}</dt>
          <dd className="break-words text-stone-900">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
