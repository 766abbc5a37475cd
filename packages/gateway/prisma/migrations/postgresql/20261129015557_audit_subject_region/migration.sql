-- AlterTable
ALTER TABLE "AuditRecord" ADD COLUMN     "subjectRegionCode" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AuditRecord_subjectRegionCode_occurredAt_idx" ON "AuditRecord"("subjectRegionCode", "occurredAt");
