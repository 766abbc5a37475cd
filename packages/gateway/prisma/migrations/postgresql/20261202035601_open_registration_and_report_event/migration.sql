-- DropIndex
DROP INDEX "Resident_householdId_idx";

-- AlterTable
ALTER TABLE "Resident" ADD COLUMN     "endedOn" TEXT,
ADD COLUMN     "registeredOn" TEXT,
ADD COLUMN     "registrationHolder" TEXT;

-- AlterTable
ALTER TABLE "MatterEvent" ALTER COLUMN "fromState" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Resident_registrationHolder_key" ON "Resident"("registrationHolder");

-- CreateIndex
CREATE INDEX "Resident_householdId_endedOn_idx" ON "Resident"("householdId", "endedOn");

-- AddForeignKey
ALTER TABLE "Resident" ADD CONSTRAINT "Resident_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
