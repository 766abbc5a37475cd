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
    CONSTRAINT "Resident_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_housingId_fkey" FOREIGN KEY ("housingId") REFERENCES "Housing" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Resident" ("gridCode", "householdId", "housingId", "id", "personId", "relationToHead", "residenceStatus") SELECT "gridCode", "householdId", "housingId", "id", "personId", "relationToHead", "residenceStatus" FROM "Resident";
DROP TABLE "Resident";
ALTER TABLE "new_Resident" RENAME TO "Resident";
CREATE UNIQUE INDEX "Resident_registrationHolder_key" ON "Resident"("registrationHolder");
CREATE INDEX "Resident_householdId_endedOn_idx" ON "Resident"("householdId", "endedOn");
CREATE INDEX "Resident_personId_idx" ON "Resident"("personId");
CREATE INDEX "Resident_gridCode_residenceStatus_idx" ON "Resident"("gridCode", "residenceStatus");
CREATE TABLE "new_MatterEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "matterId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "fromLevel" TEXT,
    "toLevel" TEXT,
    "reason" TEXT,
    "actorId" TEXT,
    "at" DATETIME NOT NULL,
    "detail" TEXT,
    CONSTRAINT "MatterEvent_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MatterEvent" ("action", "actorId", "at", "detail", "fromLevel", "fromState", "id", "kind", "matterId", "reason", "toLevel", "toState", "version") SELECT "action", "actorId", "at", "detail", "fromLevel", "fromState", "id", "kind", "matterId", "reason", "toLevel", "toState", "version" FROM "MatterEvent";
DROP TABLE "MatterEvent";
ALTER TABLE "new_MatterEvent" RENAME TO "MatterEvent";
CREATE INDEX "MatterEvent_kind_at_idx" ON "MatterEvent"("kind", "at");
CREATE UNIQUE INDEX "MatterEvent_matterId_version_key" ON "MatterEvent"("matterId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
