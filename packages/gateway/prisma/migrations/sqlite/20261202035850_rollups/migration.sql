-- CreateTable
CREATE TABLE "RecordRollup" (
    "gridCode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "records" INTEGER NOT NULL,

    PRIMARY KEY ("gridCode", "category")
);

-- CreateTable
CREATE TABLE "MatterRollup" (
    "gridCode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "matters" INTEGER NOT NULL,

    PRIMARY KEY ("gridCode", "category", "state")
);

-- CreateTable
CREATE TABLE "FengqiaoRollup" (
    "grain" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "matters" INTEGER NOT NULL,
    "minutes" BIGINT NOT NULL,

    PRIMARY KEY ("grain", "gridCode", "period", "level", "state")
);

-- CreateTable
CREATE TABLE "ResolutionRollup" (
    "grain" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "matters" INTEGER NOT NULL,

    PRIMARY KEY ("grain", "gridCode", "period", "band")
);

-- CreateIndex
CREATE INDEX "FengqiaoRollup_grain_period_gridCode_idx" ON "FengqiaoRollup"("grain", "period", "gridCode");

-- CreateIndex
CREATE INDEX "ResolutionRollup_grain_period_gridCode_idx" ON "ResolutionRollup"("grain", "period", "gridCode");

-- CreateIndex
CREATE INDEX "Matter_resolutionMinutes_gridCode_reportedAt_idx" ON "Matter"("resolutionMinutes", "gridCode", "reportedAt");
