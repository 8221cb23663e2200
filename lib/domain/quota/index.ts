/** Quota maths: periods, targets, attainment, categories, funnel, pace, time in stage and the forecast. Pure functions only. */
export type { IsoDate, MonthKey } from "./dates";
export * from "./period";
export * from "./quota-target";
export * from "./attainment";
export * from "./categories";
export * from "./category-attainment";
export * from "./funnel";
export * from "./pace";
export * from "./time-in-stage";
export * from "./history";
export * from "./outlook";
export * from "./forecast-reasons";
export * from "./forecast";
export * from "./messages";
export { median, quantile } from "./stats";
