
-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_BRANCH', 'PARTIAL_COMMITTEE', 'BRANCH');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('AGENCY', 'PUBLIC_SERVICE', 'STATE_ENTERPRISE', 'NON_STATE_ENTERPRISE', 'SCHOOL', 'RESIDENTIAL', 'ARMED_FORCES', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SUPERIOR_STAFF', 'GRASSROOTS_STAFF', 'BRANCH_SECRETARY', 'VIEWER');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('SOURCE', 'SYMPATHIZER', 'TRAINING', 'DOSSIER', 'AWARENESS_TEST', 'BRANCH_VOTE', 'COMMITTEE_REVIEW', 'SUPERIOR_DECISION', 'CEREMONY', 'PROBATION', 'OFFICIAL', 'DROPPED', 'STRUCK_OFF');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "OccupationGroup" AS ENUM ('STUDENT', 'WORKER', 'FARMER', 'INTELLECTUAL', 'CIVIL_SERVANT', 'ARMED_FORCES', 'NON_STATE_EMPLOYEE', 'PRIVATE_OWNER', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CREATED', 'UPDATED', 'TRANSITION', 'DOSSIER', 'RECORD');

-- CreateEnum
CREATE TYPE "IntroducerKind" AS ENUM ('PARTY_MEMBER', 'YOUTH_UNION', 'TRADE_UNION');

-- CreateEnum
CREATE TYPE "CourseKind" AS ENUM ('AWARENESS', 'NEW_MEMBER');

-- CreateEnum
CREATE TYPE "EnrolmentResult" AS ENUM ('ENROLLED', 'PASSED', 'FAILED', 'ABSENT');

-- CreateEnum
CREATE TYPE "TestOutcome" AS ENUM ('PASSED', 'ESSAY_RETEST', 'ABSENT');

-- CreateEnum
CREATE TYPE "ResolutionKind" AS ENUM ('BRANCH_ADMISSION', 'PARTIAL_ADMISSION_APPRAISAL', 'GRASSROOTS_ADMISSION', 'BRANCH_CONVERSION', 'PARTIAL_CONVERSION_APPRAISAL', 'GRASSROOTS_CONVERSION');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ADMISSION', 'CONVERSION', 'STRIKE_OFF');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('MISSING', 'RECEIVED', 'CHECKED');

-- CreateEnum
CREATE TYPE "QuotaMode" AS ENUM ('COUNT', 'PERCENT_OF_MEMBERS');

-- CreateEnum
CREATE TYPE "QuotaStatus" AS ENUM ('PROPOSED', 'APPROVED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "sector" "Sector",
    "decidesAdmission" BOOLEAN NOT NULL DEFAULT false,
    "runsAwarenessTest" BOOLEAN NOT NULL DEFAULT false,
    "hasYouthUnion" BOOLEAN NOT NULL DEFAULT false,
    "officialMembers" INTEGER NOT NULL DEFAULT 0,
    "totalMembers" INTEGER NOT NULL DEFAULT 0,
    "committeeMembers" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" VARCHAR(60) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" VARCHAR(120) NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'vi',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" VARCHAR(60) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "fullName" VARCHAR(120) NOT NULL,
    "searchName" VARCHAR(120) NOT NULL,
    "sortKey" VARCHAR(400) NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthDate" DATE NOT NULL,
    "ethnicity" VARCHAR(40) NOT NULL DEFAULT 'Kinh',
    "religion" VARCHAR(60),
    "educationLevel" "EducationLevel" NOT NULL,
    "generalEducation" VARCHAR(10),
    "occupationGroup" "OccupationGroup" NOT NULL,
    "occupation" VARCHAR(120),
    "youthUnionMember" BOOLEAN NOT NULL DEFAULT false,
    "tradeUnionMember" BOOLEAN NOT NULL DEFAULT false,
    "returningConscript" BOOLEAN NOT NULL DEFAULT false,
    "readmission" BOOLEAN NOT NULL DEFAULT false,
    "nationalId" VARCHAR(12),
    "phone" VARCHAR(15),
    "residence" VARCHAR(250),
    "hometown" VARCHAR(250),
    "note" VARCHAR(1000),
    "stage" "Stage" NOT NULL DEFAULT 'SOURCE',
    "stageSince" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "ruleSetCode" VARCHAR(20) NOT NULL DEFAULT 'QD294-2025',
    "admittedOn" DATE,
    "ceremonyOn" DATE,
    "officialOn" DATE,
    "exitReason" VARCHAR(500),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateEvent" (
    "id" BIGSERIAL NOT NULL,
    "candidateId" UUID NOT NULL,
    "actorId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" "EventKind" NOT NULL,
    "fromStage" "Stage",
    "toStage" "Stage",
    "changes" JSONB,
    "reason" VARCHAR(500),

    CONSTRAINT "CandidateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Helper" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "fullName" VARCHAR(120) NOT NULL,
    "assignedOn" DATE NOT NULL,
    "endedOn" DATE,

    CONSTRAINT "Helper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Introducer" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "kind" "IntroducerKind" NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "officialSince" DATE,
    "knownSince" DATE,
    "documentNumber" VARCHAR(40),
    "documentDate" DATE NOT NULL,
    "votesFor" INTEGER,
    "membersTotal" INTEGER,

    CONSTRAINT "Introducer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "kind" "CourseKind" NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "unitId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "issuer" VARCHAR(200),
    "location" VARCHAR(200),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "result" "EnrolmentResult" NOT NULL DEFAULT 'ENROLLED',
    "score" DECIMAL(4,2),
    "certificateNumber" VARCHAR(40),
    "certificateDate" DATE,
    "certificateIssuer" VARCHAR(200),

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwarenessTestSession" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwarenessTestSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwarenessTestResult" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "outcome" "TestOutcome" NOT NULL,
    "score" DECIMAL(4,2),
    "essayNote" VARCHAR(1000),

    CONSTRAINT "AwarenessTestResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "requestedOn" DATE NOT NULL,
    "completedOn" DATE,
    "conclusion" VARCHAR(1000),
    "certifiedOn" DATE,
    "documentNumber" VARCHAR(40),

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "kind" "ResolutionKind" NOT NULL,
    "unitId" UUID NOT NULL,
    "number" VARCHAR(40),
    "date" DATE NOT NULL,
    "membersOnRoll" INTEGER NOT NULL,
    "present" INTEGER,
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL DEFAULT 0,
    "passed" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "unitId" UUID NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "date" DATE NOT NULL,
    "receivedOn" DATE,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ceremony" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "place" VARCHAR(200),
    "lateConsent" VARCHAR(500),

    CONSTRAINT "Ceremony_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierItem" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "code" VARCHAR(4) NOT NULL,
    "status" "DossierStatus" NOT NULL DEFAULT 'MISSING',
    "number" VARCHAR(40),
    "date" DATE,
    "note" VARCHAR(500),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DossierItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "mode" "QuotaMode" NOT NULL DEFAULT 'COUNT',
    "target" INTEGER NOT NULL,
    "percent" DECIMAL(5,2),
    "baseMembers" INTEGER,
    "categoryTargets" JSONB,
    "status" "QuotaStatus" NOT NULL DEFAULT 'APPROVED',
    "documentNumber" VARCHAR(60),
    "documentDate" DATE,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaChange" (
    "id" BIGSERIAL NOT NULL,
    "quotaId" UUID NOT NULL,
    "actorId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,

    CONSTRAINT "QuotaChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "date" DATE NOT NULL,
    "name" VARCHAR(120) NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_at_idx" ON "LoginAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_address_at_idx" ON "LoginAttempt"("address", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_nationalId_key" ON "Candidate"("nationalId");

-- CreateIndex
CREATE INDEX "Candidate_unitId_stage_idx" ON "Candidate"("unitId", "stage");

-- CreateIndex
CREATE INDEX "Candidate_stage_stageSince_idx" ON "Candidate"("stage", "stageSince");

-- CreateIndex
CREATE INDEX "Candidate_admittedOn_idx" ON "Candidate"("admittedOn");

-- CreateIndex
CREATE INDEX "Candidate_unitId_sortKey_idx" ON "Candidate"("unitId", "sortKey");

-- CreateIndex
CREATE INDEX "Candidate_sortKey_idx" ON "Candidate"("sortKey");

-- CreateIndex
CREATE INDEX "CandidateEvent_candidateId_at_idx" ON "CandidateEvent"("candidateId", "at");

-- CreateIndex
CREATE INDEX "Helper_candidateId_idx" ON "Helper"("candidateId");

-- CreateIndex
CREATE INDEX "Introducer_candidateId_idx" ON "Introducer"("candidateId");

-- CreateIndex
CREATE INDEX "Course_unitId_startDate_idx" ON "Course"("unitId", "startDate");

-- CreateIndex
CREATE INDEX "Enrolment_candidateId_idx" ON "Enrolment"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_courseId_candidateId_key" ON "Enrolment"("courseId", "candidateId");

-- CreateIndex
CREATE INDEX "AwarenessTestSession_unitId_date_idx" ON "AwarenessTestSession"("unitId", "date");

-- CreateIndex
CREATE INDEX "AwarenessTestResult_candidateId_idx" ON "AwarenessTestResult"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "AwarenessTestResult_sessionId_candidateId_key" ON "AwarenessTestResult"("sessionId", "candidateId");

-- CreateIndex
CREATE INDEX "Verification_candidateId_idx" ON "Verification"("candidateId");

-- CreateIndex
CREATE INDEX "Resolution_candidateId_kind_idx" ON "Resolution"("candidateId", "kind");

-- CreateIndex
CREATE INDEX "Resolution_unitId_date_idx" ON "Resolution"("unitId", "date");

-- CreateIndex
CREATE INDEX "Decision_kind_date_idx" ON "Decision"("kind", "date");

-- CreateIndex
CREATE INDEX "Decision_candidateId_kind_idx" ON "Decision"("candidateId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_unitId_kind_number_key" ON "Decision"("unitId", "kind", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Ceremony_candidateId_key" ON "Ceremony"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierItem_candidateId_code_key" ON "DossierItem"("candidateId", "code");

-- CreateIndex
CREATE INDEX "Quota_startYear_endYear_idx" ON "Quota"("startYear", "endYear");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_unitId_startYear_endYear_status_key" ON "Quota"("unitId", "startYear", "endYear", "status");

-- CreateIndex
CREATE INDEX "QuotaChange_quotaId_at_idx" ON "QuotaChange"("quotaId", "at");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateEvent" ADD CONSTRAINT "CandidateEvent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateEvent" ADD CONSTRAINT "CandidateEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Helper" ADD CONSTRAINT "Helper_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introducer" ADD CONSTRAINT "Introducer_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwarenessTestSession" ADD CONSTRAINT "AwarenessTestSession_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwarenessTestResult" ADD CONSTRAINT "AwarenessTestResult_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AwarenessTestSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwarenessTestResult" ADD CONSTRAINT "AwarenessTestResult_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ceremony" ADD CONSTRAINT "Ceremony_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierItem" ADD CONSTRAINT "DossierItem_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaChange" ADD CONSTRAINT "QuotaChange_quotaId_fkey" FOREIGN KEY ("quotaId") REFERENCES "Quota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaChange" ADD CONSTRAINT "QuotaChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

