-- CreateTable
CREATE TABLE "CadreLeave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cadreId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "untilDate" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "approver" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "requestedOn" TEXT NOT NULL,
    "decidedOn" TEXT,
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL,
    CONSTRAINT "CadreLeave_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "StationedCadre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CadreLeave_cadreId_fromDate_idx" ON "CadreLeave"("cadreId", "fromDate");

-- CreateIndex
CREATE INDEX "CadreLeave_villageCode_state_id_idx" ON "CadreLeave"("villageCode", "state", "id");
