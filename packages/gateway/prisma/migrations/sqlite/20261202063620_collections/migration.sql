-- CreateTable
CREATE TABLE "CollectionSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "templateCode" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "submitterSubject" TEXT NOT NULL,
    "submitterPersonId" TEXT,
    "submittedAt" DATETIME NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "personId" TEXT,
    "householdId" TEXT,
    "organisationId" TEXT,
    "housingId" TEXT,
    "rentalId" TEXT
);

-- CreateIndex
CREATE INDEX "CollectionSubmission_gridCode_submittedOn_householdId_housingId_organisationId_idx" ON "CollectionSubmission"("gridCode", "submittedOn", "householdId", "housingId", "organisationId");

-- CreateIndex
CREATE INDEX "CollectionSubmission_gridCode_submittedAt_id_idx" ON "CollectionSubmission"("gridCode", "submittedAt", "id");
