"use client";

import { StageBadge } from "./stage-badge";

// StageBadge uses useTranslations, which works in client components too; this re-export marks it as one.
export const StageBadgeClient = StageBadge;
