-- AlterTable
ALTER TABLE "PointRuleItem" ADD COLUMN "labelBo" TEXT;

-- CreateTable
CREATE TABLE "PointsEvaluationMember" (
    "villageCode" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("villageCode", "personId"),
    CONSTRAINT "PointsEvaluationMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointsProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "householdId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "note" TEXT,
    "proposedAt" DATETIME NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "sessionId" TEXT,
    "evaluatedMonth" TEXT,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "postingId" TEXT,
    "eventId" TEXT,
    CONSTRAINT "PointsProposal_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PointsProposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PointsEvaluationSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PointsProposal_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "PointsPosting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointsEvaluationSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "villageCode" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "groupSize" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PointsSessionAttendance" (
    "sessionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "personId"),
    CONSTRAINT "PointsSessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "PointsEvaluationSession" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PointsSessionAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointsPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "villageCode" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "postedOn" TEXT NOT NULL,
    "objectionsUntil" TEXT NOT NULL,
    "closedOn" TEXT,
    "postedBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PointsObjection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postingId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "raisedOn" TEXT NOT NULL,
    "raisedBy" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "resolvedOn" TEXT,
    "resolution" TEXT,
    "resolvedBy" TEXT,
    CONSTRAINT "PointsObjection_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "PointsPosting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PointsObjection_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "PointsProposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PointsEvaluationMember_personId_idx" ON "PointsEvaluationMember"("personId");

-- CreateIndex
CREATE INDEX "PointsProposal_villageCode_state_occurredOn_id_idx" ON "PointsProposal"("villageCode", "state", "occurredOn", "id");

-- CreateIndex
CREATE INDEX "PointsProposal_gridCode_occurredOn_id_idx" ON "PointsProposal"("gridCode", "occurredOn", "id");

-- CreateIndex
CREATE INDEX "PointsProposal_householdId_idx" ON "PointsProposal"("householdId");

-- CreateIndex
CREATE INDEX "PointsProposal_sessionId_id_idx" ON "PointsProposal"("sessionId", "id");

-- CreateIndex
CREATE INDEX "PointsProposal_postingId_id_idx" ON "PointsProposal"("postingId", "id");

-- CreateIndex
CREATE INDEX "PointsEvaluationSession_villageCode_month_id_idx" ON "PointsEvaluationSession"("villageCode", "month", "id");

-- CreateIndex
CREATE INDEX "PointsSessionAttendance_personId_idx" ON "PointsSessionAttendance"("personId");

-- CreateIndex
CREATE INDEX "PointsPosting_villageCode_postedOn_id_idx" ON "PointsPosting"("villageCode", "postedOn", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PointsPosting_villageCode_month_key" ON "PointsPosting"("villageCode", "month");

-- CreateIndex
CREATE INDEX "PointsObjection_postingId_id_idx" ON "PointsObjection"("postingId", "id");

-- CreateIndex
CREATE INDEX "PointsObjection_proposalId_id_idx" ON "PointsObjection"("proposalId", "id");

-- CreateIndex
CREATE INDEX "PointsObjection_villageCode_raisedOn_id_idx" ON "PointsObjection"("villageCode", "raisedOn", "id");
