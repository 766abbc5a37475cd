-- CreateTable
CREATE TABLE "HolidaySchedule" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scope" TEXT NOT NULL,
    "regionCode" TEXT,
    "document" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HolidaySchedule_pkey" PRIMARY KEY ("id")
);
