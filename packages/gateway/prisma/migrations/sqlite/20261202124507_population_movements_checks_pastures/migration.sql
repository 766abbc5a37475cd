-- CreateTable
CREATE TABLE "SeasonalPasture" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "householdId" TEXT NOT NULL,
    "season" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "fromMonth" INTEGER NOT NULL,
    "toMonth" INTEGER NOT NULL,
    CONSTRAINT "SeasonalPasture_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Resident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "relationToHead" TEXT NOT NULL,
    "residenceStatus" TEXT NOT NULL,
    "housingId" TEXT,
    "gridCode" TEXT NOT NULL,
    "registeredOn" TEXT,
    "endedOn" TEXT,
    "registrationHolder" TEXT,
    "originCode" TEXT,
    "arrivedOn" TEXT,
    "destinationCode" TEXT,
    "destinationPlace" TEXT,
    "departedOn" TEXT,
    "registrationDueOn" TEXT,
    "registeredLate" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Resident_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_housingId_fkey" FOREIGN KEY ("housingId") REFERENCES "Housing" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Resident" ("endedOn", "gridCode", "householdId", "housingId", "id", "personId", "registeredOn", "registrationHolder", "relationToHead", "residenceStatus") SELECT "endedOn", "gridCode", "householdId", "housingId", "id", "personId", "registeredOn", "registrationHolder", "relationToHead", "residenceStatus" FROM "Resident";
DROP TABLE "Resident";
ALTER TABLE "new_Resident" RENAME TO "Resident";
CREATE UNIQUE INDEX "Resident_registrationHolder_key" ON "Resident"("registrationHolder");
CREATE INDEX "Resident_householdId_endedOn_idx" ON "Resident"("householdId", "endedOn");
CREATE INDEX "Resident_personId_idx" ON "Resident"("personId");
CREATE INDEX "Resident_gridCode_residenceStatus_idx" ON "Resident"("gridCode", "residenceStatus");
CREATE INDEX "Resident_registeredLate_gridCode_idx" ON "Resident"("registeredLate", "gridCode");
CREATE TABLE "new_Rental" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "housingId" TEXT NOT NULL,
    "landlordKind" TEXT NOT NULL,
    "landlordPersonId" TEXT,
    "landlordOrganisationId" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "reportedOn" TEXT,
    "registrationDueOn" TEXT,
    "registeredLate" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Rental_housingId_fkey" FOREIGN KEY ("housingId") REFERENCES "Housing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Rental" ("endDate", "housingId", "id", "landlordKind", "landlordOrganisationId", "landlordPersonId", "startDate") SELECT "endDate", "housingId", "id", "landlordKind", "landlordOrganisationId", "landlordPersonId", "startDate" FROM "Rental";
DROP TABLE "Rental";
ALTER TABLE "new_Rental" RENAME TO "Rental";
CREATE INDEX "Rental_housingId_startDate_idx" ON "Rental"("housingId", "startDate");
CREATE INDEX "Rental_reportedOn_registrationDueOn_idx" ON "Rental"("reportedOn", "registrationDueOn");
CREATE INDEX "Rental_registeredLate_registrationDueOn_idx" ON "Rental"("registeredLate", "registrationDueOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SeasonalPasture_householdId_season_key" ON "SeasonalPasture"("householdId", "season");

-- Rentals stored before reports were dated were registered through the gateway, which was their
-- report (出租房屋登记). The day is not known, so they count as reported on their first day, on time,
-- due 3 days after it: the days of GERZE_REGISTRATION_POLICY and of the default policy.
UPDATE "Rental" SET "reportedOn" = "startDate", "registrationDueOn" = date("startDate", '+3 days');
