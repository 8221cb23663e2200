/**
 * What the audit log lists (issue 11): a candidate's own history, and the changes to units and
 * rolls, accounts, quotas, holidays, imports, transfers, and who read verification findings.
 */
export const AUDIT_KINDS = ["CANDIDATE", "UNIT", "ACCOUNT", "QUOTA", "HOLIDAY", "IMPORT", "TRANSFER", "VERIFICATION_VIEWED"] as const;
export type AuditListKind = (typeof AUDIT_KINDS)[number];
