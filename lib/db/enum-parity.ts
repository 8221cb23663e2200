/**
 * Compile-time proof that the database enums (prisma/schema.prisma, as generated into ./generated)
 * and the domain's code lists (lib/domain) name the same codes. Types only: nothing here runs.
 * When one side gains, loses or renames a code, `npx tsc --noEmit` fails on the line of that enum,
 * before a form offers a code the database refuses or the database holds one the app cannot label.
 */
import type { EducationLevel, OccupationGroup, Role, Sex, Stage, UnitKind } from "./generated/enums";
import type { EducationLevelCode, OccupationGroupCode, RoleCode, SexCode, UnitKindCode } from "@/lib/domain/codes";
import type { StageCode } from "@/lib/domain/stages";

/** true when A and B are the same type (not merely assignable one way), else false. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/* eslint-disable @typescript-eslint/no-unused-vars -- each constant is a compile-time assertion */
const unitKinds: Equal<UnitKind, UnitKindCode> = true;
const roles: Equal<Role, RoleCode> = true;
const sexes: Equal<Sex, SexCode> = true;
const educationLevels: Equal<EducationLevel, EducationLevelCode> = true;
const occupationGroups: Equal<OccupationGroup, OccupationGroupCode> = true;
const stages: Equal<Stage, StageCode> = true;
/* eslint-enable @typescript-eslint/no-unused-vars */

export {};
