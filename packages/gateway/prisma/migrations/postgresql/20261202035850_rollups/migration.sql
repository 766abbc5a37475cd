-- The rollups' text columns (codes, periods, enumerated values) use the "C" collation: a region is a
-- range of codes (>= prefix AND < next prefix), compared byte by byte whatever the database's
-- default collation, as the indexes that serve those ranges are ordered.

-- CreateTable
CREATE TABLE "RecordRollup" (
    "gridCode" TEXT COLLATE "C" NOT NULL,
    "category" TEXT COLLATE "C" NOT NULL,
    "records" INTEGER NOT NULL,

    CONSTRAINT "RecordRollup_pkey" PRIMARY KEY ("gridCode","category")
);

-- CreateTable
CREATE TABLE "MatterRollup" (
    "gridCode" TEXT COLLATE "C" NOT NULL,
    "category" TEXT COLLATE "C" NOT NULL,
    "state" TEXT COLLATE "C" NOT NULL,
    "matters" INTEGER NOT NULL,

    CONSTRAINT "MatterRollup_pkey" PRIMARY KEY ("gridCode","category","state")
);

-- CreateTable
CREATE TABLE "FengqiaoRollup" (
    "grain" TEXT COLLATE "C" NOT NULL,
    "gridCode" TEXT COLLATE "C" NOT NULL,
    "period" TEXT COLLATE "C" NOT NULL,
    "level" TEXT COLLATE "C" NOT NULL,
    "state" TEXT COLLATE "C" NOT NULL,
    "matters" INTEGER NOT NULL,
    "minutes" BIGINT NOT NULL,

    CONSTRAINT "FengqiaoRollup_pkey" PRIMARY KEY ("grain","gridCode","period","level","state")
);

-- CreateTable
CREATE TABLE "ResolutionRollup" (
    "grain" TEXT COLLATE "C" NOT NULL,
    "gridCode" TEXT COLLATE "C" NOT NULL,
    "period" TEXT COLLATE "C" NOT NULL,
    "band" INTEGER NOT NULL,
    "matters" INTEGER NOT NULL,

    CONSTRAINT "ResolutionRollup_pkey" PRIMARY KEY ("grain","gridCode","period","band")
);

-- CreateIndex
CREATE INDEX "FengqiaoRollup_grain_period_gridCode_idx" ON "FengqiaoRollup"("grain", "period", "gridCode");

-- CreateIndex
CREATE INDEX "ResolutionRollup_grain_period_gridCode_idx" ON "ResolutionRollup"("grain", "period", "gridCode");

-- CreateIndex
CREATE INDEX "Matter_resolutionMinutes_gridCode_reportedAt_idx" ON "Matter"("resolutionMinutes", "gridCode", "reportedAt");
