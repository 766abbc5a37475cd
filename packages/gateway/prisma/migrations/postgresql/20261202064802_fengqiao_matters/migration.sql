-- AlterTable
ALTER TABLE "Matter" ADD COLUMN     "extensionDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "headCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "nature" TEXT NOT NULL DEFAULT 'ORDINARY',
ADD COLUMN     "parties" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "place" TEXT,
ADD COLUMN     "satisfaction" TEXT,
ADD COLUMN     "subType" TEXT NOT NULL DEFAULT 'OTHER',
ADD COLUMN     "supervision" TEXT,
ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "urgency" TEXT NOT NULL DEFAULT 'ROUTINE';

-- AlterTable
ALTER TABLE "MatterEvent" ADD COLUMN     "stage" TEXT,
ADD COLUMN     "subjectId" TEXT;

-- CreateIndex
CREATE INDEX "Matter_handlerId_satisfaction_idx" ON "Matter"("handlerId", "satisfaction");

-- CreateIndex
CREATE INDEX "MatterEvent_actorId_action_at_idx" ON "MatterEvent"("actorId", "action", "at");

-- CreateIndex
CREATE INDEX "MatterEvent_subjectId_stage_idx" ON "MatterEvent"("subjectId", "stage");
