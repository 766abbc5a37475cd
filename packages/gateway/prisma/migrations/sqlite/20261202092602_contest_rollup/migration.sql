-- CreateTable
CREATE TABLE "ContestRollup" (
    "regionCode" TEXT NOT NULL,
    "editionNumber" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,
    "audience" INTEGER NOT NULL,
    "entries" INTEGER NOT NULL,

    PRIMARY KEY ("regionCode", "editionNumber")
);
