-- AlterTable
ALTER TABLE "MatterEvent" ADD COLUMN "stage" TEXT;
ALTER TABLE "MatterEvent" ADD COLUMN "subjectId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Matter" (
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
    "subType" TEXT NOT NULL DEFAULT 'OTHER',
    "urgency" TEXT NOT NULL DEFAULT 'ROUTINE',
    "nature" TEXT NOT NULL DEFAULT 'ORDINARY',
    "parties" INTEGER NOT NULL DEFAULT 1,
    "headCount" INTEGER NOT NULL DEFAULT 1,
    "place" TEXT,
    "supervision" TEXT,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "suspendedAt" DATETIME,
    "satisfaction" TEXT,
    CONSTRAINT "Matter_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "PublicOpinionRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Matter_gridCode_fkey" FOREIGN KEY ("gridCode") REFERENCES "Grid" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Matter" ("assigneeId", "category", "clockStartedAt", "closedAt", "gridCode", "handlerId", "id", "level", "levelStartedAt", "open", "recordId", "reportedAt", "resolutionMinutes", "state", "updatedAt", "version") SELECT "assigneeId", "category", "clockStartedAt", "closedAt", "gridCode", "handlerId", "id", "level", "levelStartedAt", "open", "recordId", "reportedAt", "resolutionMinutes", "state", "updatedAt", "version" FROM "Matter";
DROP TABLE "Matter";
ALTER TABLE "new_Matter" RENAME TO "Matter";
CREATE UNIQUE INDEX "Matter_recordId_key" ON "Matter"("recordId");
CREATE INDEX "Matter_gridCode_open_reportedAt_id_idx" ON "Matter"("gridCode", "open", "reportedAt" DESC, "id" DESC);
CREATE INDEX "Matter_open_reportedAt_id_idx" ON "Matter"("open", "reportedAt" DESC, "id" DESC);
CREATE INDEX "Matter_gridCode_closedAt_idx" ON "Matter"("gridCode", "closedAt");
CREATE INDEX "Matter_state_level_idx" ON "Matter"("state", "level");
CREATE INDEX "Matter_handlerId_satisfaction_idx" ON "Matter"("handlerId", "satisfaction");
CREATE INDEX "Matter_resolutionMinutes_gridCode_reportedAt_idx" ON "Matter"("resolutionMinutes", "gridCode", "reportedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MatterEvent_actorId_action_at_idx" ON "MatterEvent"("actorId", "action", "at");

-- CreateIndex
CREATE INDEX "MatterEvent_subjectId_stage_idx" ON "MatterEvent"("subjectId", "stage");
