import { PIPELINE_STAGES, isAdmittedStage, stageIndex, type PipelineStage, type StageCode } from "@/lib/domain/stages";
import { median } from "./stats";

/**
 * Turns recorded stage moves into, for each stage, the chance of moving on and the usual time it
 * takes: conversion = moved forward ÷ (moved forward + dropped from it); duration = median days of
 * the forward moves. Backward moves (an expired certificate sends a candidate back to TRAINING) and
 * stays are neither a pass nor a failure and are left out.
 */
export interface Transition {
  unitId: string;
  fromStage: StageCode;
  toStage: StageCode;
  /** Calendar days spent in `fromStage` before the move. */
  days: number;
}

/** Stages before the admission decision, where a candidate can still be admitted later. */
export type PreAdmissionStage = Exclude<PipelineStage, "CEREMONY" | "PROBATION" | "OFFICIAL">;
export const PRE_ADMISSION_STAGES = PIPELINE_STAGES.filter((s) => !isAdmittedStage(s)) as PreAdmissionStage[];

export function isPreAdmissionStage(stage: StageCode): stage is PreAdmissionStage {
  return (PRE_ADMISSION_STAGES as readonly string[]).includes(stage);
}

export interface StageOutcomes {
  forward: number;
  dropped: number;
  forwardDays: number[];
  /** Where the forward moves went (a unit without a test council goes DOSSIER → BRANCH_VOTE). */
  nextCounts: Partial<Record<PipelineStage, number>>;
}

export interface History {
  byUnit: Map<string, Map<PipelineStage, StageOutcomes>>;
  bloc: Map<PipelineStage, StageOutcomes>;
}

const empty = (): StageOutcomes => ({ forward: 0, dropped: 0, forwardDays: [], nextCounts: {} });

function outcomesFor(map: Map<PipelineStage, StageOutcomes>, stage: PipelineStage): StageOutcomes {
  let o = map.get(stage);
  if (!o) map.set(stage, (o = empty()));
  return o;
}

/** Groups transitions per unit and stage, and over the whole bloc (every transition passed in). */
export function aggregateHistory(transitions: readonly Transition[]): History {
  const history: History = { byUnit: new Map(), bloc: new Map() };
  for (const t of transitions) {
    const { fromStage: from, toStage: to } = t;
    if (from === "DROPPED" || from === "STRUCK_OFF" || from === "OFFICIAL") continue;
    const dropped = to === "DROPPED" || to === "STRUCK_OFF";
    if (!dropped && stageIndex(to) <= stageIndex(from)) continue; // backward or stay: neither pass nor fail
    let unit = history.byUnit.get(t.unitId);
    if (!unit) history.byUnit.set(t.unitId, (unit = new Map()));
    for (const o of [outcomesFor(unit, from), outcomesFor(history.bloc, from)]) {
      if (to === "DROPPED" || to === "STRUCK_OFF") {
        o.dropped += 1;
      } else {
        o.forward += 1;
        o.forwardDays.push(t.days);
        o.nextCounts[to] = (o.nextCounts[to] ?? 0) + 1;
      }
    }
  }
  return history;
}

/** Fewer outcomes (forward + dropped) than this out of a stage, and the unit's own figures are not trusted. */
export const MIN_UNIT_TRANSITIONS = 5;
/** With no history anywhere for a stage, assume it is passed… */
export const ASSUMED_CONVERSION = 1;
/** …in its allowed duration, or in this many days where it has none. */
export const ASSUMED_STAGE_DAYS = 30;

export const ESTIMATE_SOURCES = ["UNIT", "BLOC", "ASSUMED"] as const;
export type EstimateSource = (typeof ESTIMATE_SOURCES)[number];

export interface StageEstimate {
  stage: PipelineStage;
  /** Chance of moving forward out of the stage. */
  conversion: number;
  /** Median days before moving forward (0 when nobody ever moved forward). */
  medianDays: number;
  /** The usual next stage. */
  next: PipelineStage;
  source: EstimateSource;
  /** Outcomes behind the figures (forward + dropped), in the source used. */
  sample: number;
  /** The unit's own outcomes, to show why the bloc was used. */
  unitSample: number;
}

const sampleOf = (o: StageOutcomes | undefined) => (o ? o.forward + o.dropped : 0);

// The most frequent forward destination; ties go to the nearer stage; none recorded: the next one.
function usualNext(stage: PipelineStage, o: StageOutcomes | undefined): PipelineStage {
  const entries = Object.entries(o?.nextCounts ?? {}) as [PipelineStage, number][];
  entries.sort((a, b) => b[1] - a[1] || stageIndex(a[0]) - stageIndex(b[0]));
  return entries[0]?.[0] ?? PIPELINE_STAGES[stageIndex(stage) + 1];
}

/**
 * The figures for one unit and stage: the unit's own when it has at least MIN_UNIT_TRANSITIONS
 * outcomes out of the stage, else the bloc's, else an assumption (said so in `source`).
 */
export function stageEstimate(
  history: History,
  unitId: string,
  stage: PipelineStage,
  allowedDays: Partial<Record<PipelineStage, number>> = {},
  minUnitTransitions: number = MIN_UNIT_TRANSITIONS,
): StageEstimate {
  const own = history.byUnit.get(unitId)?.get(stage);
  const bloc = history.bloc.get(stage);
  const unitSample = sampleOf(own);
  const [source, o]: [EstimateSource, StageOutcomes | undefined] =
    unitSample >= minUnitTransitions ? ["UNIT", own] : sampleOf(bloc) > 0 ? ["BLOC", bloc] : ["ASSUMED", undefined];
  if (!o) {
    const days = allowedDays[stage] ?? ASSUMED_STAGE_DAYS;
    return { stage, conversion: ASSUMED_CONVERSION, medianDays: days, next: usualNext(stage, undefined), source, sample: 0, unitSample };
  }
  return {
    stage,
    conversion: o.forward / (o.forward + o.dropped),
    medianDays: median(o.forwardDays) ?? 0,
    next: usualNext(stage, o),
    source,
    sample: sampleOf(o),
    unitSample,
  };
}

/** The bloc-wide conversion of a stage (null without any outcome), to compare a unit with. */
export function blocConversion(history: History, stage: PipelineStage): number | null {
  const o = history.bloc.get(stage);
  return o && sampleOf(o) > 0 ? o.forward / sampleOf(o) : null;
}
