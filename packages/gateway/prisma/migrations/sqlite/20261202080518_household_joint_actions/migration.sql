-- CreateTable
CREATE TABLE "HouseholdJointAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedByPersonId" TEXT,
    CONSTRAINT "HouseholdJointAction_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HouseholdJointUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HouseholdJointAction_recordedByPersonId_fkey" FOREIGN KEY ("recordedByPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HouseholdJointAction_unitId_occurredAt_id_idx" ON "HouseholdJointAction"("unitId", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "HouseholdJointAction_gridCode_occurredAt_id_idx" ON "HouseholdJointAction"("gridCode", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "HouseholdJointAction_recordedByPersonId_idx" ON "HouseholdJointAction"("recordedByPersonId");
