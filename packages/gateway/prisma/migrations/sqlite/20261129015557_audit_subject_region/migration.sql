-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "occurredAt" DATETIME NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorPersonId" TEXT,
    "grantRole" TEXT NOT NULL,
    "grantRegionCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectRegionCode" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL,
    "operationName" TEXT,
    "requestId" TEXT
);
INSERT INTO "new_AuditRecord" ("actorPersonId", "actorSubject", "field", "grantRegionCode", "grantRole", "id", "occurredAt", "operationName", "reason", "requestId", "subjectId", "subjectType") SELECT "actorPersonId", "actorSubject", "field", "grantRegionCode", "grantRole", "id", "occurredAt", "operationName", "reason", "requestId", "subjectId", "subjectType" FROM "AuditRecord";
DROP TABLE "AuditRecord";
ALTER TABLE "new_AuditRecord" RENAME TO "AuditRecord";
CREATE INDEX "AuditRecord_occurredAt_id_idx" ON "AuditRecord"("occurredAt", "id");
CREATE INDEX "AuditRecord_subjectType_subjectId_occurredAt_idx" ON "AuditRecord"("subjectType", "subjectId", "occurredAt");
CREATE INDEX "AuditRecord_actorSubject_occurredAt_idx" ON "AuditRecord"("actorSubject", "occurredAt");
CREATE INDEX "AuditRecord_subjectRegionCode_occurredAt_idx" ON "AuditRecord"("subjectRegionCode", "occurredAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
