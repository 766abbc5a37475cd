-- The grid code uses the "C" collation as the other rollups do: a region is a range of codes,
-- compared byte by byte as the primary key's index is ordered.

-- CreateTable
CREATE TABLE "GridRollup" (
    "gridCode" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "compliant" BOOLEAN NOT NULL,
    "householdJointUnits" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,

    CONSTRAINT "GridRollup_pkey" PRIMARY KEY ("gridCode")
);
