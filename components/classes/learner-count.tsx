import { getTranslations } from "next-intl/server";

/**
 * "16 learners, 1 in your units": a class's head count and the part of it the reader sees by name.
 * When the reader sees them all, the one number says it.
 */
export async function LearnerCount({ total, mine }: { total: number; mine: number }) {
  const t = await getTranslations("classes");
  return <>{mine === total ? t("enrolled", { count: total }) : t("enrolledMine", { total, mine })}</>;
}
