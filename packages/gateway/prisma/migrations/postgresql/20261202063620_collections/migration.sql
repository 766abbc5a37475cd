-- CreateTable
CREATE TABLE "CollectionSubmission" (
    "id" TEXT NOT NULL,
    "templateCode" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "submitterSubject" TEXT NOT NULL,
    "submitterPersonId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "personId" TEXT,
    "householdId" TEXT,
    "organisationId" TEXT,
    "housingId" TEXT,
    "rentalId" TEXT,

    CONSTRAINT "CollectionSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollectionSubmission_gridCode_submittedOn_householdId_housi_idx" ON "CollectionSubmission"("gridCode", "submittedOn", "householdId", "housingId", "organisationId");

-- CreateIndex
CREATE INDEX "CollectionSubmission_gridCode_submittedAt_id_idx" ON "CollectionSubmission"("gridCode", "submittedAt", "id");
