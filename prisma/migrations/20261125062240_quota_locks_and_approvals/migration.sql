-- Quotas: a period lock that also covers units without a figure (an approved row may carry no
-- target), proposals closed by an approval (acceptedAt), and a kind on every history entry.

-- CreateEnum
CREATE TYPE "QuotaChangeKind" AS ENUM ('SET', 'APPROVE', 'ACCEPT', 'LOCK', 'UNLOCK');

-- AlterTable
ALTER TABLE "Quota" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ALTER COLUMN "target" DROP NOT NULL;

-- AlterTable
ALTER TABLE "QuotaChange" ADD COLUMN     "kind" "QuotaChangeKind" NOT NULL DEFAULT 'SET';
