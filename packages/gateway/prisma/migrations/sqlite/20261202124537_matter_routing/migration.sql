-- AlterTable
ALTER TABLE "Matter" ADD COLUMN "department" TEXT;

-- AlterTable
ALTER TABLE "MatterEvent" ADD COLUMN "department" TEXT;

-- AlterTable
ALTER TABLE "MatterHandler" ADD COLUMN "department" TEXT;

-- CreateIndex
CREATE INDEX "Matter_department_gridCode_reportedAt_id_idx" ON "Matter"("department", "gridCode", "reportedAt" DESC, "id" DESC);
