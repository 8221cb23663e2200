/** The id of a quota row's heading (the unit's name): the row's boxes take it into their names. */
export const quotaNameId = (unitId: string) => `quota-${unitId}-name`;
