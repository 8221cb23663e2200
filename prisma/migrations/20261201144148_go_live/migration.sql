-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('UNIT', 'ACCOUNT', 'QUOTA', 'HOLIDAY', 'IMPORT', 'TRANSFER', 'VERIFICATION_VIEWED');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('CANDIDATES', 'UNITS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEWED', 'COMMITTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EventKind" ADD VALUE 'TRANSFER';
ALTER TYPE "EventKind" ADD VALUE 'IMPORTED';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "UnitRoll" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "officialMembers" INTEGER NOT NULL,
    "totalMembers" INTEGER NOT NULL,
    "committeeMembers" INTEGER NOT NULL,
    "hasYouthUnion" BOOLEAN NOT NULL,
    "actorId" UUID,
    "note" VARCHAR(500),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitRoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "kind" "AuditKind" NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "unitId" UUID NOT NULL,
    "entityId" VARCHAR(60),
    "changes" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Import" (
    "id" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "unitId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEWED',
    "fileName" VARCHAR(200) NOT NULL,
    "rows" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "basis" VARCHAR(200) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitRoll_unitId_effectiveFrom_key" ON "UnitRoll"("unitId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AuditEvent_unitId_at_idx" ON "AuditEvent"("unitId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_at_idx" ON "AuditEvent"("kind", "at");

-- CreateIndex
CREATE INDEX "Import_unitId_createdAt_idx" ON "Import"("unitId", "createdAt");

-- AddForeignKey
ALTER TABLE "UnitRoll" ADD CONSTRAINT "UnitRoll_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only, like the candidate history.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- Rolls are counts: never negative, and the official members are among all members.
ALTER TABLE "UnitRoll" ADD CONSTRAINT "UnitRoll_counts_check"
  CHECK ("officialMembers" >= 0 AND "totalMembers" >= "officialMembers" AND "committeeMembers" >= 0);

-- Every unit's roll as it stands today becomes the first entry of its history.
INSERT INTO "UnitRoll" (id, "unitId", "effectiveFrom", "officialMembers", "totalMembers", "committeeMembers", "hasYouthUnion", note)
SELECT gen_random_uuid(), id, DATE '1990-01-01', "officialMembers", GREATEST("totalMembers", "officialMembers"), "committeeMembers", "hasYouthUnion", 'initial'
FROM "Unit";
