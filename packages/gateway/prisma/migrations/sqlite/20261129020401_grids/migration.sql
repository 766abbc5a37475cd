-- CreateTable
CREATE TABLE "ManagingUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    CONSTRAINT "ManagingUnit_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Grid" (
    "code" TEXT NOT NULL PRIMARY KEY,
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
    CONSTRAINT "Grid_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HouseholdJointUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gridCode" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT,
    "headPersonId" TEXT NOT NULL,
    CONSTRAINT "HouseholdJointUnit_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HouseholdJointUnit_headPersonId_fkey" FOREIGN KEY ("headPersonId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    CONSTRAINT "Household_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HouseholdJointUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Household_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "managingUnitId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "until" TEXT,
    CONSTRAINT "StaffAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffAssignment_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffAssignment_managingUnitId_fkey" FOREIGN KEY ("managingUnitId") REFERENCES "ManagingUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecruitmentPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "budgetFen" BIGINT NOT NULL,
    "quota" INTEGER NOT NULL,
    "funding" TEXT NOT NULL,
    "passMark" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "gridKind" TEXT,
    "openings" INTEGER NOT NULL,
    "annualCostFen" BIGINT NOT NULL,
    CONSTRAINT "Posting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RecruitmentPlan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "appliedAt" DATETIME NOT NULL,
    "professionalSkill" INTEGER,
    "personalCharacter" INTEGER,
    "communication" INTEGER,
    "weightedScore" INTEGER,
    "rank" INTEGER,
    "hired" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Candidate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Candidate_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "targetRoles" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TrainingParticipation" (
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "personId"),
    CONSTRAINT "TrainingParticipation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingParticipation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HomeownersCommittee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gridCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "HomeownersCommittee_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "committeeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "seat" TEXT NOT NULL,

    PRIMARY KEY ("committeeId", "personId", "seat"),
    CONSTRAINT "CommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "HomeownersCommittee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommitteeMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeaveRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reason" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "decisionOutcome" TEXT,
    "decidedByUnitId" TEXT,
    "decidedByPersonId" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "cancelledAt" DATETIME,
    "returnedOn" TEXT,
    CONSTRAINT "LeaveRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LeaveRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "StaffAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClockRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ClockRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "periodFrom" TEXT NOT NULL,
    "periodTo" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "components" TEXT NOT NULL,
    "consequences" TEXT NOT NULL,
    "assessedByUnitId" TEXT NOT NULL,
    "assessedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "StaffAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
