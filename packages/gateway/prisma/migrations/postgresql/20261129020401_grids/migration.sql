-- CreateTable
CREATE TABLE "ManagingUnit" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "ManagingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grid" (
    "code" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "townshipCode" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameBo" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "boundary" TEXT,
    "compliant" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Grid_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "HouseholdJointUnit" (
    "id" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT,
    "headPersonId" TEXT NOT NULL,

    CONSTRAINT "HouseholdJointUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "managingUnitId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "until" TEXT,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruitmentPlan" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "budgetFen" BIGINT NOT NULL,
    "quota" INTEGER NOT NULL,
    "funding" TEXT NOT NULL,
    "passMark" INTEGER NOT NULL,

    CONSTRAINT "RecruitmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "gridKind" TEXT,
    "openings" INTEGER NOT NULL,
    "annualCostFen" BIGINT NOT NULL,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL,
    "professionalSkill" INTEGER,
    "personalCharacter" INTEGER,
    "communication" INTEGER,
    "weightedScore" INTEGER,
    "rank" INTEGER,
    "hired" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "targetRoles" TEXT NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingParticipation" (
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "TrainingParticipation_pkey" PRIMARY KEY ("sessionId","personId")
);

-- CreateTable
CREATE TABLE "HomeownersCommittee" (
    "id" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "HomeownersCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "committeeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,

    CONSTRAINT "CommitteeMember_pkey" PRIMARY KEY ("committeeId","personId","seat")
);

-- CreateTable
CREATE TABLE "LeaveRequest" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reason" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decisionOutcome" TEXT,
    "decidedByUnitId" TEXT,
    "decidedByPersonId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "returnedOn" TEXT,

    CONSTRAINT "LeaveRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClockRecord" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClockRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "periodFrom" TEXT NOT NULL,
    "periodTo" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "components" TEXT NOT NULL,
    "consequences" TEXT NOT NULL,
    "assessedByUnitId" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ManagingUnit_regionCode_idx" ON "ManagingUnit"("regionCode");

-- CreateIndex
CREATE INDEX "Grid_countyCode_kind_code_idx" ON "Grid"("countyCode", "kind", "code");

-- CreateIndex
CREATE INDEX "Grid_countyCode_compliant_code_idx" ON "Grid"("countyCode", "compliant", "code");

-- CreateIndex
CREATE INDEX "Grid_villageCode_idx" ON "Grid"("villageCode");

-- CreateIndex
CREATE INDEX "HouseholdJointUnit_headPersonId_idx" ON "HouseholdJointUnit"("headPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdJointUnit_gridCode_sequence_key" ON "HouseholdJointUnit"("gridCode", "sequence");

-- CreateIndex
CREATE INDEX "Household_unitId_id_idx" ON "Household"("unitId", "id");

-- CreateIndex
CREATE INDEX "Household_gridCode_id_idx" ON "Household"("gridCode", "id");

-- CreateIndex
CREATE INDEX "StaffAssignment_gridCode_role_personId_idx" ON "StaffAssignment"("gridCode", "role", "personId");

-- CreateIndex
CREATE INDEX "StaffAssignment_role_gridCode_idx" ON "StaffAssignment"("role", "gridCode");

-- CreateIndex
CREATE INDEX "StaffAssignment_personId_idx" ON "StaffAssignment"("personId");

-- CreateIndex
CREATE INDEX "StaffAssignment_managingUnitId_idx" ON "StaffAssignment"("managingUnitId");

-- CreateIndex
CREATE INDEX "Posting_planId_idx" ON "Posting"("planId");

-- CreateIndex
CREATE INDEX "Candidate_postingId_rank_idx" ON "Candidate"("postingId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_postingId_personId_key" ON "Candidate"("postingId", "personId");

-- CreateIndex
CREATE INDEX "TrainingSession_regionCode_date_idx" ON "TrainingSession"("regionCode", "date");

-- CreateIndex
CREATE INDEX "TrainingParticipation_personId_idx" ON "TrainingParticipation"("personId");

-- CreateIndex
CREATE INDEX "HomeownersCommittee_gridCode_idx" ON "HomeownersCommittee"("gridCode");

-- CreateIndex
CREATE INDEX "LeaveRequest_personId_status_startDate_idx" ON "LeaveRequest"("personId", "status", "startDate");

-- CreateIndex
CREATE INDEX "LeaveRequest_assignmentId_startDate_idx" ON "LeaveRequest"("assignmentId", "startDate");

-- CreateIndex
CREATE INDEX "LeaveRequest_status_startDate_idx" ON "LeaveRequest"("status", "startDate");

-- CreateIndex
CREATE INDEX "ClockRecord_personId_at_idx" ON "ClockRecord"("personId", "at");

-- CreateIndex
CREATE INDEX "Assessment_grade_periodFrom_idx" ON "Assessment"("grade", "periodFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_assignmentId_periodFrom_periodTo_key" ON "Assessment"("assignmentId", "periodFrom", "periodTo");

-- AddForeignKey
ALTER TABLE "ManagingUnit" ADD CONSTRAINT "ManagingUnit_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdJointUnit" ADD CONSTRAINT "HouseholdJointUnit_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdJointUnit" ADD CONSTRAINT "HouseholdJointUnit_headPersonId_fkey" FOREIGN KEY ("headPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HouseholdJointUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_managingUnitId_fkey" FOREIGN KEY ("managingUnitId") REFERENCES "ManagingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RecruitmentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipation" ADD CONSTRAINT "TrainingParticipation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingParticipation" ADD CONSTRAINT "TrainingParticipation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeownersCommittee" ADD CONSTRAINT "HomeownersCommittee_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "HomeownersCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaveRequest" ADD CONSTRAINT "LeaveRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "StaffAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClockRecord" ADD CONSTRAINT "ClockRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "StaffAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
