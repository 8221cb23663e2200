import { STAGE_MODULES } from "../pipeline/registry";
import { PIPELINE_STAGES, stageIndex, type StageCode } from "../stages";
import type { CandidateFacts } from "./facts";

/**
 * The order a candidate actually goes through: the awareness test only where the superior runs a
 * test council; the committee review only where the branch sits under a grassroots committee (a
 * grassroots branch's own resolution goes straight to the superior).
 */
export function pathFor(unit: CandidateFacts["unit"]): StageCode[] {
  return PIPELINE_STAGES.filter((s) => STAGE_MODULES[s].appliesTo?.(unit) ?? true);
}

export function nextStage(stage: StageCode, unit: CandidateFacts["unit"]): StageCode | null {
  const path = pathFor(unit);
  const i = path.indexOf(stage);
  return i >= 0 && i < path.length - 1 ? (path[i + 1] ?? null) : null;
}

export type MoveKind = "FORWARD" | "BACKWARD" | "EXIT";

/** Admission decided (9-KNĐ recorded): from here on the way out is striking off, not dropping. */
const ADMITTED_FROM = stageIndex("CEREMONY");

/** What kind of move `from → to` is, or null when it is no move the rules know. */
export function moveKind(from: StageCode, to: StageCode, unit: CandidateFacts["unit"]): MoveKind | null {
  if (to === "DROPPED") return stageIndex(from) >= 0 && stageIndex(from) < ADMITTED_FROM ? "EXIT" : null;
  if (to === "STRUCK_OFF") return from === "PROBATION" || from === "CEREMONY" ? "EXIT" : null;
  if (nextStage(from, unit) === to) return "FORWARD";
  const path = pathFor(unit);
  const fromIndex = path.indexOf(from);
  const toIndex = path.indexOf(to);
  // Backward moves stay before admission: a decided admission is undone by striking off, not rewinding.
  if (fromIndex > 0 && toIndex >= 1 && toIndex < fromIndex && stageIndex(from) < ADMITTED_FROM) return "BACKWARD";
  return null;
}

/** The moves the UI offers from a stage. */
export function availableMoves(from: StageCode, unit: CandidateFacts["unit"]): { to: StageCode; kind: MoveKind }[] {
  const candidates: StageCode[] = [...pathFor(unit), "DROPPED", "STRUCK_OFF"];
  return candidates.flatMap((to) => {
    const kind = moveKind(from, to, unit);
    return kind ? [{ to, kind }] : [];
  });
}
