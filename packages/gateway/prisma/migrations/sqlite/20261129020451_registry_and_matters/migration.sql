-- CreateTable
CREATE TABLE "StandardAddress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regionCode" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "number" TEXT,
    "building" TEXT,
    "unit" TEXT,
    "room" TEXT,
    "text" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Housing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "addressId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "use" TEXT NOT NULL,
    "ownerKind" TEXT NOT NULL,
    "ownerPersonId" TEXT,
    "ownerOrganisationId" TEXT,
    "rental" BOOLEAN NOT NULL,
    "gridCode" TEXT NOT NULL,
    "householdId" TEXT,
    CONSTRAINT "Housing_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "StandardAddress" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "relationToHead" TEXT NOT NULL,
    "residenceStatus" TEXT NOT NULL,
    "housingId" TEXT,
    "gridCode" TEXT NOT NULL,
    CONSTRAINT "Resident_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_housingId_fkey" FOREIGN KEY ("housingId") REFERENCES "Housing" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "addressId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Rental" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "housingId" TEXT NOT NULL,
    "landlordKind" TEXT NOT NULL,
    "landlordPersonId" TEXT,
    "landlordOrganisationId" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    CONSTRAINT "Rental_housingId_fkey" FOREIGN KEY ("housingId") REFERENCES "Housing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RentalTenant" (
    "rentalId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("rentalId", "personId"),
    CONSTRAINT "RentalTenant_rentalId_fkey" FOREIGN KEY ("rentalId") REFERENCES "Rental" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicOpinionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "category" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "townshipCode" TEXT NOT NULL,
    "reporterPersonId" TEXT,
    "text" TEXT NOT NULL,
    "reportedAt" DATETIME NOT NULL,
    CONSTRAINT "PublicOpinionRecord_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicOpinionRecord_reporterPersonId_fkey" FOREIGN KEY ("reporterPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Matter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recordId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "open" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "assigneeId" TEXT,
    "handlerId" TEXT,
    "reportedAt" DATETIME NOT NULL,
    "clockStartedAt" DATETIME,
    "levelStartedAt" DATETIME,
    "closedAt" DATETIME,
    "resolutionMinutes" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Matter_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "PublicOpinionRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Matter_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MatterEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "matterId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "fromLevel" TEXT,
    "toLevel" TEXT,
    "reason" TEXT,
    "actorId" TEXT,
    "at" DATETIME NOT NULL,
    "detail" TEXT,
    CONSTRAINT "MatterEvent_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MatterHandler" (
    "personId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,

    PRIMARY KEY ("personId", "level", "regionCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "StandardAddress_text_key" ON "StandardAddress"("text");

-- CreateIndex
CREATE INDEX "StandardAddress_gridCode_id_idx" ON "StandardAddress"("gridCode", "id");

-- CreateIndex
CREATE INDEX "Housing_gridCode_id_idx" ON "Housing"("gridCode", "id");

-- CreateIndex
CREATE INDEX "Housing_addressId_idx" ON "Housing"("addressId");

-- CreateIndex
CREATE INDEX "Resident_householdId_idx" ON "Resident"("householdId");

-- CreateIndex
CREATE INDEX "Resident_personId_idx" ON "Resident"("personId");

-- CreateIndex
CREATE INDEX "Resident_gridCode_residenceStatus_idx" ON "Resident"("gridCode", "residenceStatus");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_creditCode_key" ON "Organisation"("creditCode");

-- CreateIndex
CREATE INDEX "Organisation_gridCode_id_idx" ON "Organisation"("gridCode", "id");

-- CreateIndex
CREATE INDEX "Rental_housingId_startDate_idx" ON "Rental"("housingId", "startDate");

-- CreateIndex
CREATE INDEX "RentalTenant_personId_idx" ON "RentalTenant"("personId");

-- CreateIndex
CREATE INDEX "PublicOpinionRecord_gridCode_reportedAt_id_idx" ON "PublicOpinionRecord"("gridCode", "reportedAt", "id");

-- CreateIndex
CREATE INDEX "PublicOpinionRecord_category_reportedAt_idx" ON "PublicOpinionRecord"("category", "reportedAt");

-- CreateIndex
CREATE INDEX "PublicOpinionRecord_reportedAt_id_idx" ON "PublicOpinionRecord"("reportedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_recordId_key" ON "Matter"("recordId");

-- CreateIndex
CREATE INDEX "Matter_gridCode_open_reportedAt_id_idx" ON "Matter"("gridCode", "open", "reportedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Matter_open_reportedAt_id_idx" ON "Matter"("open", "reportedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Matter_gridCode_closedAt_idx" ON "Matter"("gridCode", "closedAt");

-- CreateIndex
CREATE INDEX "Matter_state_level_idx" ON "Matter"("state", "level");

-- CreateIndex
CREATE INDEX "MatterEvent_kind_at_idx" ON "MatterEvent"("kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "MatterEvent_matterId_version_key" ON "MatterEvent"("matterId", "version");

-- CreateIndex
CREATE INDEX "MatterHandler_regionCode_level_idx" ON "MatterHandler"("regionCode", "level");
