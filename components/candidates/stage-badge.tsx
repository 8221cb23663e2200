import { useTranslations } from "next-intl";
import type { StageCode } from "@/lib/domain/stages";

const COLOURS: Record<StageCode, string> = {
  SOURCE: "bg-stone-100 text-stone-700",
  SYMPATHIZER: "bg-sky-50 text-sky-800",
  TRAINING: "bg-sky-100 text-sky-900",
  DOSSIER: "bg-indigo-50 text-indigo-800",
  AWARENESS_TEST: "bg-indigo-100 text-indigo-900",
  BRANCH_VOTE: "bg-violet-100 text-violet-900",
  COMMITTEE_REVIEW: "bg-fuchsia-100 text-fuchsia-900",
  SUPERIOR_DECISION: "bg-amber-100 text-amber-900",
  CEREMONY: "bg-orange-100 text-orange-900",
  PROBATION: "bg-red-50 text-red-800",
  OFFICIAL: "bg-red-700 text-white",
  DROPPED: "bg-stone-200 text-stone-600 line-through",
  STRUCK_OFF: "bg-stone-300 text-stone-700 line-through",
};

export function StageBadge({ stage }: { stage: StageCode }) {
  const t = useTranslations("stage");
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${COLOURS[stage]}`}>{t(stage)}</span>;
}
