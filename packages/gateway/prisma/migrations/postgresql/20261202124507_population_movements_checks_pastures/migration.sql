-- AlterTable
ALTER TABLE "Resident" ADD COLUMN     "arrivedOn" TEXT,
ADD COLUMN     "departedOn" TEXT,
ADD COLUMN     "destinationCode" TEXT,
ADD COLUMN     "destinationPlace" TEXT,
ADD COLUMN     "originCode" TEXT,
ADD COLUMN     "registeredLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "registrationDueOn" TEXT;

-- AlterTable
ALTER TABLE "Rental" ADD COLUMN     "registeredLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "registrationDueOn" TEXT,
ADD COLUMN     "reportedOn" TEXT;

-- CreateTable
CREATE TABLE "SeasonalPasture" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "season" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "fromMonth" INTEGER NOT NULL,
    "toMonth" INTEGER NOT NULL,

    CONSTRAINT "SeasonalPasture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SeasonalPasture_householdId_season_key" ON "SeasonalPasture"("householdId", "season");

-- CreateIndex
CREATE INDEX "Resident_registeredLate_gridCode_idx" ON "Resident"("registeredLate", "gridCode");

-- CreateIndex
CREATE INDEX "Rental_reportedOn_registrationDueOn_idx" ON "Rental"("reportedOn", "registrationDueOn");

-- CreateIndex
CREATE INDEX "Rental_registeredLate_registrationDueOn_idx" ON "Rental"("registeredLate", "registrationDueOn");

-- AddForeignKey
ALTER TABLE "SeasonalPasture" ADD CONSTRAINT "SeasonalPasture_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rentals stored before reports were dated were registered through the gateway, which was their
-- report (出租房屋登记). The day is not known, so they count as reported on their first day, on time,
-- due 3 days after it: the days of GERZE_REGISTRATION_POLICY and of the default policy.
UPDATE "Rental" SET "reportedOn" = "startDate",
  "registrationDueOn" = to_char(to_date("startDate", 'YYYY-MM-DD') + 3, 'YYYY-MM-DD');
