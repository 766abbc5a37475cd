-- Person.homeRegionCode meant "lives in" in core and "registered in" in the fixtures: it becomes
-- residenceRegionCode (居住地), and hukouPlaceCode (户籍地) is new. Existing people keep their region
-- as residence, and as registration place too until someone records otherwise.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameBo" TEXT,
    "namePinyin" TEXT NOT NULL,
    "nameInitials" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "citizenIdLast4" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "phone" TEXT,
    "residenceRegionCode" TEXT NOT NULL,
    "hukouPlaceCode" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Person_residenceRegionCode_fkey" FOREIGN KEY ("residenceRegionCode") REFERENCES "Region" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Person" ("birthDate", "citizenId", "citizenIdLast4", "createdAt", "ethnicity", "id", "nameBo", "nameInitials", "namePinyin", "nameZh", "phone", "sex", "synthetic", "updatedAt", "residenceRegionCode", "hukouPlaceCode") SELECT "birthDate", "citizenId", "citizenIdLast4", "createdAt", "ethnicity", "id", "nameBo", "nameInitials", "namePinyin", "nameZh", "phone", "sex", "synthetic", "updatedAt", "homeRegionCode", "homeRegionCode" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_citizenId_key" ON "Person"("citizenId");
CREATE INDEX "Person_residenceRegionCode_namePinyin_id_idx" ON "Person"("residenceRegionCode", "namePinyin", "id");
CREATE INDEX "Person_namePinyin_id_idx" ON "Person"("namePinyin", "id");
CREATE INDEX "Person_citizenIdLast4_idx" ON "Person"("citizenIdLast4");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
