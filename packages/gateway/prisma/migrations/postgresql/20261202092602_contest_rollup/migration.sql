-- The region code uses the "C" collation as the other rollups do: a region is a range of codes,
-- compared byte by byte as the primary key's index is ordered.

-- CreateTable
CREATE TABLE "ContestRollup" (
    "regionCode" TEXT COLLATE "C" NOT NULL,
    "editionNumber" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,
    "audience" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "ContestRollup_pkey" PRIMARY KEY ("regionCode","editionNumber")
);
