-- AlterTable
ALTER TABLE "AuditRecord" ADD COLUMN "clientRequestId" TEXT;
