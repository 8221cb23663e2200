import type { StepField } from "./step-module";

/** Shorthands for the fields of a step's form (labels are keys under "pipeline.field"). */
export const dateField = (name: string, label = name, required = true): StepField => ({ name, label, kind: "date", required });
export const textField = (name: string, required = false): StepField => ({ name, label: name, kind: "text", required });
export const intField = (name: string, required = false): StepField => ({ name, label: name, kind: "int", required });
export const rollField = (label: "membersOnRoll" | "committeeMembers"): StepField => ({ name: "membersOnRoll", label, kind: "roll" });
export const courseField: StepField = { name: "courseId", label: "courseId", kind: "course", required: true };
