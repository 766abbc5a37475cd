-- CreateTable
CREATE TABLE "HolidaySchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "regionCode" TEXT,
    "document" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL
);
