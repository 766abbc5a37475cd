-- AlterTable
ALTER TABLE "ServiceApplication" ADD COLUMN     "applicantOrganisationId" TEXT;

-- CreateIndex
CREATE INDEX "ServiceApplication_applicantOrganisationId_idx" ON "ServiceApplication"("applicantOrganisationId");
